import type { ApprovalEvent } from "./types";

/**
 * The key that names one approval transition, `<approval id>:<event type>`
 * (e.g. `apr_123:exec.approval_requested`). It is the same for every copy of that transition
 * (stream, re-list, poll, webhook), so a ledger or a sink can drop repeats by it.
 *
 * @example
 * ```ts
 * deliveryKeyOf(event); // "apr_123:exec.approved"
 * ```
 */
export function deliveryKeyOf(event: Pick<ApprovalEvent, "type" | "data">): string {
  return `${event.data.id}:${event.type}`;
}

/**
 * The delivery key a sink should use: the notifier's `context.deliveryKey` when it passes one,
 * else {@link deliveryKeyOf} (the same format), so a sink works with or without it.
 */
export function resolveDeliveryKey(event: Pick<ApprovalEvent, "type" | "data">, context?: { deliveryKey?: string | undefined }): string {
  const given = context?.deliveryKey;
  return typeof given === "string" && given !== "" ? given : deliveryKeyOf(event);
}
