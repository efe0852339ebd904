// Property test: the decoder agrees with a naive model of the SSE spec (split the whole text into
// lines, then interpret them) for any text, any chunking of its bytes and any maxBufferSize.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSseDecoder, type OversizedSseMessage, type SseMessage } from "./sse-decoder";

type Output = { message: SseMessage } | { oversized: OversizedSseMessage } | { retry: number };

/** The model: the spec's interpretation over the whole text at once, with the decoder's size rule. */
function model(text: string, maxBufferSize: number): Output[] {
  const out: Output[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  lines.pop(); // the text after the last line end is not a line
  let id: string | undefined;
  let event: string | undefined;
  let data: string[] = [];
  let hasData = false;
  let oversized = false;
  for (const line of lines) {
    if (line === "") {
      if (oversized) out.push({ oversized: { id, event } });
      else if (hasData) out.push({ message: { id, event, data: data.join("\n") } });
      [id, event, data, hasData, oversized] = [undefined, undefined, [], false, false];
      continue;
    }
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (line.length > maxBufferSize) {
      // An over-long line is known by its field name only; one of the event's fields drops the event.
      if (field === "data" || field === "id" || field === "event") [oversized, hasData, data] = [true, hasData || field === "data", []];
    } else if (field === "data") {
      hasData = true;
      data.push(value);
      if (data.reduce((n, d) => n + d.length + 1, 0) > maxBufferSize) [oversized, data] = [true, []];
      if (oversized) data = [];
    } else if (field === "id") {
      if (!value.includes("\0")) id = value;
    } else if (field === "event") event = value === "" ? undefined : value;
    else if (field === "retry" && /^[0-9]+$/.test(value)) out.push({ retry: Number(value) });
  }
  return out;
}

function decode(bytes: Uint8Array, cuts: number[], maxBufferSize: number): Output[] {
  const out: Output[] = [];
  const decoder = createSseDecoder({
    maxBufferSize,
    onMessage: (message) => out.push({ message }),
    onOversized: (oversized) => out.push({ oversized }),
    onRetry: (retry) => out.push({ retry }),
  });
  let start = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    decoder.push(bytes.slice(start, cut));
    start = cut;
  }
  decoder.push(bytes.slice(start));
  decoder.end();
  return out;
}

// Pieces that make every clause of the grammar likely: field names, near-misses, separators, line ends.
const token = fc.constantFrom(
  "data", "data:", "data: ", "dat", "datax:", "id:", "id: ", "id", "event:", "event: ", "event", "retry:", "retry: ",
  ":", " ", "x", "7", "42", "\0", "é", "😀", "\uFEFF", "{\"id\":1}", "\r", "\n", "\r\n", "\n\n", "\r\r",
);

describe("createSseDecoder against the spec model", () => {
  it("emits the same messages, oversized reports and retries for any text, chunking and maxBufferSize", () => {
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join("")),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.constantFrom(4, 8, 12, 30, 4 * 1024 * 1024),
        (text, cuts, maxBufferSize) => {
          expect(decode(new TextEncoder().encode(text), cuts, maxBufferSize)).toEqual(model(text, maxBufferSize));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
