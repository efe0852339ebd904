import { brandError } from "../core/brand";
import { XerotierSdkError } from "../sdk-error";

/** Why a webhook delivery was rejected. Answer 400/401 for all of them; log the reason. */
export type WebhookVerificationReason =
  /** No `X-Webhook-Signature` header. */
  | "missing_signature"
  /** No `X-Webhook-Timestamp` header. */
  | "missing_timestamp"
  /** The timestamp is not unix seconds. */
  | "invalid_timestamp"
  /** Authentic, but older (a replay?) or further in the future than the tolerance: check clocks. */
  | "timestamp_out_of_tolerance"
  /** The signature is malformed or does not match: wrong secret, or the body was altered. */
  | "signature_mismatch"
  /** Authentic, but the body is not a valid event envelope. */
  | "invalid_payload";

/**
 * A rejected webhook delivery. Carries a `reason` code and a message; never the secret, the
 * signature or the body, so it is safe to log as is. A {@link XerotierSdkError}.
 *
 * @example
 * ```ts
 * try { event = await verifyWebhook({ body, headers, secret }); }
 * catch (err) { if (err instanceof WebhookVerificationError) return new Response(err.reason, { status: 400 }); throw err; }
 * ```
 */
export class WebhookVerificationError extends XerotierSdkError<WebhookVerificationReason> {
  static {
    brandError(this, "WebhookVerificationError");
  }
}
