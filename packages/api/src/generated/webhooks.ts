// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.
import type { webhooks } from "./schema";

/** Every event type the spec's `webhooks` section lists (documented catalogue, reserved types included). */
export const WEBHOOK_EVENT_TYPES = ["exec.dispatched","exec.completed","exec.failed","exec.timeout","exec.approval_requested","exec.approved","exec.rejected","exec.approval_escalated","exec.approval_timed_out","exec.agent_enrolled","exec.agent_offline","exec.ambiguous","exec.discovery_pending","exec.workspace_created","exec.workspace_budget_exhausted"] as const;

/** A webhook event type from the spec. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The (strict) payload of each webhook delivery, keyed by event type. */
export type WebhookPayloads = {
  [K in WebhookEventType]: webhooks[K]["post"]["requestBody"]["content"]["application/json"];
};

/** Header carrying the signature: Lower-case hex HMAC-SHA256, keyed with the webhook's signing secret, of `<X-Webhook-Timestamp>.<raw request body>` (documented). */
export const WEBHOOK_SIGNATURE_HEADER = "X-Webhook-Signature";
/** Format of the signature header's value. */
export const WEBHOOK_SIGNATURE_PATTERN = new RegExp("^[0-9a-f]{64}$");
/** Header carrying the signing time: When the delivery was signed, in unix seconds (documented). Receivers reject a timestamp more than 5 minutes (300 s) old: the replay tolerance. */
export const WEBHOOK_TIMESTAMP_HEADER = "X-Webhook-Timestamp";
/** Format of the timestamp header's value (unix seconds). */
export const WEBHOOK_TIMESTAMP_PATTERN = new RegExp("^[0-9]+$");
/** How old a delivery's timestamp may be, in seconds, as the spec states it. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
