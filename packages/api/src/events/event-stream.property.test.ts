// Property tests: framing never depends on how the bytes are chunked, and no input crashes the iterator.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEventStream } from "./event-stream";
import { EVENT_TYPES, isEventType } from "./types";
import { dataFor } from "./__fixtures__/factories";
import { collect, scriptedOpener, sseResponse, utf8 } from "./__fixtures__/harness";

// The free-text field of each data family, where arbitrary (multi-byte) text is valid.
const TEXT_FIELD: Record<string, string> = { approval: "prompt", invocation: "tool_name", agent: "name" };

/**
 * Envelopes the validator accepts: a known type carries a valid object of its family (with
 * arbitrary text and extra fields, which are kept), an unknown type carries arbitrary data.
 */
const envelopeArbitrary = fc
  .record({
    type: fc.constantFrom(...EVENT_TYPES, "exec.not_yet_invented"),
    created_at: fc.integer({ min: 0, max: 2 ** 40 }),
    text: fc.string({ unit: "binary", maxLength: 40 }),
    // zod drops a "__proto__" key (no prototype pollution), so it cannot round-trip by design.
    extra: fc.dictionary(fc.string({ unit: "binary" }).filter((key) => key !== "__proto__"), fc.jsonValue(), { maxKeys: 5 }),
  })
  .map(({ type, created_at, text, extra }) => {
    if (!isEventType(type)) return { type, created_at, data: extra };
    const base = dataFor(type);
    const textField = TEXT_FIELD[String(base.object)]!;
    // Extra keys must not replace a schema field, or the data would no longer be valid.
    const extras = Object.fromEntries(Object.entries(extra).filter(([key]) => !Object.hasOwn(base, key)));
    return { type, created_at, data: { ...base, [textField]: text, ...extras } };
  });

/** How one event is written: line ending, pretty-printed over many data lines or not, comments around it. */
const styleArbitrary = fc.record({
  eol: fc.constantFrom("\n", "\r", "\r\n"),
  multiline: fc.boolean(),
  comment: fc.option(fc.string({ unit: "grapheme", maxLength: 20 }).map((text) => text.replace(/[\r\n]/g, ""))),
  retry: fc.option(fc.nat({ max: 10_000 })),
});

/** Cuts `bytes` at the given (deduplicated, sorted) offsets. */
function split(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const cuts = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.slice(start, cut));
    start = cut;
  }
  return chunks;
}

describe("event stream properties", () => {
  it("yields the serialised events, in order, however the bytes are chunked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(envelopeArbitrary, styleArbitrary), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (events, offsets) => {
          const envelopes = events.map(([fields], index) => ({ id: `evt_${index}`, object: "event" as const, ...fields }));
          const wire = events
            .map(([, style], index) => {
              const env = envelopes[index]!;
              const json = style.multiline ? JSON.stringify(env, null, 2) : JSON.stringify(env);
              const lines = [
                ...(style.comment === null ? [] : [`:${style.comment}`]),
                ...(style.retry === null ? [] : [`retry: ${style.retry}`]),
                `id: ${env.id}`,
                `event: ${env.type}`,
                ...json.split("\n").map((line) => `data: ${line}`),
              ];
              return lines.join(style.eol) + style.eol + style.eol;
            })
            .join("");
          const stream = createEventStream({ open: scriptedOpener([sseResponse(split(utf8(wire), offsets))]), random: () => 0, minDelayMs: 1 });
          const items = await collect(stream);
          // JSON round-trip normalises what JSON cannot carry (e.g. -0).
          expect(items.filter((item) => item.object === "event")).toEqual(JSON.parse(JSON.stringify(envelopes)));
          // One connection then 204: no reconnect ever opens, so no reset is surfaced.
          expect(items.filter((item) => item.object === "stream.reset")).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never throws out of the iterator on arbitrary bytes; bad frames only reach onInvalidEvent", async () => {
    const sseish = fc
      .array(
        fc.oneof(
          fc.constantFrom("data: ", "data:", "id: ", "id:", "event: ", "event: stream.reset", "retry: ", ":"),
          fc.constantFrom("\n", "\r", "\r\n", "{", "}", '"', "\u0000", "\ufeff"),
          fc.string({ unit: "binary", maxLength: 30 }),
        ),
        { maxLength: 60 },
      )
      .map((parts) => utf8(parts.join("")));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), sseish), fc.array(fc.nat(), { maxLength: 8 }), async (bytes, offsets) => {
        const issues: unknown[] = [];
        const stream = createEventStream({
          open: scriptedOpener([sseResponse(split(bytes, offsets))]),
          random: () => 0,
          minDelayMs: 1,
          onInvalidEvent: (report) => issues.push(report.issues),
        });
        const items = await collect(stream);
        expect(items.every((item) => item.object === "event" || item.object === "stream.reset")).toBe(true);
        expect(issues.every((text) => typeof text === "string" && text.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
