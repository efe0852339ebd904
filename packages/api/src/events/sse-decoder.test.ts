import { describe, expect, it } from "vitest";
import { createSseDecoder, type OversizedSseMessage, type SseMessage } from "./sse-decoder";
import { utf8 } from "./__fixtures__/harness";

function decode(chunks: (string | Uint8Array)[], maxBufferSize?: number) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const decoder = createSseDecoder({ onMessage: (m) => messages.push(m), onRetry: (ms) => retries.push(ms), maxBufferSize });
  for (const chunk of chunks) decoder.push(typeof chunk === "string" ? utf8(chunk) : chunk);
  decoder.end();
  return { messages, retries };
}

describe("createSseDecoder", () => {
  it("frames id, event and data fields into a message", () => {
    expect(decode(["id: 1\nevent: ping\ndata: {}\n\n"]).messages).toEqual([{ id: "1", event: "ping", data: "{}" }]);
  });

  it("joins multiple data lines with a newline", () => {
    expect(decode(["data: a\ndata:b\ndata:  c\n\n"]).messages).toEqual([{ id: undefined, event: undefined, data: "a\nb\n c" }]);
  });

  it("keeps an empty id field as an empty string, so it can clear the resume point", () => {
    expect(decode(["id:\ndata: x\n\n"]).messages[0]?.id).toBe("");
  });

  it("drops a leading BOM even when its three bytes arrive in separate chunks", () => {
    const bom = [0xef, 0xbb, 0xbf].map((byte) => Uint8Array.of(byte));
    expect(decode([...bom, "data: x\n\n"]).messages).toEqual([{ id: undefined, event: undefined, data: "x" }]);
  });

  it("decodes a multi-byte character split across chunks", () => {
    const bytes = utf8("data: ☕\n\n");
    expect(decode([bytes.slice(0, 7), bytes.slice(7)]).messages[0]?.data).toBe("☕");
  });

  it("dispatches a final event whose blank line is a lone CR at end of stream", () => {
    expect(decode(["data: last\r\r"]).messages).toEqual([{ id: undefined, event: undefined, data: "last" }]);
  });

  it("discards an event that has no terminating blank line at end of stream", () => {
    expect(decode(["data: complete\n\ndata: cut off\n"]).messages.map((m) => m.data)).toEqual(["complete"]);
    expect(decode(["data: cut off\r"]).messages).toEqual([]);
  });

  it("ignores comments, unknown fields and an invalid retry value", () => {
    const result = decode([": keep-alive\nfoo: bar\nretry: soon\ndata: x\n\n"]);
    expect(result.messages.map((m) => m.data)).toEqual(["x"]);
    expect(result.retries).toEqual([]);
  });

  it("counts complete lines of any kind, and none for the bytes of an unfinished line", () => {
    const decoder = createSseDecoder({ onMessage: () => undefined });
    decoder.push(utf8(": keep-alive\nretry: 10\r\nid: 1\rdata: {"));
    expect(decoder.lines).toBe(3);
    decoder.push(utf8("x".repeat(100)));
    expect(decoder.lines).toBe(3);
    decoder.push(utf8("}\n\n"));
    expect(decoder.lines).toBe(5);
  });

  it("reports retry: values in milliseconds", () => {
    expect(decode(["retry: 2500\n\n"]).retries).toEqual([2500]);
  });

  it("skips an event whose one line exceeds maxBufferSize, keeping its id and name, and decodes the next", () => {
    const oversized: OversizedSseMessage[] = [];
    const messages: SseMessage[] = [];
    const decoder = createSseDecoder({ maxBufferSize: 50, onMessage: (m) => messages.push(m), onOversized: (m) => oversized.push(m) });
    decoder.push(utf8(`id: 7\nevent: big\ndata: ${"x".repeat(40)}`));
    decoder.push(utf8(`${"y".repeat(40)}\n\nid: 8\ndata: small\n\n`));
    decoder.end();
    expect(oversized).toEqual([{ id: "7", event: "big" }]);
    expect(messages).toEqual([{ id: "8", event: undefined, data: "small" }]);
  });

  it("skips an event whose data lines together exceed maxBufferSize, and an id sent after the data still counts", () => {
    const oversized: OversizedSseMessage[] = [];
    const decoder = createSseDecoder({ maxBufferSize: 50, onMessage: () => {}, onOversized: (m) => oversized.push(m) });
    decoder.push(utf8(`${`data: ${"x".repeat(30)}\n`.repeat(3)}id: 9\n\n`));
    decoder.end();
    expect(oversized).toEqual([{ id: "9", event: undefined }]);
  });

  it("dispatches a CR-terminated event at once, without waiting for the next byte", () => {
    const messages: SseMessage[] = [];
    const decoder = createSseDecoder({ onMessage: (m) => messages.push(m) });
    decoder.push(utf8("data: now\r\r"));
    expect(messages).toEqual([{ id: undefined, event: undefined, data: "now" }]);
    decoder.push(utf8("\ndata: next\r\n\r\n")); // an LF after a chunk-final CR belongs to that CR
    expect(messages.map((m) => m.data)).toEqual(["now", "next"]);
  });

  it("treats a CRLF split across chunks as one line ending", () => {
    expect(decode(["data: a\r", "\ndata: b\r", "\n\r", "\n"]).messages).toEqual([{ id: undefined, event: undefined, data: "a\nb" }]);
  });

  it("drops an over-long event even when its field name is split across chunks, keeping its id", () => {
    // Found by the spec-model property test (sse-decoder.property.test.ts): the name came in pieces.
    const run = (chunks: string[], maxBufferSize: number) => {
      const oversized: OversizedSseMessage[] = [];
      const messages: SseMessage[] = [];
      const decoder = createSseDecoder({ maxBufferSize, onMessage: (m) => messages.push(m), onOversized: (m) => oversized.push(m) });
      for (const chunk of chunks) decoder.push(utf8(chunk));
      decoder.end();
      return { oversized, messages };
    };
    // "d" | "ata: xxx…" (the line ends in the second chunk).
    expect(run(["id: 7\nd", `ata: ${"x".repeat(60)}\n\nid: 8\ndata: small\n\n`], 50)).toEqual({
      oversized: [{ id: "7", event: undefined }],
      messages: [{ id: "8", event: undefined, data: "small" }],
    });
    // "event" is already too long; its colon comes in a later chunk.
    expect(run(["event", ":", " \n\n"], 4)).toEqual({ oversized: [{ id: undefined, event: undefined }], messages: [] });
  });

  it("ignores an over-long comment line", () => {
    expect(decode([`: ${"k".repeat(100)}\ndata: x\n\n`], 50).messages.map((m) => m.data)).toEqual(["x"]);
  });
});
