import { isApprovalEvent, verifyWebhook, type VerifyWebhookOptions } from "@xerotier/api";
import type { ApprovalEvent } from "./types";

/** Input of {@link parseApprovalWebhook}: the api's `verifyWebhook` options. */
export type ParseApprovalWebhookOptions = VerifyWebhookOptions;

/**
 * Verifies a webhook delivery (signature, timestamp tolerance, envelope) with `verifyWebhook`
 * from `@xerotier/api` and returns it as the same {@link ApprovalEvent} type `watch` yields, or
 * `undefined` when the delivery is a valid event of another kind (an exec or agent event), so a
 * notifier can take events from either source. Verification failures throw the api's
 * `WebhookVerificationError`.
 *
 * @example
 * ```ts
 * const event = await parseApprovalWebhook({ body: await request.text(), headers: request.headers, secret });
 * if (event) await notifier.handle(event);
 * ```
 */
export async function parseApprovalWebhook(options: ParseApprovalWebhookOptions): Promise<ApprovalEvent | undefined> {
  const event = await verifyWebhook(options);
  return isApprovalEvent(event) ? event : undefined;
}
