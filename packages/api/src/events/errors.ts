import { brandError } from "../core/brand";
import { XerotierSdkError } from "../sdk-error";

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
  /** More than `maxRetries` consecutive connections failed; `cause` holds the last failure. */
  | "max_retries"
  /**
   * The server answered HTTP 204 No Content, which per the SSE spec means "do not reconnect": the
   * stream ends with this error rather than silently, so a watcher knows it is no longer fed.
   */
  | "no_content";

// Reasons after which reconnecting can help; the rest end the stream.
const TRANSIENT: ReadonlySet<EventStreamErrorReason> = new Set(["idle_timeout", "unexpected_status"]);

/**
 * A failure of the event stream itself (as opposed to an HTTP error from the opener, which is
 * rethrown unchanged). Branch on `reason`; e.g. fall back to polling on `unexpected_content_type`.
 * A {@link XerotierSdkError}, so `instanceof XerotierError` catches it too.
 *
 * @example
 * ```ts
 * try { for await (const e of stream) handle(e); }
 * catch (err) { if (err instanceof EventStreamError && err.reason === "unexpected_content_type") poll(); }
 * ```
 */
export class EventStreamError extends XerotierSdkError<EventStreamErrorReason> {
  /** The `Content-Type` the server answered with, for `unexpected_content_type`. */
  readonly contentType: string | undefined;

  /**
   * Creates the error; `options.cause` keeps the underlying failure for `max_attempts`, `status`
   * the answer's HTTP status (for `unexpected_status`, so the usual 4xx/5xx rules apply, and
   * `no_content`'s 204), `retryAfterMs` its `Retry-After` (429, 503).
   */
  constructor(
    reason: EventStreamErrorReason,
    message: string,
    options: { cause?: unknown; status?: number; contentType?: string; retryAfterMs?: number } = {},
  ) {
    const { contentType, ...init } = options;
    // An unexpected status keeps the status rule (429/5xx retryable); other reasons are decided here.
    const isRetryable = reason === "unexpected_status" && init.status !== undefined ? undefined : TRANSIENT.has(reason);
    super(reason, message, { ...init, ...(isRetryable === undefined ? {} : { isRetryable }) });
    this.contentType = contentType;
  }

  /** A log-safe plain object: the base error fields, `reason` and `contentType`. */
  override toJSON(): ReturnType<XerotierSdkError<EventStreamErrorReason>["toJSON"]> & { contentType?: string } {
    return { ...super.toJSON(), contentType: this.contentType };
  }

  static {
    brandError(this, "EventStreamError");
  }
}
