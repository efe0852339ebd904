import { describe, expect, it } from "vitest";
import { readUpTo } from "./read-capped";

/** A stream of `chunks`, counting how far it was pulled and whether it was cancelled. */
function source(chunks: string[]) {
  const state = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks.length) return controller.close();
      controller.enqueue(encoder.encode(chunks[state.pulled++]));
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, state };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("readUpTo", () => {
  it("reads a body within the cap whole", async () => {
    const { stream, state } = source(["ab", "cd"]);
    const read = await readUpTo(stream, 4);
    expect({ text: text(read.bytes), truncated: read.truncated, cancelled: state.cancelled }).toEqual({ text: "abcd", truncated: false, cancelled: false });
  });

  it("stops at the first chunk over the cap, cancels the rest and keeps exactly the cap", async () => {
    const { stream, state } = source(["abc", "def", "never read", "never read"]);
    const read = await readUpTo(stream, 4);
    expect({ text: text(read.bytes), truncated: read.truncated }).toEqual({ text: "abcd", truncated: true });
    expect(state).toEqual({ pulled: 2, cancelled: true });
  });

  it("treats a missing body as empty", async () => {
    expect(await readUpTo(null, 10)).toEqual({ bytes: new Uint8Array(0), truncated: false });
  });
});
