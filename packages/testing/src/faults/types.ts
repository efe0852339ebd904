/** Which requests a fault applies to; omitted fields match anything. */
export interface FaultMatch {
  /** HTTP method, case-insensitive. */
  method?: string;
  /**
   * The API path without the project segment (`/v1/exec/invocations`), or `/healthz`.
   * A string must equal it; a RegExp is tested against it.
   */
  path?: string | RegExp;
}

/** An injected error response. */
export interface FailOptions {
  /** HTTP status to answer, e.g. 503. */
  status: number;
  /** Envelope `code`; defaults by status (503 → `backend_unavailable`, 429 → `rate_limit_exceeded`, …). */
  code?: string;
  /** Envelope `type`; defaults by status like the router's own errors. */
  type?: string;
  /** Envelope `message`. */
  message?: string;
  /** Answer an nginx-style HTML error page instead of the JSON envelope, as a proxy in front would. */
  html?: boolean;
  /** Seconds for `Retry-After` (and `error.retry_after` on a 429). */
  retryAfter?: number;
  /** Only requests matching this. */
  match?: FaultMatch;
}

/** Options of the event-stream faults. */
export interface StreamFaultOptions {
  /** How many of the next event streams it applies to (default 1). */
  times?: number;
  /** End the response cleanly instead of dropping the connection (default false: an abrupt cut). */
  graceful?: boolean;
}

/** A fault that has been armed; lets a test see whether it fired and disarm it. */
export interface FaultHandle {
  /** Which fault this is, e.g. `failNext`. */
  readonly kind: FaultKind;
  /** How many times it has fired so far. */
  readonly triggered: number;
  /** How many more times it will fire (`Infinity` for latency without a count). */
  readonly remaining: number;
  /** Disarms it; a hang also lets go of the requests it holds, which then run normally. */
  cancel(): void;
}

/** Every kind of fault the router can inject. */
export type FaultKind = "failNext" | "failAfterHandling" | "latency" | "hang" | "cutStreamAfterEvents" | "cutStreamAtByte" | "malformedFrames";

/**
 * Fault injection, for the SDK's tests and its users': make the router fail, stall, hang or
 * cut event streams on demand. Faults skip the `/_router/*` control endpoints.
 *
 * @example
 * router.faults.failNext(2, { status: 503, code: "backend_unavailable" });
 * router.faults.failNext(1, { status: 502, html: true, match: { method: "GET" } });
 * router.faults.cutStreamAfterEvents(3);
 */
export interface FaultInjector {
  /** The next `count` matching requests are answered with this error instead of being handled. */
  failNext(count: number, options: FailOptions): FaultHandle;
  /**
   * The next `count` matching requests are handled (state changes, idempotent response
   * stored) and then answered with this error instead: the response "lost on the way back".
   */
  failAfterHandling(count: number, options: FailOptions): FaultHandle;
  /** Delays matching requests by `ms` of wall time, 0 to 600 000 (every one, or the next `count`); out of range throws a `RangeError`. */
  latency(ms: number, match?: FaultMatch, count?: number): FaultHandle;
  /**
   * Matching requests (the next `count`, default 1) get no answer until the caller aborts. `cancel()`
   * or `reset()` lets them run normally; when the router closes they get a 503 `router_closing`.
   */
  hang(match?: FaultMatch, count?: number): FaultHandle;
  /** The next event stream(s) drop after `events` events have been sent. */
  cutStreamAfterEvents(events: number, options?: StreamFaultOptions): FaultHandle;
  /** The next event stream(s) drop after exactly `offset` bytes of body. */
  cutStreamAtByte(offset: number, options?: StreamFaultOptions): FaultHandle;
  /**
   * Writes these raw frames at the start of the next event stream, before any real event.
   * Each string is sent verbatim, with a blank line appended when it lacks one.
   */
  malformedFrames(frames: readonly string[], options?: Pick<StreamFaultOptions, "times">): FaultHandle;
  /** Disarms every fault and releases hung requests. */
  reset(): void;
  /** The armed faults, for display (`GET /_router/faults`). */
  list(): Array<{ kind: FaultKind; triggered: number; remaining: number }>;
}
