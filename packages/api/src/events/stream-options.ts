import type { SchemaDriftHandler } from "../reader/drift";
import type { InvalidEventReport } from "./frames";
import type { EventStreamItem } from "./types";
import type { ValidateEvent } from "./validate";

/** What the stream passes to its opener on every connection attempt. */
export interface EventStreamOpenContext {
  /** Resume point to send as the `Last-Event-ID` header; absent on a fresh start. */
  lastEventId?: string;
  /** Aborted once this connection is over: stream closed, idle recycle, or the connection ended. */
  signal: AbortSignal;
  /** Reconnects since the last healthy connection; 0 for the first connection. */
  attempt: number;
}

/**
 * Opens one SSE connection (`GET /v1/exec/events`). Throw an error with a numeric `status` for
 * HTTP failures (the client's typed errors do): 4xx stops the stream with that very error, except
 * 429, which waits `retryAfterMs` and reconnects unless marked `isRetryable: false` (quota);
 * ≥ 500 and status-less (network) errors reconnect with backoff, but a status-less error marked
 * `isRetryable: false` (e.g. a config error) stops. A resolved non-2xx `Response` follows the same
 * rules as an `EventStreamError` `unexpected_status`; 204 ends the stream with the typed
 * `EventStreamError` `no_content` (the SSE spec's "do not reconnect"). An opener that throws
 * synchronously, or fails because a header cannot be built, is a local error: the stream stops
 * with it instead of retrying.
 */
export type EventStreamOpener = (context: EventStreamOpenContext) => Promise<Response>;

/** Passed to `onReconnect` just before the stream waits and reconnects. */
export interface ReconnectInfo {
  /** The upcoming reconnect's number since the last healthy connection (1 = first). */
  attempt: number;
  /** How long the stream waits before reconnecting. */
  delayMs: number;
  /** What ended the previous connection; `undefined` when the server closed it cleanly. */
  error: unknown;
  /** The id the reconnect resumes from. */
  lastEventId: string | undefined;
}

/** Options for {@link createEventStream}. Only `open` is required. */
export interface EventStreamOptions {
  /** Opens one connection; see {@link EventStreamOpener}. */
  open: EventStreamOpener;
  /** Event reader shared with webhooks; defaults to `createEventReader` (from `@xerotier/api`) with `onSchemaDrift`. */
  validate?: ValidateEvent;
  /** Resume token saved from an earlier stream's `lastEventId`. */
  lastEventId?: string;
  /** Aborting it ends iteration (cleanly, as `done`) and tears the connection down. */
  signal?: AbortSignal;
  /**
   * Recycle a connection that sends no complete line (keep-alive comments count; bytes of an
   * unfinished line do not) for this long, counting only time spent waiting for the network.
   * Also bounds the wait for response headers. Default 45 000; 0 disables.
   */
  idleTimeoutMs?: number;
  /** Backoff base until the server sends `retry:`. Default 1 000. */
  baseDelayMs?: number;
  /** Cap of the exponential backoff (a larger server `retry:` still wins, up to 5 min). Default 30 000. */
  maxDelayMs?: number;
  /**
   * Shortest wait before any reconnect, whatever the server's `retry:` or `Retry-After` or the
   * jitter say, so a `retry: 0` cannot make a reconnect storm. Default 100 ms; at least 1 ms.
   * Every wait is also capped at 5 minutes (see `clampRetryDelay`).
   */
  minDelayMs?: number;
  /**
   * Reconnects tolerated after consecutive failed connections before failing with `max_retries`
   * (0: the first failed connection ends the stream). Default Infinity.
   * A connection fails unless it carried a valid event or reset, or lived `healthyAfterMs`; one
   * that only sent invalid frames is a failure, so it backs off like any other.
   */
  maxRetries?: number;
  /** A connection that received bytes and lived this long counts as healthy. Default 10 000. */
  healthyAfterMs?: number;
  /** How many delivered event ids to remember for dropping replays. Default 1 024. */
  dedupeWindow?: number;
  /** Max characters buffered for one SSE line or event; a larger event is skipped and reported to `onInvalidEvent`. Default 4 Mi. */
  maxBufferSize?: number;
  /**
   * Called for each skipped, unusable frame: not JSON, no string `id` / `type`, no object `data`,
   * a documented type whose resource lacks its `id` or `status`, or larger than `maxBufferSize`. Exceptions thrown here are ignored.
   */
  onInvalidEvent?: (report: InvalidEventReport) => void;
  /**
   * Called once per drifting field (present, wrong JSON type); the event is still delivered.
   * Ignored when `validate` is given. Exceptions thrown here are ignored. `streamEvents` defaults
   * it to the client's logger (`warn`).
   */
  onSchemaDrift?: SchemaDriftHandler;
  /** Called before each reconnect wait. Exceptions thrown here are ignored. */
  onReconnect?: (info: ReconnectInfo) => void;
  /**
   * Surface a client `stream.reset` (reason `"first connection"`) with the first accepted
   * connection too, whatever the resume point, so a consumer that re-lists on resets lists once it
   * is connected, however many attempts failed before: "list, then watch". Default false.
   */
  resetOnFirstConnection?: boolean;
  /** Source of randomness in [0, 1) for jitter; inject for deterministic tests. Default Math.random. */
  random?: () => number;
}

/** A live, resumable event stream: iterate it once; save `lastEventId` to resume later. */
export interface EventStream extends AsyncIterable<EventStreamItem> {
  /**
   * Id of the last frame handed to the consumer (yielded, or reported to `onInvalidEvent`),
   * never one merely parsed ahead; persist it and pass it back as `lastEventId` to resume exactly.
   */
  readonly lastEventId: string | undefined;
  /** Ends iteration promptly; no timer, listener or connection is left behind. Idempotent. */
  close(): void;
  /**
   * The next item if it is already parsed and can be handed out now (no read, no reconnect, no
   * wait); `undefined` otherwise, after `close()`, and while a `next()` of the iterator is pending.
   * It moves `lastEventId` and skips replays and invalid frames exactly as the iterator does, so a
   * wrapper (a filter, a map) hands out buffered items without a promise each and awaits `next()`
   * only when this says `undefined`.
   */
  nextReady(): EventStreamItem | undefined;
}
