import { XerotierSdkError } from "@xerotier/api";
import { brandError } from "@xerotier/api/internal";

/** Which ready sink an error came from. */
export type SinkName = "pagerduty" | "slack" | "webhook";

/**
 * A sink could not deliver: the provider answered with a non-2xx status, or the request failed or
 * timed out. Throwing it from `deliver` has the notifier retry; `isRetryable` says whether a retry
 * can help (429, 408 and 5xx, network errors and timeouts) or the request itself was refused.
 * The message never holds the webhook URL or keys. `status` is the provider's HTTP status.
 */
export class SinkDeliveryError extends XerotierSdkError<"sink_delivery_failed"> {
  /** The sink. */
  readonly sink: SinkName;

  /** Creates the error; `detail` is a short, secret-free description. */
  constructor(sink: SinkName, detail: string, init: { status?: number; isRetryable: boolean; cause?: unknown }) {
    super("sink_delivery_failed", `${sink} sink: ${detail}`, init);
    this.sink = sink;
  }

  static {
    brandError(this, "SinkDeliveryError");
  }
}
