import { signWebhook } from "@xerotier/api";
import type { ApprovalEvent } from "../types";
import { sinkDeliveryKey, type ApprovalSink, type SinkContext } from "./context";
import { checkTimeoutMs, postToSink, urlSecrets, type SinkFetch } from "./http";

/** Options of {@link signedWebhookSink}. */
export interface SignedWebhookSinkOptions {
  /** Where to POST. */
  url: string;
  /** The shared signing secret; the receiver verifies with it (e.g. `verifyWebhook` from `@xerotier/api`). */
  secret: string | Uint8Array;
  /** Extra headers (e.g. an `Authorization` for a gateway). */
  headers?: Record<string, string>;
  /** Request timeout, ms. Default 10 000 (the 10 s Xerotier gives its own webhook receivers). */
  timeoutMs?: number;
  /** The `fetch` to use. Default `globalThis.fetch`. */
  fetch?: SinkFetch;
}

/** Header carrying the delivery key; the same on every retry and every replica's repeat. */
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

/**
 * A notifier sink that forwards each approval event to your own endpoint, signed exactly like
 * Xerotier's webhooks (`X-Webhook-Signature` = hex HMAC-SHA256 of `<timestamp>.<body>`,
 * `X-Webhook-Timestamp`), with the body the event envelope itself and an `Idempotency-Key`
 * header holding the delivery key, so the receiver can drop repeats. Any 2xx is success.
 *
 * @example
 * ```ts
 * const deliver = signedWebhookSink({ url: "https://ops.example.com/hooks/approvals", secret: process.env.HOOK_SECRET! });
 * // receiver: const event = await verifyWebhook({ body, headers, secret }); dedupe on headers["idempotency-key"]
 * ```
 */
export function signedWebhookSink(options: SignedWebhookSinkOptions): ApprovalSink {
  if (typeof options.url !== "string" || !/^https?:\/\//.test(options.url)) throw new TypeError("signedWebhookSink needs an http(s) url.");
  const timeoutMs = checkTimeoutMs(options.timeoutMs ?? 10_000);
  const secrets = [...(typeof options.secret === "string" ? [options.secret] : []), ...Object.values(options.headers ?? {}), ...urlSecrets(options.url)];
  return async (event: ApprovalEvent, context: SinkContext = {}) => {
    const body = JSON.stringify(event);
    const signed = await signWebhook({ body, secret: options.secret });
    await postToSink({
      sink: "webhook",
      fetch: options.fetch,
      url: options.url,
      body,
      headers: {
        ...options.headers,
        "Content-Type": "application/json",
        ...signed.headers,
        [IDEMPOTENCY_KEY_HEADER]: sinkDeliveryKey(event, context),
      },
      timeoutMs,
      signal: context.signal,
      secrets,
    });
  };
}
