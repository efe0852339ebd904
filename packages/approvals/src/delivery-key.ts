import { transitionKey } from "./synthetic";
import type { ApprovalEvent } from "./types";

/**
 * The key that names one approval transition: `<approval id>:<event type>`, and for an escalation
 * `<approval id>:exec.approval_escalated:<level>` (each level is its own transition). It is the
 * same for every copy of that transition (stream, re-list, poll, webhook), so a ledger or a sink
 * can drop repeats by it.
 *
 * @example
 * ```ts
 * deliveryKeyOf(event); // "5f9c3b1a-…:exec.approved"
 * ```
 */
export function deliveryKeyOf(event: Pick<ApprovalEvent, "type" | "data">): string {
  const level = (event.data as { escalation_level?: unknown }).escalation_level;
  return transitionKey(event.type, { id: event.data.id, escalation_level: typeof level === "number" ? level : 0 });
}

/**
 * The delivery key a sink should use: the notifier's `context.deliveryKey` when it passes one,
 * else {@link deliveryKeyOf} (the same format), so a sink works with or without it.
 */
export function resolveDeliveryKey(event: Pick<ApprovalEvent, "type" | "data">, context?: { deliveryKey?: string | undefined }): string {
  const given = context?.deliveryKey;
  return typeof given === "string" && given !== "" ? given : deliveryKeyOf(event);
}
