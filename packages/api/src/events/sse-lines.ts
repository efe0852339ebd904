// SSE line framing (WHATWG "event stream interpretation") with bounded buffers.

/** One SSE message as framed on the wire, before any JSON parsing. */
export interface SseMessage {
  /** The `id:` field of this message; `undefined` if absent, `""` if sent empty (clears the resume id). */
  id: string | undefined;
  /** The `event:` field; `undefined` when absent or empty (the SSE default, "message"). */
  event: string | undefined;
  /** The `data:` lines joined with `\n`. */
  data: string;
}

/** An event that exceeded `maxBufferSize`: its data was dropped, its `id:` and `event:` kept. */
export interface OversizedSseMessage {
  /** The event's `id:`, when it came in a line of sane length. */
  id: string | undefined;
  /** The event's `event:` name, when it came in a line of sane length. */
  event: string | undefined;
}

/** Callbacks and limits of {@link SseLineParser}. */
export interface SseLineParserOptions {
  maxBufferSize: number;
  onMessage: (message: SseMessage) => void;
  onRetry: (ms: number) => void;
  onOversized: (message: OversizedSseMessage) => void;
}

const LF = 10;
const SPACE = 32;
const COLON = 58;
/** Enough of an over-long line to know its field name (`event:`, `retry:`, …). */
const FIELD_PREFIX = 8;

/**
 * Turns decoded text into SSE messages in one pass over each chunk: lines are found with
 * `indexOf`, field names are told apart by character codes, and only field values are sliced.
 * A line ends at CRLF, LF or CR; a CR is acted on at once (an LF right after it, even in the
 * next chunk, is then skipped), so CR-only streams do not hold an event back. An event whose data
 * or one of whose lines exceeds `maxBufferSize` is dropped (its `id:` and `event:` kept) and
 * reported, instead of stopping the stream.
 */
export class SseLineParser {
  /** Complete lines seen so far (events, comments, any field): the stream's idle timer counts these. */
  lines = 0;
  /** The start of a line whose end has not arrived yet (bounded by `maxBufferSize`). */
  private partial = "";
  private partialTooLong = false;
  private skipLf = false;
  private id: string | undefined;
  private event: string | undefined;
  // The first data line apart, so the usual one-line event allocates no array and joins nothing.
  private firstData: string | undefined;
  private moreData: string[] | undefined;
  private dataLength = 0;
  private hasData = false;
  private oversized = false;

  constructor(private readonly options: SseLineParserOptions) {}

  /** Feeds text in any split; complete lines are acted on before it returns. */
  feed(text: string): void {
    let pos = 0;
    if (this.skipLf && text.length > 0) {
      if (text.charCodeAt(0) === LF) pos = 1;
      this.skipLf = false;
    }
    // Most streams use LF alone: then one indexOf per line finds every line end.
    const rest = text.indexOf("\r", pos) === -1 ? this.lfLines(text, pos) : this.anyLines(text, pos);
    if (rest < text.length) this.keepPartial(text.slice(rest));
  }

  /** Acts on the LF-ended lines of `text` from `pos`; returns where the unfinished line starts. */
  private lfLines(text: string, pos: number): number {
    for (let end = text.indexOf("\n", pos); end !== -1; end = text.indexOf("\n", pos)) {
      this.completeLine(text, pos, end);
      pos = end + 1;
    }
    return pos;
  }

  /** Acts on the lines of `text` from `pos`, ended by LF, CRLF or CR; returns where the unfinished line starts. */
  private anyLines(text: string, pos: number): number {
    // Each terminator is searched again only once passed, so a far CR costs one scan, not one per line.
    let lf = text.indexOf("\n", pos);
    let cr = text.indexOf("\r", pos);
    while (pos < text.length) {
      if (lf !== -1 && lf < pos) lf = text.indexOf("\n", pos);
      if (cr !== -1 && cr < pos) cr = text.indexOf("\r", pos);
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      if (end === -1) return pos;
      this.completeLine(text, pos, end);
      pos = end + 1;
      if (end === cr) {
        if (pos === text.length) this.skipLf = true; // the LF of a CRLF may come in the next chunk
        else if (text.charCodeAt(pos) === LF) pos += 1;
      }
    }
    return pos;
  }

  /** Acts on the line `text[start, end)`, joined to the unfinished line of earlier chunks if any. */
  private completeLine(text: string, start: number, end: number): void {
    this.lines += 1;
    if (this.partial !== "" || this.partialTooLong) this.completePartial(text.slice(start, end));
    else if (end - start > this.options.maxBufferSize) this.overlongLine(text.slice(start, Math.min(end, start + FIELD_PREFIX)));
    else this.line(text, start, end);
  }

  private keepPartial(piece: string): void {
    if (!this.partialTooLong && this.partial.length + piece.length <= this.options.maxBufferSize) {
      this.partial += piece;
      return;
    }
    // Keep only the field name (it may still be arriving); the rest of this line is dropped.
    if (this.partial.length < FIELD_PREFIX) this.partial = (this.partial + piece.slice(0, FIELD_PREFIX)).slice(0, FIELD_PREFIX);
    this.partialTooLong = true;
  }

  /** Ends the line begun in earlier chunks with `piece`. */
  private completePartial(piece: string): void {
    const tooLong = this.partialTooLong || this.partial.length + piece.length > this.options.maxBufferSize;
    // An over-long line's name may straddle the chunks: take it from the joined start.
    const line = tooLong ? (this.partial + piece.slice(0, FIELD_PREFIX)).slice(0, FIELD_PREFIX) : this.partial + piece;
    this.partial = "";
    this.partialTooLong = false;
    if (tooLong) this.overlongLine(line);
    else this.line(line, 0, line.length);
  }

  private overlongLine(prefix: string): void {
    const colon = prefix.indexOf(":");
    const field = colon === -1 ? prefix : prefix.slice(0, colon);
    if (field === "") return; // a long comment is still just a comment
    if (field === "data" || field === "id" || field === "event") this.dropEvent(field === "data");
  }

  /** Acts on the line `text[start, end)`: a blank line dispatches, a comment is skipped, a field is set. */
  private line(text: string, start: number, end: number): void {
    if (start === end) return this.dispatch();
    const first = text.charCodeAt(start);
    if (first === COLON) return; // comment
    let value: number;
    if (first === 100 && (value = valueStart(text, start, end, "data")) !== -1) this.addData(text.slice(value, end));
    else if (first === 105 && (value = valueStart(text, start, end, "id")) !== -1) {
      const id = text.slice(value, end);
      if (!id.includes("\0")) this.id = id;
    } else if (first === 101 && (value = valueStart(text, start, end, "event")) !== -1) this.event = value === end ? undefined : text.slice(value, end);
    else if (first === 114 && (value = valueStart(text, start, end, "retry")) !== -1) this.retry(text, value, end);
    // Any other field is ignored, as the spec says.
  }

  private retry(text: string, start: number, end: number): void {
    if (start === end) return;
    for (let i = start; i < end; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57) return; // only ASCII digits make a retry value
    }
    this.options.onRetry(Number(text.slice(start, end)));
  }

  private addData(value: string): void {
    this.hasData = true;
    if (this.oversized) return;
    this.dataLength += value.length + 1;
    if (this.dataLength > this.options.maxBufferSize) return this.dropEvent(true);
    if (this.firstData === undefined) this.firstData = value;
    else (this.moreData ??= []).push(value);
  }

  private dropEvent(hasData: boolean): void {
    this.oversized = true;
    this.hasData ||= hasData;
    this.firstData = undefined;
    this.moreData = undefined;
    this.dataLength = 0;
  }

  private dispatch(): void {
    const { id, event, hasData, oversized, firstData, moreData } = this;
    this.id = undefined;
    this.event = undefined;
    this.firstData = undefined;
    this.moreData = undefined;
    this.dataLength = 0;
    this.hasData = false;
    this.oversized = false;
    if (oversized) this.options.onOversized({ id, event });
    else if (hasData) this.options.onMessage({ id, event, data: moreData === undefined ? (firstData ?? "") : [firstData, ...moreData].join("\n") });
  }
}

/**
 * Where the value of field `name` starts in the line `text[start, end)`, or -1 when the line is
 * another field. The name must be followed by a colon (one space after it is skipped) or end the line.
 */
function valueStart(text: string, start: number, end: number, name: string): number {
  const after = start + name.length;
  if (after > end) return -1;
  for (let i = 1; i < name.length; i += 1) if (text.charCodeAt(start + i) !== name.charCodeAt(i)) return -1;
  if (after === end) return end;
  if (text.charCodeAt(after) !== COLON) return -1;
  return after + 1 < end && text.charCodeAt(after + 1) === SPACE ? after + 2 : after + 1;
}
