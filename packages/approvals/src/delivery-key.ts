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

const DECISION_TYPES = ["exec.approved", "exec.rejected", "exec.approval_timed_out"] as const;

/**
 * Where a transition stands in its approval's life: requested 0, escalation level n (1 when the
 * server omits it), a decision (approved, rejected, timed out) `Infinity`; -1 for a type the SDK
 * does not know. A notifier lets a higher rank supersede a lower one still waiting or retrying.
 */
export function transitionRank(event: Pick<ApprovalEvent, "type" | "data">): number {
  if (event.type === "exec.approval_requested") return 0;
  if (event.type === "exec.approval_escalated") {
    const level = (event.data as { escalation_level?: unknown }).escalation_level;
    return typeof level === "number" && level >= 1 ? level : 1;
  }
  return (DECISION_TYPES as readonly string[]).includes(event.type) ? Infinity : -1;
}

/**
 * The delivery keys of the approval's decision (approved, rejected, timed out) when `event` is an
 * earlier transition (requested, escalated), else none: once one of them was handled, `event` is
 * stale and must not reach a sink (a page after its resolve).
 */
export function decisionKeys(event: Pick<ApprovalEvent, "type" | "data">): string[] {
  const rank = transitionRank(event);
  if (rank < 0 || rank === Infinity) return [];
  return DECISION_TYPES.map((type) => transitionKey(type, { id: event.data.id, escalation_level: undefined }));
}
