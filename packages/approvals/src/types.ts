import type { ApprovalEvent as ApiApprovalEvent } from "@xerotier/api";
import type { Approval, ApprovalEventType, ApprovalStatus, Risk } from "@xerotier/api/internal";

export type { Approval, ApprovalStatus, Risk };
/**
 * An approval event, as the event stream, the polling fallback and webhooks deliver it.
 * Synthetic events (from a re-list or from polling) have ids starting `relist:` or `poll:`;
 * see {@link isSyntheticEvent}.
 */
export type ApprovalEvent = ApiApprovalEvent;
/** The approval an event carries, read tolerantly: only `id` and `status` are sure to be there. */
export type EventApproval = ApprovalEvent["data"];
/** `exec.approval_requested`, `exec.approved`, `exec.rejected`, `exec.approval_escalated` or `exec.approval_timed_out`. */
export type { ApprovalEventType };

/** Which approvals to list or watch; every field is optional and they combine with AND. */
export interface ApprovalFilter {
  /** Only approvals of this workspace (`ws_…`). */
  workspaceId?: string;
  /** Only approvals in this status. */
  status?: ApprovalStatus;
  /** Only approvals at this risk level. */
  risk?: Risk;
  /** Only approvals routed to this agent (`agt_…`). */
  agentId?: string;
}

/** Statuses in which an approval can still be approved or rejected. */
export const OPEN_STATUSES: ReadonlySet<string> = new Set<ApprovalStatus>(["pending", "escalated"]);

/** The final statuses the SDK knows: an approval in one of them can no longer change. */
export const FINAL_STATUSES: ReadonlySet<string> = new Set<ApprovalStatus>(["approved", "rejected", "timed_out"]);

/**
 * True once an approval is known to be final: approved, rejected or timed out. A status the SDK
 * does not know (e.g. a server's `cancelling`), or a missing one, is never "decided".
 */
export function isDecided(approval: { readonly status?: unknown }): boolean {
  return typeof approval.status === "string" && FINAL_STATUSES.has(approval.status);
}

/** True for a status the SDK knows (open or final); anything else is schema drift to report. */
export function isKnownStatus(status: unknown): boolean {
  return typeof status === "string" && (OPEN_STATUSES.has(status) || FINAL_STATUSES.has(status));
}

/** Whether an approval passes a filter (used for the parts the server cannot filter on, e.g. `status` of events). */
export function matchesFilter(
  approval: Pick<ApprovalEvent["data"], "workspace_id" | "status" | "risk" | "agent_id">,
  filter: ApprovalFilter,
): boolean {
  return (
    (filter.workspaceId === undefined || approval.workspace_id === filter.workspaceId) &&
    (filter.status === undefined || approval.status === filter.status) &&
    (filter.risk === undefined || approval.risk === filter.risk) &&
    (filter.agentId === undefined || approval.agent_id === filter.agentId)
  );
}

/**
 * True for an event the SDK made up rather than received: after a `stream.reset` (`relist:` ids)
 * or while polling (`poll:` ids). Its `data` is the approval as listed at that moment.
 */
export function isSyntheticEvent(event: Pick<ApprovalEvent, "id">): boolean {
  return event.id.startsWith("relist:") || event.id.startsWith("poll:");
}
