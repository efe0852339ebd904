import { found, RouterError } from "./router-error";
import { chooseAgent, transition, tryDispatch } from "./invocation-lifecycle";
import type { ApprovalRecord, InvocationRecord, WorldState } from "./state";
import { where } from "./paginate";
import { iso } from "./time";
import type { Approval, ApprovalDecisionInput, ApprovalFilter, ApprovalStatus, Invocation, Page } from "./types";

/** Approvals: list, show, approve, reject. Timeouts and escalation run on the clock. */
export interface ApprovalsApi {
  /** Newest first. */
  list(filter?: ApprovalFilter): Page<Approval>;
  /** 404 `approval_not_found` when unknown. */
  get(id: string): Approval;
  /** Approves and dispatches the invocation (or queues it when no agent is eligible). 409 when decided or timed out. */
  approve(id: string, input: ApprovalDecisionInput, actor: string): Approval;
  /** Rejects; the invocation ends `rejected`. 409 when decided or timed out. */
  reject(id: string, input: ApprovalDecisionInput, actor: string): Approval;
}

const OPEN: ReadonlySet<ApprovalStatus> = new Set(["pending", "escalated"]);

/** Gates a new invocation: `pending_approval`, then its approval for the agent that would take it now (`exec.approval_requested`, timeout armed). */
export function gate(state: WorldState, rec: InvocationRecord, actor: string, reason: string, prompt?: string): Approval {
  const { invocation: inv } = rec;
  transition(state, rec, "pending_approval", actor, reason);
  const agentId = chooseAgent(state, inv.workspace_id, inv.tool_name)?.agent.id ?? null;
  const approval = newApproval(state, inv, prompt ?? `${actor} requested ${inv.tool_name} ${JSON.stringify(inv.arguments)} in ${inv.workspace_id}.`, state.clock.now(), agentId);
  state.events.append("exec.approval_requested", approval.approval);
  armExpiry(state, approval);
  return approval.approval;
}

/** A pending approval of `invocation` created `at`, stored and linked to it; no event and no timer (callers add them). */
export function newApproval(state: WorldState, invocation: Invocation, prompt: string, at: number, agentId: string | null, id = state.ids("approval")): ApprovalRecord {
  const timeoutSeconds = state.config.approvalTimeoutSeconds[invocation.risk === "irreversible" ? "irreversible" : "destructive"];
  const approval: Approval = {
    id,
    object: "approval",
    status: "pending",
    risk: invocation.risk,
    workspace_id: invocation.workspace_id,
    agent_id: agentId,
    invocation_id: invocation.id,
    tool_name: invocation.tool_name,
    tool_call: { name: invocation.tool_name, arguments: structuredClone(invocation.arguments) },
    prompt,
    timeout_seconds: timeoutSeconds,
    expires_at: iso(at + timeoutSeconds * 1000),
    created_at: iso(at),
    decided_at: null,
    decided_by: null,
    note: null,
    escalation_level: 0,
  };
  const rec: ApprovalRecord = { approval };
  state.approvals.set(id, rec);
  invocation.approval_ids.push(id);
  return rec;
}

/** Schedules the next timeout stage at `expires_at` (used for new and seeded approvals). */
export function armExpiry(state: WorldState, rec: ApprovalRecord): void {
  rec.cancelTimer?.();
  const delay = Date.parse(rec.approval.expires_at) - state.clock.now();
  rec.cancelTimer = state.clock.schedule(Math.max(0, delay), () => {
    rec.cancelTimer = undefined;
    expireStage(state, rec);
  });
}

/** The event of each way an approval is decided. */
export const DECISION_EVENTS = { approved: "exec.approved", rejected: "exec.rejected", timed_out: "exec.approval_timed_out" } as const;

/** Decides an open approval: its final status, by whom, when and why, its timer stopped, and its event. */
function settle(state: WorldState, rec: ApprovalRecord, status: keyof typeof DECISION_EVENTS, by: string, note: string | null): void {
  rec.cancelTimer?.();
  rec.cancelTimer = undefined;
  Object.assign(rec.approval, { status, decided_at: iso(state.clock.now()), decided_by: by, note });
  state.events.append(DECISION_EVENTS[status], rec.approval);
}

/** One timeout: escalate (new stage, new expiry) or, past the last stage, time out and reject the invocation. */
function expireStage(state: WorldState, rec: ApprovalRecord): void {
  const approval = rec.approval;
  if (!OPEN.has(approval.status)) return;
  if (approval.escalation_level < state.config.maxEscalations) {
    approval.status = "escalated";
    approval.escalation_level += 1;
    approval.expires_at = iso(state.clock.now() + approval.timeout_seconds * 1000);
    state.events.append("exec.approval_escalated", approval);
    return armExpiry(state, rec);
  }
  settle(state, rec, "timed_out", "system", null);
  const inv = state.invocations.get(approval.invocation_id);
  if (inv?.invocation.status === "pending_approval") transition(state, inv, "rejected", "system", "approval_timed_out");
}

/** Closes the open approvals of an invocation being cancelled (they end `rejected`, event `exec.rejected`). */
export function closeApprovalsOnCancel(state: WorldState, inv: InvocationRecord, actor: string): void {
  for (const id of inv.invocation.approval_ids) {
    const rec = state.approvals.get(id);
    if (rec && OPEN.has(rec.approval.status)) settle(state, rec, "rejected", actor, "invocation cancelled");
  }
}

/** Creates the approvals API over the world state. */
export function createApprovalsApi(state: WorldState): ApprovalsApi {
  const find = (id: string): ApprovalRecord => {
    const rec = found(state.approvals, "approval", id);
    // A real clock may fire a timeout a little late; never accept a decision past the deadline.
    while (OPEN.has(rec.approval.status) && Date.parse(rec.approval.expires_at) <= state.clock.now()) {
      rec.cancelTimer?.();
      expireStage(state, rec);
    }
    return rec;
  };

  const decide = (id: string, decision: "approved" | "rejected", input: ApprovalDecisionInput, actor: string): Approval => {
    const rec = find(id);
    const approval = rec.approval;
    if (approval.status === "timed_out") {
      throw new RouterError(409, "approval_expired", `Approval '${id}' timed out at ${approval.decided_at}; it can no longer be decided.`);
    }
    if (!OPEN.has(approval.status)) throw new RouterError(409, "approval_already_resolved", `Approval '${id}' is already ${approval.status}.`);
    settle(state, rec, decision, actor, input.note ?? null);
    const inv = state.invocations.get(approval.invocation_id);
    if (inv?.invocation.status === "pending_approval") {
      if (decision === "rejected") transition(state, inv, "rejected", actor, "rejected");
      else if (!tryDispatch(state, inv, actor, "approved")) transition(state, inv, "queued", actor, "approved; waiting for an eligible agent");
    }
    return structuredClone(approval);
  };

  return {
    list: (filter = {}) => state.approvals.pageNewestFirst(filter, (r) => r.approval, where(filter)),
    get: (id) => structuredClone(find(id).approval),
    approve: (id, input, actor) => decide(id, "approved", input, actor),
    reject: (id, input, actor) => decide(id, "rejected", input, actor),
  };
}
