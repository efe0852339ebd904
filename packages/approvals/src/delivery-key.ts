import { transitionKey } from "./synthetic";
import type { ApprovalEvent } from "./types";

/**
 * The stable identity of one notification: one per approval transition, the same whichever way
 * the event arrived (stream, re-list, polling, webhook, a redelivery after a restart).
 * `<approval id>:<event type>`, and for an escalation `<approval id>:exec.approval_escalated:<level>`
 * (each level is its own transition; a server that omits the level reads as the first). Pass it to a
 * sink that deduplicates: PagerDuty's `dedup_key`, an `Idempotency-Key` header, a unique key.
 *
 * @example
 * ```ts
 * deliveryKey(event); // "5f9c3b1a-…:exec.approved"
 * ```
 */
export function deliveryKey(event: Pick<ApprovalEvent, "type" | "data">): string {
  const level = (event.data as { escalation_level?: unknown }).escalation_level;
  return transitionKey(event.type, { id: event.data.id, escalation_level: typeof level === "number" ? level : undefined });
}

/**
 * The delivery key a sink should use: the notifier's `context.deliveryKey` when it passes one,
 * else {@link deliveryKey} (the same format), so a sink also works outside a notifier.
 */
export function resolveDeliveryKey(event: Pick<ApprovalEvent, "type" | "data">, context?: { deliveryKey?: string | undefined }): string {
  const given = context?.deliveryKey;
  return typeof given === "string" && given !== "" ? given : deliveryKey(event);
}
