import { SseLineParser, type OversizedSseMessage, type SseMessage } from "./sse-lines";

export type { OversizedSseMessage, SseMessage } from "./sse-lines";

/** Callbacks and limits for {@link createSseDecoder}. */
export interface SseDecoderOptions {
  /** Called for every complete message, in order. */
  onMessage: (message: SseMessage) => void;
  /** Called when the server sends `retry: <ms>`. */
  onRetry?: (ms: number) => void;
  /** Called, in order with the messages, for an event skipped because it exceeded `maxBufferSize`. */
  onOversized?: (message: OversizedSseMessage) => void;
  /** Maximum characters buffered for one unfinished line or event. Default 4 Mi. */
  maxBufferSize?: number;
}

/** Byte-level SSE decoder for one connection: push bytes as they arrive, then `end()` once. */
export interface SseDecoder {
  /** Decodes a chunk (any split, even inside a UTF-8 sequence or a CRLF pair). */
  push(chunk: Uint8Array): void;
  /** Flushes at end of stream; an unterminated event is discarded, as the SSE spec requires. */
  end(): void;
  /** Complete lines decoded so far (events, comments, any field); bytes of an unfinished line do not count. */
  readonly lines: number;
}

/**
 * Creates a decoder for one SSE connection: UTF-8 decoding (a leading BOM is dropped) plus SSE
 * framing (CRLF, LF or CR line endings; a CR dispatches at once). Memory is bounded: an event
 * larger than `maxBufferSize` is dropped and reported to `onOversized`, and decoding goes on with
 * the next event. Create a fresh one per connection.
 *
 * @example
 * ```ts
 * const decoder = createSseDecoder({ onMessage: (m) => console.log(m.event, m.data) });
 * decoder.push(new TextEncoder().encode("event: ping\ndata: {}\n\n"));
 * decoder.end();
 * ```
 */
export function createSseDecoder(options: SseDecoderOptions): SseDecoder {
  // TextDecoder strips the BOM even when it is split across chunks; the parser only sees text.
  const text = new TextDecoder("utf-8");
  const parser = new SseLineParser({
    maxBufferSize: options.maxBufferSize ?? 4 * 1024 * 1024,
    onMessage: options.onMessage,
    onRetry: (ms) => options.onRetry?.(ms),
    onOversized: (message) => options.onOversized?.(message),
  });
  return {
    push: (chunk) => parser.feed(text.decode(chunk, { stream: true })),
    end: () => parser.feed(text.decode()),
    get lines() {
      return parser.lines;
    },
  };
}
