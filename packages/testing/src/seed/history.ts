/** Builders writing seeded history with past times into the world state, and a timeline appending its events in time order. */
import { addAgent, bumpManifest, linkBinding, type NewAgent } from "../domain/agent-records";
import { armExpiry, DECISION_EVENTS, newApproval } from "../domain/approvals";
import { transition } from "../domain/invocation-lifecycle";
import { newInvocationRecord } from "../domain/invocations";
import type { AgentRecord, InvocationRecord, WorldState } from "../domain/state";
import { iso } from "../domain/time";
import type { ArtifactRef, InvocationStatus, Risk } from "../domain/types";

/** Events to append once every seeded object exists, sorted by time. */
export interface Timeline {
  add(at: number, type: string, data: object): void;
  flush(): void;
}

/** A timeline over the world's event log. */
export function createTimeline(state: WorldState): Timeline {
  const entries: Array<{ at: number; seq: number; type: string; data: object }> = [];
  return {
    add: (at, type, data) => entries.push({ at, seq: entries.length, type, data: structuredClone(data) }),
    flush() {
      entries.sort((a, b) => a.at - b.at || a.seq - b.seq);
      for (const e of entries.splice(0)) state.events.append(e.type, e.data, { at: e.at });
    },
  };
}

/** A seeded agent: a healthy XEM enrolled at `createdAt` with `joinKeyId`, bound at once to `workspaceIds`. */
export interface AgentSeed extends Omit<NewAgent, "registrationName" | "role"> {
  joinKeyId: string;
  workspaceIds: string[];
}

/** Adds a healthy agent, binds it, and records its `enrolled`/`bound` history and event. */
export function seedAgent(state: WorldState, timeline: Timeline, seed: AgentSeed): AgentRecord {
  const rec = addAgent(state, { ...seed, registrationName: seed.name, role: "xem" }, seed.joinKeyId);
  for (const ws of seed.workspaceIds) {
    linkBinding(state, ws, seed.id, seed.createdAt);
    bumpManifest(rec.agent);
  }
  timeline.add(seed.createdAt, "exec.agent_enrolled", { ...rec.agent, last_heartbeat_at: iso(seed.createdAt) });
  return rec;
}

/** One seeded state change. */
export interface StepSeed {
  to: InvocationStatus;
  at: number;
  actor: string;
  reason?: string | null;
}

/** How a seeded run ended: set just before its final step. */
export interface ResultSeed {
  exitCode: number | null;
  stdout?: string;
  stderr?: string;
  artifacts?: ArtifactRef[];
  error?: { code: string; message: string };
}

/** A seeded invocation and its history. */
export interface InvocationSeed {
  id: string;
  workspaceId: string;
  toolName: string;
  risk: Risk;
  arguments: Record<string, unknown>;
  /** The agent it is dispatched to. */
  agentId?: string;
  createdAt: number;
  steps: StepSeed[];
  result?: ResultSeed;
}

/** How a run ends: the result is set, then the step and its `exec.<status>` event (as `dispatched` has one). */
const RUN_ENDS: ReadonlySet<InvocationStatus> = new Set(["completed", "failed", "timeout"]);

function newSeededInvocation(state: WorldState, seed: Omit<InvocationSeed, "steps">): InvocationRecord {
  const rec = newInvocationRecord(state, { workspace_id: seed.workspaceId, tool_name: seed.toolName, arguments: seed.arguments, risk: seed.risk }, seed.id);
  rec.invocation.created_at = iso(seed.createdAt);
  return rec;
}

/** Replays the steps of a seeded invocation with their past times (events go to the timeline). */
function replaySteps(state: WorldState, timeline: Timeline, rec: InvocationRecord, seed: InvocationSeed): InvocationRecord {
  for (const step of seed.steps) {
    if (step.to === "dispatched" && seed.agentId) rec.invocation.agent_id = seed.agentId;
    if (RUN_ENDS.has(step.to) && seed.result) {
      const { exitCode, stdout = "", stderr = "", artifacts = [], error } = seed.result;
      rec.invocation.exit_code = exitCode;
      rec.invocation.error = error ?? null;
      rec.output = { stdout, stderr, truncated: false, artifacts };
    }
    transition(state, rec, step.to, step.actor, step.reason ?? null, step.at);
    if (step.to === "dispatched" || RUN_ENDS.has(step.to)) timeline.add(step.at, `exec.${step.to}`, rec.invocation);
  }
  return rec;
}

/** Adds an invocation and replays its steps. */
export function seedInvocation(state: WorldState, timeline: Timeline, seed: InvocationSeed): InvocationRecord {
  return replaySteps(state, timeline, newSeededInvocation(state, seed), seed);
}

/** A call of a gated tool, requested at `createdAt` by `requestedBy`, and what became of its approval. */
export interface GatedCallSeed extends Omit<InvocationSeed, "id" | "steps"> {
  invocationId: string;
  approvalId: string;
  requestedBy: string;
  prompt: string;
  /** The agent the approval routes to (and an approved call runs on). */
  agentId: string;
  /** Times of each escalation. */
  escalations?: number[];
  /** Absent: still pending (its timeout armed on the clock). */
  decision?: { status: "approved" | "rejected" | "timed_out"; at: number; by: string; note?: string };
  /** After an approval: the run's steps after `dispatched`. */
  run?: StepSeed[];
}

/** Adds a gated call: its invocation, its approval's history (requested, escalated, decided) and the invocation's steps. */
export function seedGatedCall(state: WorldState, timeline: Timeline, call: GatedCallSeed): InvocationRecord {
  const { decision, createdAt } = call;
  const rec = newSeededInvocation(state, { ...call, id: call.invocationId });
  const approval = newApproval(state, rec.invocation, call.prompt, createdAt, call.agentId, call.approvalId);
  const fields = approval.approval;
  timeline.add(createdAt, "exec.approval_requested", fields);
  for (const at of call.escalations ?? []) {
    Object.assign(fields, { status: "escalated", escalation_level: fields.escalation_level + 1, expires_at: iso(at + fields.timeout_seconds * 1000) });
    timeline.add(at, "exec.approval_escalated", fields);
  }
  const steps: StepSeed[] = [{ to: "pending_approval", at: createdAt, actor: call.requestedBy, reason: `${call.risk} tool: approval required` }];
  if (!decision) armExpiry(state, approval);
  else {
    Object.assign(fields, { status: decision.status, decided_at: iso(decision.at), decided_by: decision.by, note: decision.note ?? null });
    timeline.add(decision.at, DECISION_EVENTS[decision.status], fields);
    if (decision.status === "approved") steps.push({ to: "dispatched", at: decision.at, actor: decision.by, reason: "approved" }, ...(call.run ?? []));
    else steps.push({ to: "rejected", at: decision.at, actor: decision.by, reason: decision.status === "rejected" ? "rejected" : "approval_timed_out" });
  }
  return replaySteps(state, timeline, rec, { ...call, id: call.invocationId, steps });
}
