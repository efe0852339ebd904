import type { Approval, ApprovalEvent, ApprovalEventType } from "./types";

/**
 * The identity of a transition, independent of where it was seen (stream, re-list, poll): an
 * approval is requested once, decided once, and escalates once per level.
 */
export function transitionKey(type: ApprovalEventType, approval: Pick<ApprovalEvent["data"], "id" | "escalation_level">): string {
  // A server may omit the (decided) escalation level; it then reads as the first escalation.
  return type === "exec.approval_escalated" ? `${approval.id}:${type}:${approval.escalation_level ?? 1}` : `${approval.id}:${type}`;
}

/** Builds an event the SDK made up; `source` becomes the id prefix (`relist:` or `poll:`). */
export function syntheticEvent(source: "relist" | "poll", type: ApprovalEventType, approval: Approval, nowMs: number): ApprovalEvent {
  const at = type === "exec.approval_requested" ? approval.created_at : (approval.decided_at ?? undefined);
  const parsed = at === undefined ? Number.NaN : Date.parse(at);
  return {
    id: `${source}:${transitionKey(type, approval)}`,
    object: "event",
    type,
    created_at: Math.floor((Number.isFinite(parsed) ? parsed : nowMs) / 1000),
    data: approval,
  };
}

/** The events a change of status (or escalation level) between two reads of one approval implies. */
export function transitionEvents(before: Approval | undefined, after: Approval): ApprovalEventType[] {
  const types: ApprovalEventType[] = [];
  if (before === undefined) types.push("exec.approval_requested");
  // Escalation is read off the level, so one seen only after it timed out is still reported.
  if (after.escalation_level > (before?.escalation_level ?? 0)) types.push("exec.approval_escalated");
  if (before?.status !== after.status) {
    if (after.status === "approved") types.push("exec.approved");
    else if (after.status === "rejected") types.push("exec.rejected");
    else if (after.status === "timed_out") types.push("exec.approval_timed_out");
  }
  return types;
}
