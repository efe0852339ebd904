import { brandError } from "./core/brand";
import { XerotierError, type XerotierErrorJSON } from "./errors";

/** What a {@link XerotierSdkError} may carry besides its reason: never a server `code` or `type`. */
export interface XerotierSdkErrorInit {
  /** HTTP status, only when the SDK's failure is about a response it got (an event stream's 403). */
  status?: number;
  /** The request id of the response or failure behind this one, for support. */
  requestId?: string;
  /** A delay the server asked for, when the SDK's failure is about such a response. */
  retryAfterMs?: number;
  /** Whether retrying the same call may succeed; default: the status rule (429, 5xx), else `false`. */
  isRetryable?: boolean;
  /** The underlying failure. */
  cause?: unknown;
}

/**
 * Base class of failures the SDK detects itself: a wait that ran out of time, a refused input, an
 * event stream that gave up, a rejected webhook. Branch on `reason` (the SDK's own, documented
 * per class); `code` stays `undefined`, since it only ever holds a code the server sent.
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof XerotierSdkError) console.error(err.reason, err.message);
 *   else if (err instanceof XerotierError) console.error(err.code, err.requestId);
 * }
 * ```
 */
export class XerotierSdkError<Reason extends string = string> extends XerotierError {
  /** Machine-readable reason the SDK failed, e.g. `agent_wait_timeout` or `idle_timeout`. */
  readonly reason: Reason;

  /** Creates the error; callers must keep secrets out of `message` (it is redacted all the same). */
  constructor(reason: Reason, message: string, init: XerotierSdkErrorInit = {}) {
    super(message, init);
    this.reason = reason;
  }

  /** A log-safe plain object: the base error fields plus `reason`; no credentials. */
  override toJSON(): XerotierErrorJSON & { reason: Reason } {
    return { ...super.toJSON(), reason: this.reason };
  }

  static {
    brandError(this, "XerotierSdkError");
  }
}
