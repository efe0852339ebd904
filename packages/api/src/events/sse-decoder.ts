import { createParser, type EventSourceMessage } from "eventsource-parser";
import { EventStreamError } from "./errors";

/** One SSE message as framed on the wire, before any JSON parsing. */
export interface SseMessage {
  /** The `id:` field of this message; `undefined` if absent, `""` if sent empty (clears the resume id). */
  id: string | undefined;
  /** The `event:` field; `undefined` when absent (the SSE default, "message"). */
  event: string | undefined;
  /** The `data:` lines joined with `\n`. */
  data: string;
}

/** Callbacks and limits for {@link createSseDecoder}. */
export interface SseDecoderOptions {
  /** Called for every complete message, in order. */
  onMessage: (message: SseMessage) => void;
  /** Called when the server sends `retry: <ms>`. */
  onRetry?: (ms: number) => void;
  /** Maximum characters buffered for one unfinished line or event (see eventsource-parser). */
  maxBufferSize?: number;
}

/** Byte-level SSE decoder for one connection: push bytes as they arrive, then `end()` once. */
export interface SseDecoder {
  /** Decodes a chunk (any split, even inside a UTF-8 sequence or a CRLF pair). */
  push(chunk: Uint8Array): void;
  /** Flushes at end of stream; an unterminated event is discarded, as the SSE spec requires. */
  end(): void;
}

/**
 * Creates a decoder for one SSE connection: UTF-8 decoding (a leading BOM is dropped) plus
 * eventsource-parser framing. Create a fresh one per connection. Throws {@link EventStreamError}
 * `event_too_large` from `push` when `maxBufferSize` is exceeded.
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
  let overflowed = false;
  let endsWithCarriageReturn = false;
  const parser = createParser({
    // eventsource-parser always sets exactly these three keys (id/event may be undefined), so its
    // message is an SseMessage already: pass it on uncopied, one allocation less per event.
    onEvent: options.onMessage as (message: EventSourceMessage) => void,
    onRetry: (ms) => options.onRetry?.(ms),
    onError: (error) => {
      // Unknown fields and bad `retry:` values are ignored, as the SSE spec says.
      if (error.type === "max-buffer-size-exceeded") overflowed = true;
    },
    maxBufferSize: options.maxBufferSize,
  });

  const feed = (chunk: string): void => {
    if (chunk === "" || overflowed) return;
    endsWithCarriageReturn = chunk.charCodeAt(chunk.length - 1) === 13;
    parser.feed(chunk);
    if (overflowed) {
      throw new EventStreamError("event_too_large", `An SSE event exceeded maxBufferSize (${options.maxBufferSize} characters).`);
    }
  };

  return {
    push: (chunk) => feed(text.decode(chunk, { stream: true })),
    end: () => {
      feed(text.decode());
      // The parser holds a trailing CR back to see whether LF follows; at end of stream none
      // will, so complete it as CRLF (same meaning) and let a final CR-terminated event through.
      if (endsWithCarriageReturn && !overflowed) parser.feed("\n");
    },
  };
}
