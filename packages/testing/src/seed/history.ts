/**
 * Builders that write seeded history with past timestamps straight into the world state, and
 * a timeline that appends the matching events in time order (so replay reads like the past).
 */
import { recordLifecycle } from "../domain/agent-lifecycle";
import { armExpiry } from "../domain/approvals";
import { transition } from "../domain/invocation-lifecycle";
import { newInvocationRecord } from "../domain/invocations";
import { linkBinding } from "../domain/bindings";
import { bumpManifest, manifestHash } from "../domain/manifest";
import type { AgentRecord, ApprovalRecord, InvocationRecord, WorldState } from "../domain/state";
import { iso } from "../domain/time";
import type { Agent, ApprovalStatus, ArtifactRef, InvocationStatus, Risk, ToolDescriptor } from "../domain/types";

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

/** A seeded agent. */
export interface AgentSeed {
  id: string;
  name: string;
  region: string;
  workerId: string;
  status: Agent["status"];
  tools: ToolDescriptor[];
  createdAt: number;
  lastHeartbeatAt: number;
  curvePublicKey: string;
  curveRotatedAt?: number;
  joinKeyId: string;
  /** Bound at enrolment time. */
  workspaceIds: string[];
}

/** Adds a healthy agent, binds it, and records its `enrolled`/`bound` history and event. */
export function seedAgent(state: WorldState, timeline: Timeline, seed: AgentSeed): AgentRecord {
  const agent: Agent = {
    id: seed.id,
    object: "agent",
    name: seed.name,
    description: null,
    registration_name: seed.name,
    role: "xem",
    status: "healthy",
    exec_paused: false,
    paused_workspace_ids: [],
    region: seed.region,
    worker_id: seed.workerId,
    last_heartbeat_at: iso(seed.lastHeartbeatAt),
    manifest: { version: 1, hash: manifestHash(seed.tools, []), tools: structuredClone(seed.tools), workspace_ids: [] },
    curve_public_key: seed.curvePublicKey,
    curve_rotated_at: seed.curveRotatedAt === undefined ? null : iso(seed.curveRotatedAt),
    created_at: iso(seed.createdAt),
  };
  const rec: AgentRecord = { agent, lifecycle: [] };
  state.agents.set(agent.id, rec);
  recordLifecycle(state, agent.id, "enrolled", { join_key_id: seed.joinKeyId, region: seed.region }, seed.createdAt);
  for (const ws of seed.workspaceIds) {
    linkBinding(state, ws, agent.id, seed.createdAt);
    bumpManifest(agent);
  }
  timeline.add(seed.createdAt, "exec.agent_enrolled", { ...agent, last_heartbeat_at: iso(seed.createdAt) });
  return rec;
}

/** One seeded state change. */
export interface StepSeed {
  to: InvocationStatus;
  at: number;
  actor: string;
  reason?: string | null;
}

/** A seeded invocation and its history. */
export interface InvocationSeed {
  id: string;
  workspaceId: string;
  toolName: string;
  risk: Risk;
  arguments: Record<string, unknown>;
  agentId?: string;
  createdAt: number;
  steps: StepSeed[];
  /** Set just before a final step. */
  result?: { exitCode: number | null; stdout?: string; stderr?: string; artifacts?: ArtifactRef[]; error?: { code: string; message: string } };
}

const EXEC_EVENTS: Partial<Record<InvocationStatus, string>> = {
  dispatched: "exec.dispatched",
  completed: "exec.completed",
  failed: "exec.failed",
  timeout: "exec.timeout",
};

/** Adds an invocation and replays its steps with their past times (events go to the timeline). */
export function seedInvocation(state: WorldState, timeline: Timeline, seed: InvocationSeed, approvals: ApprovalRecord[] = []): InvocationRecord {
  const rec = newInvocationRecord(state, { workspace_id: seed.workspaceId, tool_name: seed.toolName, arguments: seed.arguments, risk: seed.risk }, seed.id);
  rec.invocation.created_at = iso(seed.createdAt);
  rec.invocation.approval_ids = approvals.map((a) => a.approval.id);
  for (const step of seed.steps) {
    if (step.to === "dispatched" && seed.agentId) rec.invocation.agent_id = seed.agentId;
    if (["completed", "failed", "timeout"].includes(step.to) && seed.result) {
      const { exitCode, stdout = "", stderr = "", artifacts = [], error } = seed.result;
      rec.invocation.exit_code = exitCode;
      rec.invocation.error = error ?? null;
      rec.output = { stdout, stderr, truncated: false, artifacts };
    }
    transition(state, rec, step.to, step.actor, step.reason ?? null, step.at);
    const type = EXEC_EVENTS[step.to];
    if (type) timeline.add(step.at, type, rec.invocation);
  }
  return rec;
}

/** A seeded approval. */
export interface ApprovalSeed {
  id: string;
  invocationId: string;
  workspaceId: string;
  agentId: string | null;
  toolName: string;
  risk: Risk;
  arguments: Record<string, unknown>;
  prompt: string;
  createdAt: number;
  /** Times of each escalation. */
  escalations?: number[];
  decision?: { status: Exclude<ApprovalStatus, "pending" | "escalated">; at: number; by: string; note?: string };
}

/** Adds an approval with its history; an open one gets its timeout armed. */
export function seedApproval(state: WorldState, timeline: Timeline, seed: ApprovalSeed): ApprovalRecord {
  const timeoutSeconds = seed.risk === "irreversible" ? state.config.approvalTimeoutSeconds.irreversible : state.config.approvalTimeoutSeconds.destructive;
  const rec: ApprovalRecord = {
    approval: {
      id: seed.id,
      object: "approval",
      status: "pending",
      risk: seed.risk,
      workspace_id: seed.workspaceId,
      agent_id: seed.agentId,
      invocation_id: seed.invocationId,
      tool_name: seed.toolName,
      tool_call: { name: seed.toolName, arguments: structuredClone(seed.arguments) },
      prompt: seed.prompt,
      timeout_seconds: timeoutSeconds,
      expires_at: iso(seed.createdAt + timeoutSeconds * 1000),
      created_at: iso(seed.createdAt),
      decided_at: null,
      decided_by: null,
      note: null,
      escalation_level: 0,
    },
  };
  const approval = rec.approval;
  state.approvals.set(approval.id, rec);
  timeline.add(seed.createdAt, "exec.approval_requested", approval);
  for (const at of seed.escalations ?? []) {
    Object.assign(approval, { status: "escalated", escalation_level: approval.escalation_level + 1, expires_at: iso(at + timeoutSeconds * 1000) });
    timeline.add(at, "exec.approval_escalated", approval);
  }
  if (seed.decision) {
    const { status, at, by, note } = seed.decision;
    Object.assign(approval, { status, decided_at: iso(at), decided_by: by, note: note ?? null });
    const type = status === "approved" ? "exec.approved" : status === "rejected" ? "exec.rejected" : "exec.approval_timed_out";
    timeline.add(at, type, approval);
  } else {
    armExpiry(state, rec);
  }
  return rec;
}
