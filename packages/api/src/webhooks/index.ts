// Public surface of webhook signing and verification; src/index.ts re-exports this file.
export { verifyWebhook } from "./verify";
export type { VerifyWebhookOptions, WebhookHeaders } from "./verify";
export { signWebhook, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from "./sign";
export type { SignedWebhook, SignWebhookOptions } from "./sign";
export { WebhookVerificationError } from "./errors";
export type { WebhookVerificationReason } from "./errors";
// Generated from the spec's `webhooks` section: the catalogue, header formats and tolerance.
export {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_SIGNATURE_PATTERN,
  WEBHOOK_TIMESTAMP_PATTERN,
  WEBHOOK_TOLERANCE_SECONDS,
} from "../generated/webhooks";
export type { WebhookEventType, WebhookPayloads } from "../generated/webhooks";
