// Public surface of webhook signing and verification; src/index.ts re-exports this file.
export { verifyWebhook } from "./verify";
export type { VerifyWebhookOptions, WebhookHeaders } from "./verify";
export { signWebhook, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from "./sign";
export type { SignedWebhook, SignWebhookOptions } from "./sign";
export { WebhookVerificationError } from "./errors";
export type { WebhookVerificationReason } from "./errors";
