/**
 * The `GET /v1/exec/events` stream: a `stream.open` frame (the resume point), `retry:`, then a replay of every retained event after
 * `Last-Event-ID` (or one `stream.reset` frame when that id is unknown or older than the
 * history), then live events; `: keep-alive` comments on a real-time, unref'd interval.
 *
 * Fault-injection hook (for the HTTP layer): pass `faults.onFrame(frame, info)`. It sees every
 * frame's exact text before it is written, with `info.kind` (`open` | `retry` | `event` |
 * `reset` | `keep-alive`), `info.eventsSent` (events written so far) and `info.bytesSent` (UTF-8 bytes
 * written so far). Return:
 * - the text to write (unchanged, altered, or with malformed frames added before/after it);
 * - `{ text, close: true }` to write `text` (e.g. a prefix, to cut at a byte offset) and end the stream;
 * - `"cut"` to end the stream without writing this frame (e.g. cut after N events).
 *
 * @example
 * // cut every connection after 3 events
 * createEventStreamResponse(world, {}, { faults: { onFrame: (f, i) => (i.kind === "event" && i.eventsSent >= 3 ? "cut" : f) } });
 */
import type { StoredEvent } from "../domain/events";
import type { World } from "../domain/world";
import { matchesFilters, type EventFilters } from "./filters";
import { eventFrame, KEEP_ALIVE_FRAME, openFrame, resetFrame, retryFrame } from "./frames";

/** What kind of frame a fault hook is looking at. */
export type FrameKind = "open" | "retry" | "event" | "reset" | "keep-alive";

/** Context given to {@link EventStreamFaults.onFrame}. */
export interface FrameInfo {
  kind: FrameKind;
  /** Events written on this connection before this frame. */
  eventsSent: number;
  /** UTF-8 bytes written on this connection before this frame. */
  bytesSent: number;
  /** The event id, for `event` frames. */
  eventId?: string;
}

/** A hook's answer: the text to write, that text then close, or `"cut"` (close without writing). */
export type FrameDecision = string | { text: string; close?: boolean } | "cut";

/** Fault injection for one stream. */
export interface EventStreamFaults {
  onFrame?(frame: string, info: FrameInfo): FrameDecision;
}

/** Options of {@link createEventStreamResponse}. */
export interface EventStreamOptions {
  /** Resume after this id (from the `Last-Event-ID` header or `last_event_id` query). */
  lastEventId?: string;
  /** Ends the stream (the request's abort signal: the client went away). */
  signal?: AbortSignal;
  /** Value of the first `retry:` frame. Default 3000 ms. */
  retryMs?: number;
  /** Keep-alive comment period in real time. Default 15 000 ms. */
  keepAliveMs?: number;
  faults?: EventStreamFaults;
  /**
   * Bytes this stream may hold for a client that is not reading (default 1 MiB). Past it the
   * client is disconnected (its queue dropped); it resumes later with `Last-Event-ID`.
   */
  maxBufferedBytes?: number;
}

/** Default per-stream send buffer. */
export const DEFAULT_STREAM_BUFFER_BYTES = 1024 * 1024;

/** Default `retry:` value. */
export const DEFAULT_RETRY_MS = 3000;
/** Default keep-alive period. */
export const DEFAULT_KEEP_ALIVE_MS = 15_000;

/** Builds the `text/event-stream` response for one client. */
export function createEventStreamResponse(world: World, filters: EventFilters, options: EventStreamOptions = {}): Response {
  const encoder = new TextEncoder();
  let stop: () => void = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let bytesSent = 0;
      let eventsSent = 0;
      // Set once the stream goes live; close() may run earlier (abort, a fault cutting the replay).
      const live: { unsubscribe?: () => void; timer?: ReturnType<typeof setInterval> } = {};

      const close = () => {
        if (closed) return;
        closed = true;
        live.unsubscribe?.();
        if (live.timer !== undefined) clearInterval(live.timer);
        options.signal?.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // Already closed or errored by the consumer.
        }
      };
      stop = close;
      const dropSlowConsumer = () => {
        // error() first: it drops the queued frames; close() then only stops the live feed.
        controller.error(new Error("event stream client fell behind its send buffer; resume with Last-Event-ID"));
        close();
      };

      const write = (frame: string, kind: FrameKind, eventId?: string) => {
        if (closed) return;
        const decision = options.faults?.onFrame ? options.faults.onFrame(frame, { kind, eventsSent, bytesSent, eventId }) : frame;
        const { text, close: end } = decision === "cut" ? { text: "", close: true } : typeof decision === "string" ? { text: decision, close: false } : decision;
        if (text !== "") {
          const chunk = encoder.encode(text);
          bytesSent += chunk.length;
          try {
            controller.enqueue(chunk);
          } catch {
            close();
            return;
          }
          // A client that falls this far behind is dropped, so its queue cannot grow without bound.
          if ((controller.desiredSize ?? 0) < 0) return dropSlowConsumer();
        }
        if (kind === "event") eventsSent += 1;
        if (end) close();
      };
      const send = (event: StoredEvent) => {
        if (matchesFilters(event, filters)) write(eventFrame(event), "event", event.id);
      };

      if (options.signal?.aborted) {
        close();
        return;
      }
      options.signal?.addEventListener("abort", close, { once: true });

      // since() and subscribe() run in the same tick, so no event falls between replay and live.
      const replay = world.events.since(options.lastEventId);
      // Resuming: the requested id (a drop before the replay must not skip it); else the head.
      write(openFrame(replay.reset ? world.events.latestId() : (options.lastEventId ?? world.events.latestId())), "open");
      write(retryFrame(options.retryMs ?? DEFAULT_RETRY_MS), "retry");
      if (replay.reset) write(resetFrame(options.lastEventId ?? "", replay.reason ?? "reset", world.events.latestId()), "reset");
      for (const event of replay.events) send(event);
      if (closed) return;
      live.unsubscribe = world.events.subscribe(send);
      live.timer = setInterval(() => write(KEEP_ALIVE_FRAME, "keep-alive"), options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS);
      (live.timer as { unref?: () => void }).unref?.();
    },
    cancel() {
      stop();
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: options.maxBufferedBytes ?? DEFAULT_STREAM_BUFFER_BYTES }));

  return new Response(body, {
    status: 200,
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
  });
}
