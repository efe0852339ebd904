/** Which ready sink an error came from. */
export type SinkName = "pagerduty" | "slack" | "webhook";

/**
 * A sink could not deliver: the provider answered with a non-2xx status, or the request failed or
 * timed out. Throwing it from `deliver` has the notifier retry; `retryable` says whether a retry
 * can help (429, 408 and 5xx, network errors and timeouts) or the request itself was refused.
 * The message never holds the webhook URL or keys.
 */
export class SinkDeliveryError extends Error {
  /** The sink. */
  readonly sink: SinkName;
  /** The HTTP status, when the provider answered. */
  readonly status: number | undefined;
  /** Whether sending again may succeed. */
  readonly retryable: boolean;

  /** Creates the error; `detail` is a short, secret-free description. */
  constructor(sink: SinkName, detail: string, init: { status?: number; retryable: boolean; cause?: unknown }) {
    super(`${sink} sink: ${detail}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "SinkDeliveryError";
    this.sink = sink;
    this.status = init.status;
    this.retryable = init.retryable;
  }
}
