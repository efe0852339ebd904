import type { ApprovalEvent } from "./types";

/**
 * The stable identity of one notification: one per approval transition, the same whichever way
 * the event arrived (stream, re-list, polling, webhook, a redelivery after a restart).
 * `<approval id>:<event type>`, plus `:<escalation level>` for `exec.approval_escalated` when the
 * server sends the level. Pass it to a sink that deduplicates: PagerDuty's `dedup_key`, an
 * `Idempotency-Key` header, a database unique key.
 *
 * @example
 * ```ts
 * deliveryKey(event); // "1f6b…:exec.approval_requested"
 * ```
 */
export function deliveryKey(event: Pick<ApprovalEvent, "type" | "data">): string {
  const approval = event.data as { id?: unknown; escalation_level?: unknown } | undefined;
  const id = typeof approval?.id === "string" ? approval.id : "";
  const level = approval?.escalation_level;
  const escalation = event.type === "exec.approval_escalated" && typeof level === "number" ? `:${level}` : "";
  return `${id}:${event.type}${escalation}`;
}
