// eventsource-parser's own test cases, run against our decoder.
//
// Ported from github.com/rexxars/eventsource-parser (MIT, © Espen Hovlandsdal), `test/parse.test.ts`
// and `test/fixtures.ts` at 6519a0f (v4.1.0): the same inputs, split into the same chunks, with the
// same expected messages. The cases are rewritten, not copied: fixtures are literal SSE text (the
// upstream builds some with eventsource-encoder), and chunks go in as UTF-8 bytes, since our decoder
// is byte-level (its TextDecoder strips the one leading BOM the upstream parser strips itself).
//
// Not ported, because our decoder has no such API: `onComment`, `onError` (unknown fields and bad
// `retry:` values are ignored silently, as the spec says), `onId` for a block without data, and
// `reset()`. Our `maxBufferSize` drops the one oversized event and goes on instead of terminating
// the parser; those cases are in sse-decoder.test.ts. Upstream's "unknown field" error cases are
// kept below as "ignored" cases with the same inputs.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSseDecoder, type SseMessage } from "./sse-decoder";

const encoder = new TextEncoder();

/** Feeds each chunk (text as UTF-8, or raw bytes) to a fresh decoder, then ends it. */
function parse(chunks: readonly (string | Uint8Array)[], maxBufferSize?: number): { messages: SseMessage[]; retries: number[] } {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const decoder = createSseDecoder({ maxBufferSize, onMessage: (m) => messages.push(m), onRetry: (ms) => retries.push(ms) });
  for (const chunk of chunks) decoder.push(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
  decoder.end();
  return { messages, retries };
}

const msg = (data: string, fields: { event?: string; id?: string } = {}): SseMessage => ({ id: fields.id, event: fields.event, data });
const DONE = "event: done\ndata: ✔\n\n";
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const withBom = (text: string): Uint8Array => new Uint8Array([...BOM, ...encoder.encode(text)]);

describe("eventsource-parser's cases (test/parse.test.ts)", () => {
  it("basic unnamed events stream", () => {
    const chunks = [..."01234"].map((n) => `data: ${n}\n\n`);
    expect(parse([...chunks, DONE]).messages).toEqual([...[..."01234"].map((n) => msg(n)), msg("✔", { event: "done" })]);
  });

  it("stream of `time` event name, and unbalanced chunks (each frame split in two at every offset)", () => {
    const frame = "id: 417\nevent: time\ndata: 2026-11-24T09:00:00.000Z\n\n";
    const chunks = Array.from({ length: frame.length + 1 }, (_, at) => [frame.slice(0, at), frame.slice(at)]).flat();
    const { messages } = parse(chunks);
    expect(messages).toHaveLength(frame.length + 1);
    for (const m of messages) expect(m).toEqual(msg("2026-11-24T09:00:00.000Z", { id: "417", event: "time" }));
  });

  it("stream of identified messages + retry interval", () => {
    const frames = [1337, 1338].map((id) => `id: ${id}\nevent: tick\nretry: 50\ndata: ${id}\n\n`);
    const { messages, retries } = parse(frames);
    expect(retries).toEqual([50, 50]);
    expect(messages).toEqual([msg("1337", { id: "1337", event: "tick" }), msg("1338", { id: "1338", event: "tick" })]);
  });

  it('stream of "heartbeat" comments, unnamed events', () => {
    const chunks = [..."ABCDE"].flatMap((letter) => [": ♥\n\n", `data: ${letter}\n\n`]);
    expect(parse([...chunks, DONE]).messages).toEqual([...[..."ABCDE"].map((l) => msg(l)), msg("✔", { event: "done" })]);
  });

  it("stream of multi-line data events", () => {
    const chunks = ["event: stock\n", "data: YHOO\n", "data: +2\n", "data: 10\n\n", "event: stock\n", "data: GOOG\n", "data: -8\n", "data: 1881\n\n", DONE];
    expect(parse(chunks).messages).toEqual([msg("YHOO\n+2\n10", { event: "stock" }), msg("GOOG\n-8\n1881", { event: "stock" }), msg("✔", { event: "done" })]);
  });

  it("stream of multi-byte events (data lines split in the middle, bytes split inside characters)", () => {
    const lines = ["Blåbærsyltetøy må da være mulig å oppdrive? 😶‍🌫️", "በእርግጥ አንድ ሰው ብሉቤሪ ጃምን መግዛት መቻል አለበት? ❤️‍🔥", "一定能买到蓝莓果酱吗？ 🫱🏻‍🫲🏼", "Невже треба вміти добути варення з чорниці? 👁️‍🗨️"];
    const text = lines.map((line, i) => (i % 2 === 0 ? `id: ${i}\ndata:${line.slice(0, 5)}\ndata:${line.slice(5)}\n\n` : `id: ${i}\ndata:${line}\n\n`)).join("");
    const bytes = encoder.encode(text);
    // Every 7 bytes: most multi-byte characters are cut between chunks.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
    expect(parse(chunks).messages).toEqual(lines.map((line, i) => msg(i % 2 === 0 ? `${line.slice(0, 5)}\n${line.slice(5)}` : line, { id: String(i) })));
  });

  it("stream of multi-byte events with some empty lines thrown in", () => {
    expect(parse(["\n\n\n\nid: 1\ndata: 我現在都看實況不玩遊戲\n\n", DONE]).messages).toEqual([msg("我現在都看實況不玩遊戲", { id: "1" }), msg("✔", { event: "done" })]);
  });

  it("stream with a leading BOM", () => {
    expect(parse([withBom("data: bomful 1\n\n"), "data: bomless 2\n\n", DONE]).messages.map((m) => m.data)).toEqual(["bomful 1", "bomless 2", "✔"]);
  });

  it("stream containing byte-order marks in several places: only the leading one is stripped, a line starting with another is ignored", () => {
    const chunks = [withBom("data: bomful 1\n\n"), withBom("data: bomful 2\n\n"), "data: bomless 3\n\n", DONE];
    expect(parse(chunks).messages.map((m) => m.data)).toEqual(["bomful 1", "bomless 3", "✔"]);
  });

  it("a UTF-8 BOM before the first event is stripped", () => {
    expect(parse([withBom("data: hello\n\n")]).messages).toEqual([msg("hello")]);
    expect(parse([withBom("data: first\ndata: second\n\n")]).messages).toEqual([msg("first\nsecond")]);
  });

  it("stream using carriage returns", () => {
    const chunks = ["data: dog\r", "data: bark\r\r", "data: cat\r", "data: meow\r\r", DONE];
    expect(parse(chunks).messages.map((m) => m.data)).toEqual(["dog\nbark", "cat\nmeow", "✔"]);
  });

  it("stream using line feeds", () => {
    const chunks = ["data: cow\n", "data: moo\n\n", "data: horse\n", "data: neigh\n\n", DONE];
    expect(parse(chunks).messages.map((m) => m.data)).toEqual(["cow\nmoo", "horse\nneigh", "✔"]);
  });

  it("stream using carriage returns and line feeds", () => {
    const chunks = ["data: sheep\r\n", "data: bleat\r\n\r\n", "data: pig\r\n", "data: oink\r\n\r\n", DONE];
    expect(parse(chunks).messages.map((m) => m.data)).toEqual(["sheep\nbleat", "pig\noink", "✔"]);
  });

  it("stream with varying odd uses of comments", () => {
    const chunks = [
      ": Hello\n\n", ":".repeat(300), "\n",
      "data: First\n\n", ": Первый",
      ": 第二", "\n", "data: Second\n\n",
      ...Array.from({ length: 10 }, () => ": Moop \n"), ": ثالث", "\n", "data: Third\n\n",
      ":നാലാമത്തെ", "\n", "data: Fourth\n\n",
      ": 😶‍🌫️ 😮‍💨 😵‍💫 ❤️‍🔥 :", "\n", "data: Fifth\n\n", DONE,
    ];
    expect(parse(chunks).messages.map((m) => m.data)).toEqual(["First", "Second", "Third", "Fourth", "Fifth", "✔"]);
  });

  it("stream with even more odd uses of comments (an unterminated last event is not emitted)", () => {
    const long = "x".repeat(2 * 1024 + 1);
    const chunks = ["data:1\r\r:\0\n:\r\ndata:2\n\n:", long, "\rdata:3\n\n:data:fail\r:", long, "\ndata:4\n\n", "data:5"];
    expect(parse(chunks).messages.map((m) => m.data)).toEqual(["1", "2", "3", "4"]);
  });

  it("stream with an empty `event` field: the default type (undefined)", () => {
    expect(parse(["event:\ndata: Hello 1\n\n", "event:\n\n", DONE]).messages).toEqual([msg("Hello 1"), msg("✔", { event: "done" })]);
  });

  it("stream with an empty `retry` field: ignored", () => {
    const { messages, retries } = parse(["id: 1\nretry: 500\ndata: 🥌\n\n", "id:2\nretry:\ndata:🧹\n\n", "id: 3\ndata: ✅\n\n"]);
    expect(retries).toEqual([500]);
    expect(messages).toEqual([msg("🥌", { id: "1" }), msg("🧹", { id: "2" }), msg("✅", { id: "3" })]);
  });

  it("stream with oddly shaped data fields (`data:`, `data` without colon)", () => {
    expect(parse(["data:\n\ndata\ndata\n\ndata:test\n\n", DONE]).messages.map((m) => m.data)).toEqual(["", "\n", "test", "✔"]);
  });

  it("stream with a CR separating chunks of the same event: one event, not two", () => {
    expect(parse(["data: A\r\n", "data: B\r", "\n", "data: C\r\n", "\n"]).messages).toEqual([msg("A\nB\nC")]);
  });

  it("stream with partially incorrect retry fields: only ASCII digits count", () => {
    const { messages, retries } = parse(["retry:1000\nretry:2000x\ndata:x\n\n"]);
    expect(retries).toEqual([1000]);
    expect(messages).toEqual([msg("x")]);
  });

  it("stream with incorrect retry fields", () => {
    const { messages, retries } = parse(["\nretry: 500\n\ndata: first\n\nretry: 50x\n\ndata: second\n\n"]);
    expect(retries).toEqual([500]);
    expect(messages.map((m) => m.data)).toEqual(["first", "second"]);
  });

  it("stream with an `id` field containing a NULL character: the field is ignored, the earlier id stays", () => {
    expect(parse(["id: 123\nid: bad\0id\ndata: hello\n\n"]).messages).toEqual([msg("hello", { id: "123" })]);
  });

  it("stream with unknown fields, a field name with a leading space and a line without colon", () => {
    const chunks = ["data:abc\n data\ndata\nfoobar:xxx\njustsometext\n:thisisacommentyay\ndata:123\n\n", DONE];
    expect(parse(chunks).messages).toEqual([msg("abc\n\n123"), msg("✔", { event: "done" })]);
  });

  it("stream with huge data chunks (about 5 MB of multi-byte data in one event)", () => {
    const piece = "data: Blåbærsyltetøy 一定能买到蓝莓果酱吗？ 😶‍🌫️ ❤️‍🔥\n".repeat(1000);
    const chunks = [": hello\n\n", ...Array.from({ length: 90 }, () => piece), "\n\n", ": END-OF-STREAM\n\n"];
    const expected = piece.slice(0, -1).replaceAll("data: ", "");
    const sent = Array.from({ length: 90 }, () => expected).join("\n");
    const { messages } = parse(chunks, 16 * 1024 * 1024);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.data.length).toBe(sent.length);
    expect(sha256(messages[0]!.data)).toBe(sha256(sent));
  });

  it("a line that is not a field (no colon, or JSON) is ignored without an event", () => {
    const json = JSON.stringify({ error: "Internal Server Error", message: "The server could not process your request" });
    expect(parse([`${json}\n`, "Well, this is not what I expected\n", "garbage\r", "data: ok\n\n"]).messages).toEqual([msg("ok")]);
    expect(parse([json]).messages).toEqual([]); // unterminated: nothing, and no error
  });

  it("a data line split in a field name, and a `data` line ended by a CR at a chunk boundary", () => {
    expect(parse(["da", "ta\n\n"]).messages).toEqual([msg("")]);
    expect(parse(["data: one\ndata\r", "\ndata: two\n\n"]).messages).toEqual([msg("one\n\ntwo")]);
  });

  it("discarded lines (comments, unknown fields) consume a CRLF as one terminator, even split across chunks", () => {
    expect(parse(["data: one\n:", "ignored\r\ndata: two\n\n"]).messages).toEqual([msg("one\ntwo")]);
    expect(parse(["data: one\n:", "ignored\r", "\ndata: two\n\n"]).messages).toEqual([msg("one\ntwo")]);
    expect(parse(["data: one\n:", "ignored\r", "data: two\n\n"]).messages).toEqual([msg("one\ntwo")]);
    expect(parse(["data: one\n:ignored\r", "data: two\n\n"]).messages).toEqual([msg("one\ntwo")]);
    expect(parse(["data: one\n:ignored\r", "\ndata: two\n\n"]).messages).toEqual([msg("one\ntwo")]);
    expect(parse(["unknown-field", ": this content is ignored", "\ndata: ok\n\n"]).messages).toEqual([msg("ok")]);
    expect(parse(["datax", ": this started like data, but is not a valid field", "\ndata: ok\n\n"]).messages).toEqual([msg("ok")]);
    expect(parse([":".repeat(64), "this content is ignored", "\ndata: ok\n\n"], 16).messages).toEqual([msg("ok")]);
  });

  it("a blank CR line ending a chunk dispatches the pending event exactly once", () => {
    expect(parse(["data: one\r", "\r", "\n"]).messages).toEqual([msg("one")]);
  });

  it("many small events each under maxBufferSize are all dispatched", () => {
    const chunks = Array.from({ length: 100 }, (_, i) => `data: ${i}\n\n`);
    expect(parse(chunks, 64).messages).toHaveLength(100);
  });

  it("an unterminated 1 MB data line within the default limit is held, not reported", () => {
    expect(parse([`data: ${"x".repeat(1_000_000)}`]).messages).toEqual([]);
  });
});

describe("eventsource-parser's stream cases (test/stream.test.ts)", () => {
  it("ten named, identified events in one body", () => {
    const body = Array.from({ length: 10 }, (_, i) => `id: evt-${i}\nevent: foo\ndata: Hello ${i}\n\n`).join("");
    const { messages } = parse([body]);
    expect(messages).toHaveLength(10);
    expect([messages[0], messages[9]]).toEqual([msg("Hello 0", { id: "evt-0", event: "foo" }), msg("Hello 9", { id: "evt-9", event: "foo" })]);
  });
});

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
