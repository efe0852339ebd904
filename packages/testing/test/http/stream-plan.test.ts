import { describe, expect, it } from "vitest";
import { applyStreamPlan } from "../../src/faults/stream";

const encoder = new TextEncoder();
const FRAMES = ["retry: 3000\n\n", "id: evt_1\nevent: a\ndata: {\"n\":1}\n\n", ": keep-alive\n\n", "id: evt_2\nevent: a\ndata: {\"n\":2}\n\n", "id: evt_3\nevent: a\ndata: {\"n\":3}\n\n"];

/** A source stream that emits `chunks` and records whether it was cancelled. */
function source(chunks: string[]) {
  const state = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

/** Reads a stream to its end; `error` is set when it ended abruptly. */
async function drain(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (let i = 0; i < 1000; i += 1) {
    try {
      const { done, value } = await reader.read();
      if (done) return { text, error: undefined };
      text += decoder.decode(value, { stream: true });
    } catch (error) {
      return { text, error };
    }
  }
  throw new Error("stream did not end");
}

describe("event-stream faults (applyStreamPlan)", () => {
  it("cuts after N events, counting only frames with data (not retry: or comments)", async () => {
    const { stream, state } = source(FRAMES);
    const { text, error } = await drain(applyStreamPlan(stream, { cutAfterEvents: 2 }));
    expect(text).toBe(FRAMES.slice(0, 4).join(""));
    expect(error).toBeInstanceOf(Error);
    expect(state.cancelled).toBe(true);
  });

  it("counts events across chunk boundaries, even when a frame is split mid-line", async () => {
    const all = FRAMES.join("");
    const { stream } = source([all.slice(0, 20), all.slice(20, 41), all.slice(41, 90), all.slice(90)]);
    const { text } = await drain(applyStreamPlan(stream, { cutAfterEvents: 1 }));
    expect(text).toBe(FRAMES.slice(0, 2).join(""));
  });

  it("cuts at an exact byte offset, mid-frame", async () => {
    const { stream } = source(FRAMES);
    const { text, error } = await drain(applyStreamPlan(stream, { cutAtByte: 30 }));
    expect(encoder.encode(text).byteLength).toBe(30);
    expect(text).toBe(FRAMES.join("").slice(0, 30));
    expect(error).toBeInstanceOf(Error);
  });

  it("ends cleanly instead when graceful", async () => {
    const { stream } = source(FRAMES);
    const { text, error } = await drain(applyStreamPlan(stream, { cutAfterEvents: 1, graceful: true }));
    expect(error).toBeUndefined();
    expect(text).toBe(FRAMES.slice(0, 2).join(""));
  });

  it("writes injected frames first, adding the blank line a frame needs", async () => {
    const { stream } = source(FRAMES.slice(0, 2));
    const { text } = await drain(applyStreamPlan(stream, { inject: ["data: {not json", "event: x\ndata: ok\n\n"] }));
    expect(text).toBe(`data: {not json\n\nevent: x\ndata: ok\n\n${FRAMES[0]}${FRAMES[1]}`);
  });

  it("passes everything through untouched with an empty plan", async () => {
    const { stream } = source(FRAMES);
    expect(await drain(applyStreamPlan(stream, {}))).toEqual({ text: FRAMES.join(""), error: undefined });
  });
});
