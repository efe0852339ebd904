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

const BRAND = Symbol.for("xerotier.WebhookVerificationError");

/**
 * A rejected webhook delivery. Carries a `reason` code and a message; never the secret, the
 * signature or the body, so it is safe to log as is.
 *
 * @example
 * ```ts
 * try { event = await verifyWebhook({ body, headers, secret }); }
 * catch (err) { if (WebhookVerificationError.isInstance(err)) return new Response(err.reason, { status: 400 }); throw err; }
 * ```
 */
export class WebhookVerificationError extends Error {
  /** Machine-readable reason; see {@link WebhookVerificationReason}. */
  readonly reason: WebhookVerificationReason;

  /** Creates the error. Callers must keep secrets out of `message`. */
  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.name = "WebhookVerificationError";
    this.reason = reason;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** `instanceof` that also works across realms and duplicate copies of this package. */
  static isInstance(value: unknown): value is WebhookVerificationError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  /** A log-safe plain object. */
  toJSON(): { name: string; reason: WebhookVerificationReason; message: string } {
    return { name: this.name, reason: this.reason, message: this.message };
  }
}
