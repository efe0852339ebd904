// Test factories: valid event payloads built from the spec's examples (openapi/xerotier.yaml),
// so a test states only the fields it is about and every known-type event passes validation.
import type { AgentEventData, ApprovalEventData, InvocationEventData } from "../types";
import { AGENT_EVENT_TYPES, APPROVAL_EVENT_TYPES, isEventType } from "../types";

/** The spec's `ApprovalEvent` example `data`: a pending destructive approval. */
const APPROVAL: ApprovalEventData = {
  id: "5f9c3b1a-8d0e-4c2f-9c1d-2b9f5e7a8c10",
  object: "approval",
  status: "pending",
  risk: "destructive",
  workspace_id: "ws_8f2c1a04b9e7",
  agent_id: "agt_xem_fleet_01",
  invocation_id: "inv_7Q2b9x",
  tool_name: "kubectl_drain",
  tool_call: { name: "kubectl_drain", arguments: { node: "node-7" } },
  prompt: "Drain node-7 before the kernel upgrade.",
  timeout_seconds: 900,
  expires_at: "2026-11-24T09:15:00Z",
  created_at: "2026-11-24T09:00:00Z",
  decided_at: null,
  decided_by: null,
  note: null,
  escalation_level: 0,
};

/** The spec's `InvocationEvent` example `data`: a completed read-only call. */
const INVOCATION: InvocationEventData = {
  id: "inv_7Q2b9x",
  object: "invocation",
  workspace_id: "ws_8f2c1a04b9e7",
  tool_name: "kubectl_get",
  arguments: { resource: "pods" },
  risk: "read",
  status: "completed",
  agent_id: "agt_xem_fleet_01",
  approval_ids: [],
  exit_code: 0,
  created_at: "2026-11-24T09:00:00Z",
  started_at: "2026-11-24T09:00:01Z",
  finished_at: "2026-11-24T09:00:02Z",
  duration_ms: 1000,
  error: null,
  transitions: [],
};

/** The spec's `AgentStatusEvent` example `data`: an agent that went offline. */
const AGENT: AgentEventData = {
  id: "agt_xem_fleet_02",
  object: "agent",
  name: "xem-edge-02",
  description: null,
  registration_name: "xem-edge-02",
  role: "xem",
  status: "offline",
  exec_paused: false,
  paused_workspace_ids: [],
  region: "eu-west-1",
  worker_id: "wrk_8b1c",
  last_heartbeat_at: "2026-11-24T08:00:00Z",
  manifest: { version: 1, hash: "sha256:00aa", tools: [], workspace_ids: [] },
  curve_public_key: "abc",
  curve_rotated_at: null,
  created_at: "2026-11-20T12:00:00Z",
};

/** A valid approval (the `data` of approval events); `overrides` replace top-level fields. */
export function approvalData(overrides: Partial<ApprovalEventData> = {}): ApprovalEventData {
  return { ...structuredClone(APPROVAL), ...overrides };
}

/** A valid invocation (the `data` of exec outcome events); `overrides` replace top-level fields. */
export function invocationData(overrides: Partial<InvocationEventData> = {}): InvocationEventData {
  return { ...structuredClone(INVOCATION), ...overrides };
}

/** A valid agent (the `data` of agent events); `overrides` replace top-level fields. */
export function agentData(overrides: Partial<AgentEventData> = {}): AgentEventData {
  return { ...structuredClone(AGENT), ...overrides };
}

// The status each event type implies, so default payloads read like what the server would send.
const STATUS_BY_TYPE: Record<string, string> = {
  "exec.approval_requested": "pending",
  "exec.approved": "approved",
  "exec.rejected": "rejected",
  "exec.approval_escalated": "escalated",
  "exec.approval_timed_out": "timed_out",
  "exec.dispatched": "dispatched",
  "exec.completed": "completed",
  "exec.failed": "failed",
  "exec.timeout": "timeout",
  "exec.agent_enrolled": "pending",
  "exec.agent_offline": "offline",
};

/**
 * Valid `data` for an event of `type`: an approval, invocation or agent whose status matches the
 * type, or `{}` for a type this SDK does not know (only the envelope is checked for those).
 */
export function dataFor(type: string): Record<string, unknown> {
  if (!isEventType(type)) return {};
  const status = STATUS_BY_TYPE[type];
  if ((AGENT_EVENT_TYPES as readonly string[]).includes(type)) return { ...agentData(), status };
  if ((APPROVAL_EVENT_TYPES as readonly string[]).includes(type)) return { ...approvalData(), status };
  return { ...invocationData(), status };
}

/** An event envelope as the server sends it. */
export interface TestEvent<TType extends string = string> {
  id: string;
  object: "event";
  type: TType;
  created_at: number;
  data: Record<string, unknown>;
}

/**
 * A valid event of `type`; `data` defaults to {@link dataFor}(type), `overrides` replace envelope fields.
 *
 * @example
 * ```ts
 * event("exec.approved", approvalData({ note: "ok" }), { id: "evt_7" });
 * ```
 */
export function event<TType extends string>(
  type: TType,
  data: Record<string, unknown> = dataFor(type),
  overrides: Partial<Omit<TestEvent, "type" | "data">> = {},
): TestEvent<TType> {
  return { id: "evt_01J9ZK3F", object: "event", type, created_at: 1_732_435_200, data, ...overrides };
}
