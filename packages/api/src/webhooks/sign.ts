import { hmacHex, importSecret, signedPayload } from "./hmac";

/** Header names of a webhook delivery, as the Xerotier router sends them. */
export const WEBHOOK_SIGNATURE_HEADER = "X-Webhook-Signature";
/** Header carrying the unix-seconds timestamp that is part of the signed payload. */
export const WEBHOOK_TIMESTAMP_HEADER = "X-Webhook-Timestamp";

/** Input of {@link signWebhook}. */
export interface SignWebhookOptions {
  /** The exact body that will be sent. */
  body: string | Uint8Array;
  /** The endpoint's signing secret. */
  secret: string | Uint8Array;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
}

/** What {@link signWebhook} produces: the signature, the timestamp, and both as headers. */
export interface SignedWebhook {
  /** Lower-case hex HMAC-SHA256 of `<timestamp>.<body>`. */
  signature: string;
  /** The timestamp that was signed, as sent in the header. */
  timestamp: string;
  /** Ready-to-send `X-Webhook-Signature` and `X-Webhook-Timestamp` headers. */
  headers: { "X-Webhook-Signature": string; "X-Webhook-Timestamp": string };
}

/**
 * Signs a webhook body the way the Xerotier router does, for tests, fixtures and the reference
 * router. The signature is plain lower-case hex (no `sha256=` prefix).
 *
 * @example
 * ```ts
 * const { headers } = await signWebhook({ body, secret: "whsec_test" });
 * await fetch(url, { method: "POST", body, headers: { ...headers, "content-type": "application/json" } });
 * ```
 */
export async function signWebhook(options: SignWebhookOptions): Promise<SignedWebhook> {
  const seconds = options.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(seconds) || seconds < 0) throw new TypeError("timestamp must be a non-negative integer (unix seconds).");
  const timestamp = String(seconds);
  const key = await importSecret(options.secret);
  const signature = await hmacHex(key, signedPayload(timestamp, options.body));
  return {
    signature,
    timestamp,
    headers: { [WEBHOOK_SIGNATURE_HEADER]: signature, [WEBHOOK_TIMESTAMP_HEADER]: timestamp },
  };
}
