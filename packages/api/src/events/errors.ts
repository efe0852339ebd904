/** Why an event stream stopped (or, for `idle_timeout`, why a connection was recycled). */
export type EventStreamErrorReason =
  /** A 200 answer that is not `text/event-stream`: a proxy is likely buffering or rewriting SSE. */
  | "unexpected_content_type"
  /** The opener resolved with a non-2xx `Response` instead of throwing a typed error. */
  | "unexpected_status"
  /**
   * No response headers, or no byte (not even a keep-alive comment), arrived within
   * `idleTimeoutMs`; the connection is recycled and this is reported via `onReconnect`.
   */
  | "idle_timeout"
  /** `maxAttempts` consecutive connections failed; `cause` holds the last failure. */
  | "max_attempts"
  /**
   * The server answered HTTP 204 No Content, which per the SSE spec means "do not reconnect": the
   * stream ends with this error rather than silently, so a watcher knows it is no longer fed.
   */
  | "no_content";

const BRAND = Symbol.for("xerotier.EventStreamError");

/**
 * A failure of the event stream itself (as opposed to an HTTP error from the opener, which is
 * rethrown unchanged). Branch on `reason`; e.g. fall back to polling on `unexpected_content_type`.
 *
 * @example
 * ```ts
 * try { for await (const e of stream) handle(e); }
 * catch (err) { if (EventStreamError.isInstance(err) && err.reason === "unexpected_content_type") poll(); }
 * ```
 */
export class EventStreamError extends Error {
  /** Machine-readable reason; see {@link EventStreamErrorReason}. */
  readonly reason: EventStreamErrorReason;
  /** HTTP status, for `unexpected_status` (so the usual 4xx/5xx rules apply to it too) and `no_content` (204). */
  readonly status: number | undefined;
  /** The `Content-Type` the server answered with, for `unexpected_content_type`. */
  readonly contentType: string | undefined;
  /** Delay the server asked for (`Retry-After`), for an `unexpected_status` 429 or 503. */
  readonly retryAfterMs: number | undefined;

  /** Creates the error; `options.cause` keeps the underlying failure for `max_attempts`. */
  constructor(
    reason: EventStreamErrorReason,
    message: string,
    options: { cause?: unknown; status?: number; contentType?: string; retryAfterMs?: number } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "EventStreamError";
    this.reason = reason;
    this.status = options.status;
    this.contentType = options.contentType;
    this.retryAfterMs = options.retryAfterMs;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** `instanceof` that also works across realms and duplicate copies of this package. */
  static isInstance(value: unknown): value is EventStreamError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  /** A log-safe plain object. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      reason: this.reason,
      message: this.message,
      status: this.status,
      contentType: this.contentType,
      retryAfterMs: this.retryAfterMs,
    };
  }
}
