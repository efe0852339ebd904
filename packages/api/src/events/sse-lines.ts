// SSE line framing (WHATWG "event stream interpretation") with bounded buffers.
import type { OversizedSseMessage, SseMessage } from "./sse-decoder";

const LF = 10;
/** Enough of an over-long line to know its field name (`event:`, `retry:`, …). */
const FIELD_PREFIX = 8;

/** Callbacks and limits of {@link SseLineParser}. */
export interface SseLineParserOptions {
  maxBufferSize: number;
  onMessage: (message: SseMessage) => void;
  onRetry: (ms: number) => void;
  onOversized: (message: OversizedSseMessage) => void;
}

/**
 * Turns decoded text into SSE messages. A line ends at CRLF, LF or CR; a CR is acted on at once
 * (an LF right after it, even in the next chunk, is then skipped), so CR-only streams do not hold
 * an event back. An event whose data or one of whose lines exceeds `maxBufferSize` is dropped
 * (its `id:` and `event:` kept) and reported, instead of stopping the stream.
 */
export class SseLineParser {
  /** Complete lines seen so far (events, comments, any field): the stream's idle timer counts these. */
  lines = 0;
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
    let nextCr = text.indexOf("\r", pos);
    let nextLf = text.indexOf("\n", pos);
    while (pos < text.length) {
      if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf("\r", pos);
      if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf("\n", pos);
      const end = nextCr === -1 ? nextLf : nextLf === -1 ? nextCr : Math.min(nextCr, nextLf);
      if (end === -1) {
        this.keepPartial(text.slice(pos));
        return;
      }
      this.completeLine(text.slice(pos, end));
      pos = end + 1;
      if (end === nextCr) {
        if (pos === text.length) this.skipLf = true; // the LF of a CRLF may come in the next chunk
        else if (text.charCodeAt(pos) === LF) pos += 1;
      }
    }
  }

  private keepPartial(piece: string): void {
    if (this.partialTooLong) return;
    if (this.partial.length + piece.length <= this.options.maxBufferSize) {
      this.partial += piece;
      return;
    }
    // Keep only the field name; the rest of this line is dropped as it arrives.
    this.partial = (this.partial + piece.slice(0, FIELD_PREFIX)).slice(0, FIELD_PREFIX);
    this.partialTooLong = true;
  }

  private completeLine(piece: string): void {
    this.lines += 1;
    let line = piece;
    let tooLong = false;
    if (this.partial !== "" || this.partialTooLong) {
      tooLong = this.partialTooLong || this.partial.length + piece.length > this.options.maxBufferSize;
      line = tooLong ? this.partial.slice(0, FIELD_PREFIX) : this.partial + piece;
      this.partial = "";
      this.partialTooLong = false;
    } else if (piece.length > this.options.maxBufferSize) {
      tooLong = true;
    }
    if (tooLong) this.overlongLine(line);
    else this.line(line);
  }

  private overlongLine(prefix: string): void {
    const colon = prefix.indexOf(":");
    const field = colon === -1 ? prefix : prefix.slice(0, colon);
    if (field === "") return; // a long comment is still just a comment
    if (field === "data" || field === "id" || field === "event") this.dropEvent(field === "data");
  }

  private line(line: string): void {
    if (line === "") return this.dispatch();
    const colon = line.indexOf(":");
    if (colon === 0) return; // comment
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === "data") this.addData(value);
    else if (field === "event") this.event = value;
    else if (field === "id") {
      if (!value.includes("\0")) this.id = value;
    } else if (field === "retry" && /^\d+$/.test(value)) this.options.onRetry(Number(value));
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
