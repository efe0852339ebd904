// The recorded stream, fed split at every byte boundary and with every line ending, must
// always produce exactly the same events (in the style of eventsource-parser's tests, end to end).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEventStream } from "./event-stream";
import type { InvalidEventReport } from "./frames";
import { scriptedOpener, sseResponse } from "./__fixtures__/harness";

const fixtureUrl = new URL("./__fixtures__/recorded-stream.sse", import.meta.url);
const expected = JSON.parse(
  readFileSync(new URL("./__fixtures__/recorded-stream.expected.json", import.meta.url), "utf8"),
) as { log: unknown[]; lastEventId: string };
const recordedLf = readFileSync(fixtureUrl, "utf8"); // Node keeps the BOM in the string

const lineEndings = { LF: "\n", CR: "\r", CRLF: "\r\n" } as const;
const variants = Object.entries(lineEndings).map(
  ([name, eol]) => [name, new TextEncoder().encode(recordedLf.replaceAll("\n", eol))] as const,
);

/** Runs the whole stream over `chunks` (one connection, stopped when it ends) and logs what comes out, in order. */
async function run(chunks: Uint8Array[]): Promise<{ log: unknown[]; lastEventId: string | undefined }> {
  const log: unknown[] = [];
  // JSON syntax messages differ between engines; the prefix is the contract.
  const normalise = (report: InvalidEventReport) =>
    report.issues.startsWith("invalid JSON") ? { ...report, issues: "invalid JSON" } : report;
  const stop = new AbortController();
  const stream = createEventStream({
    open: scriptedOpener([sseResponse(chunks)]),
    signal: stop.signal,
    // The connection is over and everything in it was handed out: end the run, no reconnect wait.
    onReconnect: () => stop.abort(),
    onInvalidEvent: (report) => log.push({ invalid: normalise(report) }),
  });
  for await (const item of stream) log.push({ item });
  return { log, lastEventId: stream.lastEventId };
}

describe("recorded stream fixture", () => {
  it("starts with a UTF-8 BOM and holds multi-byte text, so the splits below cut through both", () => {
    const bytes = variants[0]![1];
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(recordedLf).toContain("café ☕ 日本");
  });

  for (const [name, bytes] of variants) {
    describe(`with ${name} line endings`, () => {
      it("yields the expected events, resets and invalid-frame reports when fed whole", async () => {
        expect(await run([bytes])).toEqual(expected);
      });

      // ~5 000 whole stream runs: on a loaded CI machine this takes longer than the default 20 s.
      it("yields the same when split into two chunks at every byte boundary", { timeout: 90_000 }, async () => {
        const wrongSplits: number[] = [];
        for (let split = 1; split < bytes.length; split += 1) {
          const result = await run([bytes.slice(0, split), bytes.slice(split)]);
          if (JSON.stringify(result) !== JSON.stringify(expected)) wrongSplits.push(split);
        }
        expect(wrongSplits).toEqual([]);
      });

      it("yields the same when fed one byte at a time", async () => {
        const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
        expect(await run(chunks)).toEqual(expected);
      });
    });
  }
});
