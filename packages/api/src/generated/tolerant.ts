// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.
// The tolerant reading (see scripts/tolerant-from-spec.mjs): types and drift checks.
/* eslint-disable */
import type { components } from "./schema";

type Strict = components["schemas"];
type Obj = Record<string, unknown>;

/** One finding: `path` (e.g. `data.timeout_seconds`, `data.transitions[].to`) is not `expected`. */
export interface FieldIssue {
  /** Dotted path from the value read; array items are `[]`, so one field is one path. */
  path: string;
  /** The JSON type the spec gives the field. */
  expected: string;
  /** The JSON type received (`missing` for an absent required field). */
  received: string;
}

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** JSON type of a value, for reports. */
export function jsonTypeOf(v: unknown): string {
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** Tolerant reading of `Health`: every field optional. */
export interface Health {
  /** Always `ok` when the router answers. */
  "status"?: "ok" | (string & {}) | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ErrorCode`: known values, or any other string. */
export type ErrorCode = "invalid_body" | "invalid_request" | "json_parse_error" | "exec_tool_not_found" | "tool_not_mcp_visible" | "authentication_error" | "scope_insufficient" | "cross_project_access" | "project_not_found" | "approval_not_found" | "invocation_not_found" | "agent_not_found" | "join_key_not_found" | "workspace_not_found" | "binding_not_found" | "artifact_not_found" | "approval_already_resolved" | "approval_expired" | "idempotency_key_reused" | "invocation_already_finished" | "rate_limit_exceeded" | "capacity_exceeded" | "quota_exceeded" | "payload_too_large" | "unsupported_media_type" | "internal_error" | "backend_unavailable" | "endpoint_inactive" | "model_provisioning" | "tool_executor_unavailable" | (string & {});

/** Tolerant reading of `RetryStrategy`: every field optional. */
export interface RetryStrategy {
  /** Backoff kind, e.g. `exponential`. */
  "type"?: string | null;
  /** First delay in milliseconds. */
  "initial_delay_ms"?: number | null;
  /** Largest delay in milliseconds. */
  "max_delay_ms"?: number | null;
  /** Growth factor between attempts. */
  "multiplier"?: number | null;
  /** Whether to randomise each delay. */
  "jitter"?: boolean | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ErrorBody`: every field optional. */
export interface ErrorBody {
  /** Human-readable explanation. */
  "message"?: string | null;
  /** Category, e.g. `invalid_request_error`; branch on `code` first. */
  "type"?: string | null;
  /** Stable machine-readable code, or null. */
  "code"?: ErrorCode | null;
  /** The offending request parameter, or null. */
  "param"?: string | null;
  /** On 429 only. Seconds to wait; mirrors `Retry-After`. */
  "retry_after"?: number | null;
  "retry_strategy"?: RetryStrategy | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ErrorEnvelope`: every field optional. */
export interface ErrorEnvelope {
  "error"?: ErrorBody | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `Risk`: known values, or any other string. */
export type Risk = Strict["Risk"] | (string & {});

/** Tolerant reading of `AgentRole`: known values, or any other string. */
export type AgentRole = Strict["AgentRole"] | (string & {});

/** Tolerant reading of `AgentStatus`: known values, or any other string. */
export type AgentStatus = Strict["AgentStatus"] | (string & {});

/** Tolerant reading of `ToolDescriptor`: every field optional. */
export interface ToolDescriptor {
  /** The tool's name. */
  "name"?: string | null;
  /** What the tool does. */
  "description"?: string | null;
  "risk"?: Risk | null;
  /** The tool family, e.g. `kubernetes`. */
  "domain"?: string | null;
  /** Declared execution timeout. */
  "timeout_ms"?: number | null;
  /** JSON Schema of the tool's arguments. */
  "parameters"?: Record<string, unknown> | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `Manifest`: every field optional. */
export interface Manifest {
  /** Bumped when the tool set or bindings change. */
  "version"?: number | null;
  /** Digest of the manifest, recomputed each renewal. */
  "hash"?: string | null;
  /** Every tool the agent can execute. */
  "tools"?: Array<ToolDescriptor> | null;
  /** Every workspace the agent serves. */
  "workspace_ids"?: Array<string> | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `Agent`: requires only `id`, `status`. */
export interface Agent {
  /** Agent id, `agt_…` (documented prefix). */
  "id": string;
  /** Always `agent`. */
  "object"?: "agent" | (string & {}) | null;
  /** Display name. */
  "name"?: string | null;
  /** Free-text description. */
  "description"?: string | null;
  /** Operator-chosen name, unique per project. */
  "registration_name"?: string | null;
  "role"?: AgentRole | null;
  "status": AgentStatus;
  /** True when dispatch to the agent is paused for every workspace. */
  "exec_paused"?: boolean | null;
  /** Workspaces for which dispatch to this agent is paused. */
  "paused_workspace_ids"?: Array<string> | null;
  /** Region inherited from the join key. */
  "region"?: string | null;
  /** The worker process identity. */
  "worker_id"?: string | null;
  /** Time of the last lease renewal. */
  "last_heartbeat_at"?: string | null;
  "manifest"?: Manifest | null;
  /** The agent's current Curve25519 public key (Z85). */
  "curve_public_key"?: string | null;
  /** Time of the last CURVE rotation. */
  "curve_rotated_at"?: string | null;
  /** Enrolment time. */
  "created_at"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `AgentList`: requires only `data`. */
export interface AgentList {
  /** Always `list`. */
  "object"?: "list" | (string & {}) | null;
  /** The page. */
  "data": Array<Agent>;
  /** Whether another page follows. */
  "has_more"?: boolean | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `AgentUpdate`: every field optional. */
export interface AgentUpdate {
  /** New display name. */
  "name"?: string | null;
  /** New description. */
  "description"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `DeletedAgent`: every field optional. */
export interface DeletedAgent {
  /** The removed agent's id. */
  "id"?: string | null;
  /** Always `agent`. */
  "object"?: "agent" | (string & {}) | null;
  /** Always true. */
  "deleted"?: true | (string & {}) | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ExecScope`: every field optional. */
export interface ExecScope {
  /** Limit the change to this workspace. */
  "workspace_id"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `CurveRotateRequest`: every field optional. */
export interface CurveRotateRequest {
  /** Free-text reason. */
  "reason"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `CurveRotation`: requires only `agent_id`. */
export interface CurveRotation {
  /** Always `curve_rotation`. */
  "object"?: "curve_rotation" | (string & {}) | null;
  /** The rotated agent. */
  "agent_id": string;
  /** The cut-over time recorded in the audit log. */
  "rotated_at"?: string | null;
  /** The new public key. */
  "curve_public_key"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `AgentLifecycleEvent`: requires only `id`, `type`. */
export interface AgentLifecycleEvent {
  /** Event id, `evt_…`. */
  "id": string;
  /** Always `agent_event`. */
  "object"?: "agent_event" | (string & {}) | null;
  /** The agent. */
  "agent_id"?: string | null;
  /** What happened. */
  "type": "enrolled" | "status_changed" | "exec_paused" | "exec_resumed" | "curve_rotated" | "manifest_updated" | "bound" | "unbound" | (string & {});
  /** When it happened. */
  "created_at"?: string | null;
  /** Type-specific details (e.g. `from`/`to` status, `workspace_id`, `reason`). */
  "details"?: Record<string, unknown> | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `AgentLifecycleEventList`: requires only `data`. */
export interface AgentLifecycleEventList {
  /** Always `list`. */
  "object"?: "list" | (string & {}) | null;
  /** The page. */
  "data": Array<AgentLifecycleEvent>;
  /** Whether another page follows. */
  "has_more"?: boolean | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `JoinKeyStatus`: known values, or any other string. */
export type JoinKeyStatus = Strict["JoinKeyStatus"] | (string & {});

/** Tolerant reading of `JoinKey`: requires only `id`. */
export interface JoinKey {
  /** Join key id, `jk_…` (documented prefix). */
  "id": string;
  /** Always `join_key`. */
  "object"?: "join_key" | (string & {}) | null;
  /** Operator-chosen name. */
  "name"?: string | null;
  /** Region given to the agent it enrols. */
  "region"?: string | null;
  /** Router address the agent dials, e.g. `tcp://router.example.com:5555`. */
  "router_addr"?: string | null;
  "role"?: AgentRole | null;
  "status"?: JoinKeyStatus | null;
  /** After this the key can no longer enrol. */
  "expires_at"?: string | null;
  /** Mint time. */
  "created_at"?: string | null;
  /** The agent it enrolled, once consumed. */
  "consumed_by_agent_id"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `JoinKeyWithSecret`: every field optional. */
export type JoinKeyWithSecret = JoinKey & {
  /** The secret to hand to the agent as `XEM_JOIN_KEY`. Shown once. */
  "key"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
};

/** Tolerant reading of `JoinKeyCreate`: every field optional. */
export interface JoinKeyCreate {
  /** Operator-chosen name. */
  "name"?: string | null;
  /** Region for the enrolled agent. */
  "region"?: string | null;
  /** Router address, `tcp://<host>:<port>`. */
  "router_addr"?: string | null;
  "role"?: AgentRole | null;
  /** Lifetime of the key. */
  "expires_in_hours"?: number | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `JoinKeyList`: requires only `data`. */
export interface JoinKeyList {
  /** Always `list`. */
  "object"?: "list" | (string & {}) | null;
  /** The page. */
  "data": Array<JoinKey>;
  /** Whether another page follows. */
  "has_more"?: boolean | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `Workspace`: requires only `id`. */
export interface Workspace {
  /** Workspace id, `ws_…` (documented prefix). */
  "id": string;
  /** Always `workspace`. */
  "object"?: "workspace" | (string & {}) | null;
  /** Display name, e.g. `kubernetes-prod`. */
  "name"?: string | null;
  /** Workspace type, e.g. `kubernetes`. */
  "type"?: string | null;
  /** Agents bound to serve it. */
  "agent_ids"?: Array<string> | null;
  /** Creation time. */
  "created_at"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `WorkspaceList`: requires only `data`. */
export interface WorkspaceList {
  /** Always `list`. */
  "object"?: "list" | (string & {}) | null;
  /** The page. */
  "data": Array<Workspace>;
  /** Whether another page follows. */
  "has_more"?: boolean | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `WorkspaceBinding`: requires only `workspace_id`, `agent_id`. */
export interface WorkspaceBinding {
  /** Binding id, `<workspace_id>:<agent_id>`; pagination cursor. */
  "id"?: string | null;
  /** Always `workspace_binding`. */
  "object"?: "workspace_binding" | (string & {}) | null;
  /** The workspace. */
  "workspace_id": string;
  /** The agent. */
  "agent_id": string;
  /** When the binding was made. */
  "created_at"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `WorkspaceBindingCreate`: every field optional. */
export interface WorkspaceBindingCreate {
  /** The agent. */
  "agent_id"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `WorkspaceBindingList`: requires only `data`. */
export interface WorkspaceBindingList {
  /** Always `list`. */
  "object"?: "list" | (string & {}) | null;
  /** The page. */
  "data": Array<WorkspaceBinding>;
  /** Whether another page follows. */
  "has_more"?: boolean | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `DeletedWorkspaceBinding`: every field optional. */
export interface DeletedWorkspaceBinding {
  /** Always `workspace_binding`. */
  "object"?: "workspace_binding" | (string & {}) | null;
  /** The workspace. */
  "workspace_id"?: string | null;
  /** The agent. */
  "agent_id"?: string | null;
  /** Always true. */
  "deleted"?: true | (string & {}) | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `Tool`: requires only `name`. */
export interface Tool {
  /** Always `tool`. */
  "object"?: "tool" | (string & {}) | null;
  /** The tool's name; also its id for pagination. */
  "name": string;
  /** What the tool does. */
  "description"?: string | null;
  "risk"?: Risk | null;
  /** The tool family. */
  "domain"?: string | null;
  /** Declared execution timeout. */
  "timeout_ms"?: number | null;
  /** JSON Schema of the arguments. */
  "parameters"?: Record<string, unknown> | null;
  /** Online agents publishing the tool. */
  "agent_ids"?: Array<string> | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ToolList`: requires only `data`. */
export interface ToolList {
  /** Always `list`. */
  "object"?: "list" | (string & {}) | null;
  /** The page. */
  "data": Array<Tool>;
  /** Whether another page follows. */
  "has_more"?: boolean | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `InvocationStatus`: known values, or any other string. */
export type InvocationStatus = Strict["InvocationStatus"] | (string & {});

/** Tolerant reading of `InvocationTransition`: every field optional. */
export interface InvocationTransition {
  /** The previous status; null for the first entry. */
  "from"?: InvocationStatus | null;
  "to"?: InvocationStatus | null;
  /** When it happened. */
  "at"?: string | null;
  /** Who caused it: `system`, `agent:<id>`, `user:<name>`, `api_key:<prefix>`. */
  "actor"?: string | null;
  /** Why, when known. */
  "reason"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `InvocationError`: every field optional. */
export interface InvocationError {
  /** Machine-readable cause, e.g. `non_zero_exit`, `tool_timeout`. */
  "code"?: string | null;
  /** Human-readable cause. */
  "message"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `Invocation`: requires only `id`, `status`. */
export interface Invocation {
  /** Invocation id, `inv_…` (also the execution id; prefix decided). */
  "id": string;
  /** Always `invocation`. */
  "object"?: "invocation" | (string & {}) | null;
  /** The workspace. */
  "workspace_id"?: string | null;
  /** The tool called. */
  "tool_name"?: string | null;
  /** The call's arguments. */
  "arguments"?: Record<string, unknown> | null;
  "risk"?: Risk | null;
  "status": InvocationStatus;
  /** The agent it was dispatched to, once dispatched. */
  "agent_id"?: string | null;
  /** Approvals requested for this call. */
  "approval_ids"?: Array<string> | null;
  /** The tool's exit code, once finished. */
  "exit_code"?: number | null;
  /** When it was requested. */
  "created_at"?: string | null;
  /** When it started running. */
  "started_at"?: string | null;
  /** When it reached a final status. */
  "finished_at"?: string | null;
  /** Running time, once finished. */
  "duration_ms"?: number | null;
  /** Why it failed, or null. */
  "error"?: InvocationError | null;
  /** Every state change, oldest first. */
  "transitions"?: Array<InvocationTransition> | null;
  /** The W3C trace id of the valid `traceparent` header the create request carried (32 lowercase hex digits); absent or null when it carried none (decided). */
  "trace_id"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `InvocationCreate`: every field optional. */
export interface InvocationCreate {
  /** The workspace to run it in. */
  "workspace_id"?: string | null;
  /** The tool to call. */
  "tool_name"?: string | null;
  /** Arguments matching the tool's parameter schema. */
  "arguments"?: Record<string, unknown> | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `InvocationList`: requires only `data`. */
export interface InvocationList {
  /** Always `list`. */
  "object"?: "list" | (string & {}) | null;
  /** The page. */
  "data": Array<Invocation>;
  /** Whether another page follows. */
  "has_more"?: boolean | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ArtifactRef`: every field optional. */
export interface ArtifactRef {
  /** Artifact id, `cart_…` (documented prefix). */
  "id"?: string | null;
  /** File name. */
  "name"?: string | null;
  /** MIME type. */
  "media_type"?: string | null;
  /** Size of the content. */
  "size_bytes"?: number | null;
  /** The chat that owns it. */
  "chat_id"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `InvocationOutput`: requires only `invocation_id`. */
export interface InvocationOutput {
  /** Always `invocation_output`. */
  "object"?: "invocation_output" | (string & {}) | null;
  /** The invocation. */
  "invocation_id": string;
  /** Standard output. */
  "stdout"?: string | null;
  /** Standard error. */
  "stderr"?: string | null;
  /** Exit code, or null if it never ran. */
  "exit_code"?: number | null;
  /** Whether stdout or stderr was cut. */
  "truncated"?: boolean | null;
  /** Artifacts it produced. */
  "artifacts"?: Array<ArtifactRef> | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ArtifactContent`: requires only `id`, `content`. */
export interface ArtifactContent {
  /** Artifact id, `cart_…` (documented prefix). */
  "id": string;
  /** Always `artifact`. */
  "object"?: "artifact" | (string & {}) | null;
  /** The owning chat. */
  "chat_id"?: string | null;
  /** File name. */
  "name"?: string | null;
  /** MIME type. */
  "media_type"?: string | null;
  /** Size of the decoded content. */
  "size_bytes"?: number | null;
  /** How `content` is encoded. */
  "encoding"?: "utf-8" | "base64" | (string & {}) | null;
  /** The content. */
  "content": string;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ApprovalStatus`: known values, or any other string. */
export type ApprovalStatus = Strict["ApprovalStatus"] | (string & {});

/** Tolerant reading of `ToolCall`: every field optional. */
export interface ToolCall {
  /** The tool. */
  "name"?: string | null;
  /** Its arguments. */
  "arguments"?: Record<string, unknown> | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `Approval`: requires only `id`, `status`. */
export interface Approval {
  /** Approval id (a UUID, documented). */
  "id": string;
  /** Always `approval`. */
  "object"?: "approval" | (string & {}) | null;
  "status": ApprovalStatus;
  "risk"?: Risk | null;
  /** The workspace. */
  "workspace_id"?: string | null;
  /** The agent the call will be routed to, when known. */
  "agent_id"?: string | null;
  /** The gated invocation. */
  "invocation_id"?: string | null;
  /** The tool. */
  "tool_name"?: string | null;
  "tool_call"?: ToolCall | null;
  /** The chat prompt that led to the call. */
  "prompt"?: string | null;
  /** Wait before timing out (900 destructive, 3600 irreversible by default). */
  "timeout_seconds"?: number | null;
  /** When the current stage times out. */
  "expires_at"?: string | null;
  /** When it was requested. */
  "created_at"?: string | null;
  /** When it was decided. */
  "decided_at"?: string | null;
  /** Who decided it. */
  "decided_by"?: string | null;
  /** The reviewer's note. */
  "note"?: string | null;
  /** How many times it escalated to the next stage. */
  "escalation_level"?: number | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ApprovalList`: requires only `data`. */
export interface ApprovalList {
  /** Always `list`. */
  "object"?: "list" | (string & {}) | null;
  /** The page. */
  "data": Array<Approval>;
  /** Whether another page follows. */
  "has_more"?: boolean | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ApprovalDecision`: every field optional. */
export interface ApprovalDecision {
  /** Why the request was approved or rejected. */
  "note"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `EventType`: known values, or any other string. */
export type EventType = Strict["EventType"] | (string & {});

/** Tolerant reading of `EventEnvelope`: requires only `id`, `type`, `data`. */
export interface EventEnvelope {
  /** Event id, `evt_…` (documented prefix); dedupe on it. */
  "id": string;
  /** Always `event`. */
  "object"?: "event" | (string & {}) | null;
  /** The event type; documented types or any other string. */
  "type": EventType | (string & {});
  /** Unix seconds. */
  "created_at"?: number | null;
  /** The resource the event is about. */
  "data": Record<string, unknown>;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `ApprovalEvent`: requires only `id`, `type`, `data`. */
export interface ApprovalEvent {
  /** Event id, `evt_…` (documented prefix); dedupe on it. */
  "id": string;
  /** Always `event`. */
  "object"?: "event" | (string & {}) | null;
  /** The approval event type. */
  "type": "exec.approval_requested" | "exec.approved" | "exec.rejected" | "exec.approval_escalated" | "exec.approval_timed_out" | (string & {});
  /** Unix seconds. */
  "created_at"?: number | null;
  "data": Approval;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `InvocationEvent`: requires only `id`, `type`, `data`. */
export interface InvocationEvent {
  /** Event id, `evt_…` (documented prefix); dedupe on it. */
  "id": string;
  /** Always `event`. */
  "object"?: "event" | (string & {}) | null;
  /** The exec event type. */
  "type": "exec.dispatched" | "exec.completed" | "exec.failed" | "exec.timeout" | (string & {});
  /** Unix seconds. */
  "created_at"?: number | null;
  "data": Invocation;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `AgentStatusEvent`: requires only `id`, `type`, `data`. */
export interface AgentStatusEvent {
  /** Event id, `evt_…` (documented prefix); dedupe on it. */
  "id": string;
  /** Always `event`. */
  "object"?: "event" | (string & {}) | null;
  /** The agent event type. */
  "type": "exec.agent_enrolled" | "exec.agent_offline" | (string & {});
  /** Unix seconds. */
  "created_at"?: number | null;
  "data": Agent;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `Event`: known values, or any other string. */
export type Event = ApprovalEvent | InvocationEvent | AgentStatusEvent;

/** Tolerant reading of `UnknownEvent`: every field optional. */
export type UnknownEvent = EventEnvelope & {
  "type"?: unknown | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
};

/** Tolerant reading of `EventStreamData`: known values, or any other string. */
export type EventStreamData = Event | UnknownEvent | StreamReset | StreamOpen;

/** Tolerant reading of `StreamOpen`: every field optional. */
export interface StreamOpen {
  /** Always `stream.open`. */
  "object"?: "stream.open" | (string & {}) | null;
  /** The resume point; null when the server holds no event yet. */
  "latest_event_id"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

/** Tolerant reading of `StreamReset`: every field optional. */
export interface StreamReset {
  /** Always `stream.reset`. */
  "object"?: "stream.reset" | (string & {}) | null;
  /** Why the stream could not resume. */
  "reason"?: string | null;
  /** The id the client asked to resume after. */
  "last_event_id"?: string | null;
  /** Fields this SDK version does not know are kept as received. */
  [field: string]: unknown;
}

function items0(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkToolDescriptor(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items1(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at, expected: "string", received: jsonTypeOf(x) }); }
}

function items2(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at, expected: "string", received: jsonTypeOf(x) }); }
}

function items3(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkAgent(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items4(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkAgentLifecycleEvent(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items5(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkJoinKey(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items6(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at, expected: "string", received: jsonTypeOf(x) }); }
}

function items7(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkWorkspace(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items8(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkWorkspaceBinding(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items9(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at, expected: "string", received: jsonTypeOf(x) }); }
}

function items10(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkTool(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items11(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at, expected: "string", received: jsonTypeOf(x) }); }
}

function items12(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkInvocationTransition(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items13(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkInvocation(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items14(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkArtifactRef(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

function items15(list: unknown[], at: string, drift: FieldIssue[]): void {
  for (const x of list) if (x !== undefined && x !== null) { if (isObj(x)) checkApproval(x, at + ".", drift, drift); else drift.push({ path: at, expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `Health` at `at` (a path prefix such as `data.`). */
function checkHealth(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["status"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "status", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `RetryStrategy` at `at` (a path prefix such as `data.`). */
function checkRetryStrategy(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["type"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["initial_delay_ms"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "initial_delay_ms", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["max_delay_ms"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "max_delay_ms", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["multiplier"];
  if (x !== undefined && x !== null) { if (!(Number.isFinite(x))) drift.push({ path: at + "multiplier", expected: "number", received: jsonTypeOf(x) }); }
  x = v["jitter"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "jitter", expected: "boolean", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ErrorBody` at `at` (a path prefix such as `data.`). */
function checkErrorBody(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["message"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "message", expected: "string", received: jsonTypeOf(x) }); }
  x = v["type"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["code"];
  if (x !== undefined && x !== null) { if (!(((typeof x === "string")))) drift.push({ path: at + "code", expected: "string", received: jsonTypeOf(x) }); }
  x = v["param"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "param", expected: "string", received: jsonTypeOf(x) }); }
  x = v["retry_after"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "retry_after", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["retry_strategy"];
  if (x !== undefined && x !== null) { if (isObj(x)) checkRetryStrategy(x, at + "retry_strategy" + ".", drift, drift); else drift.push({ path: at + "retry_strategy", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ErrorEnvelope` at `at` (a path prefix such as `data.`). */
function checkErrorEnvelope(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["error"];
  if (x !== undefined && x !== null) { if (isObj(x)) checkErrorBody(x, at + "error" + ".", drift, drift); else drift.push({ path: at + "error", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ToolDescriptor` at `at` (a path prefix such as `data.`). */
function checkToolDescriptor(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["description"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "description", expected: "string", received: jsonTypeOf(x) }); }
  x = v["risk"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "risk", expected: "string", received: jsonTypeOf(x) }); }
  x = v["domain"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "domain", expected: "string", received: jsonTypeOf(x) }); }
  x = v["timeout_ms"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "timeout_ms", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["parameters"];
  if (x !== undefined && x !== null) { if (!(isObj(x))) drift.push({ path: at + "parameters", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `Manifest` at `at` (a path prefix such as `data.`). */
function checkManifest(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["version"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "version", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["hash"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "hash", expected: "string", received: jsonTypeOf(x) }); }
  x = v["tools"];
  if (x !== undefined && x !== null) { if (Array.isArray(x)) items0(x, at + "tools" + "[]", drift); else drift.push({ path: at + "tools", expected: "array", received: jsonTypeOf(x) }); }
  x = v["workspace_ids"];
  if (x !== undefined && x !== null) { if (Array.isArray(x)) items1(x, at + "workspace_ids" + "[]", drift); else drift.push({ path: at + "workspace_ids", expected: "array", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `Agent` at `at` (a path prefix such as `data.`). */
function checkAgent(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["description"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "description", expected: "string", received: jsonTypeOf(x) }); }
  x = v["registration_name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "registration_name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["role"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "role", expected: "string", received: jsonTypeOf(x) }); }
  x = v["status"];
  if (x === undefined || x === null) core.push({ path: at + "status", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "status", expected: "string", received: jsonTypeOf(x) }); }
  x = v["exec_paused"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "exec_paused", expected: "boolean", received: jsonTypeOf(x) }); }
  x = v["paused_workspace_ids"];
  if (x !== undefined && x !== null) { if (Array.isArray(x)) items2(x, at + "paused_workspace_ids" + "[]", drift); else drift.push({ path: at + "paused_workspace_ids", expected: "array", received: jsonTypeOf(x) }); }
  x = v["region"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "region", expected: "string", received: jsonTypeOf(x) }); }
  x = v["worker_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "worker_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["last_heartbeat_at"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "last_heartbeat_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["manifest"];
  if (x !== undefined && x !== null) { if (isObj(x)) checkManifest(x, at + "manifest" + ".", drift, drift); else drift.push({ path: at + "manifest", expected: "object", received: jsonTypeOf(x) }); }
  x = v["curve_public_key"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "curve_public_key", expected: "string", received: jsonTypeOf(x) }); }
  x = v["curve_rotated_at"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "curve_rotated_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "created_at", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `AgentList` at `at` (a path prefix such as `data.`). */
function checkAgentList(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) });
  else { if (Array.isArray(x)) items3(x, at + "data" + "[]", drift); else core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) }); }
  x = v["has_more"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "has_more", expected: "boolean", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `AgentUpdate` at `at` (a path prefix such as `data.`). */
function checkAgentUpdate(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["description"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "description", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `DeletedAgent` at `at` (a path prefix such as `data.`). */
function checkDeletedAgent(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["deleted"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "deleted", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ExecScope` at `at` (a path prefix such as `data.`). */
function checkExecScope(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["workspace_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "workspace_id", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `CurveRotateRequest` at `at` (a path prefix such as `data.`). */
function checkCurveRotateRequest(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["reason"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "reason", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `CurveRotation` at `at` (a path prefix such as `data.`). */
function checkCurveRotation(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["agent_id"];
  if (x === undefined || x === null) core.push({ path: at + "agent_id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "agent_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["rotated_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "rotated_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["curve_public_key"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "curve_public_key", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `AgentLifecycleEvent` at `at` (a path prefix such as `data.`). */
function checkAgentLifecycleEvent(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["agent_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "agent_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["type"];
  if (x === undefined || x === null) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "created_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["details"];
  if (x !== undefined && x !== null) { if (!(isObj(x))) drift.push({ path: at + "details", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `AgentLifecycleEventList` at `at` (a path prefix such as `data.`). */
function checkAgentLifecycleEventList(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) });
  else { if (Array.isArray(x)) items4(x, at + "data" + "[]", drift); else core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) }); }
  x = v["has_more"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "has_more", expected: "boolean", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `JoinKey` at `at` (a path prefix such as `data.`). */
function checkJoinKey(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["region"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "region", expected: "string", received: jsonTypeOf(x) }); }
  x = v["router_addr"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "router_addr", expected: "string", received: jsonTypeOf(x) }); }
  x = v["role"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "role", expected: "string", received: jsonTypeOf(x) }); }
  x = v["status"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "status", expected: "string", received: jsonTypeOf(x) }); }
  x = v["expires_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "expires_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "created_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["consumed_by_agent_id"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "consumed_by_agent_id", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `JoinKeyWithSecret` at `at` (a path prefix such as `data.`). */
function checkJoinKeyWithSecret(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["region"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "region", expected: "string", received: jsonTypeOf(x) }); }
  x = v["router_addr"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "router_addr", expected: "string", received: jsonTypeOf(x) }); }
  x = v["role"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "role", expected: "string", received: jsonTypeOf(x) }); }
  x = v["status"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "status", expected: "string", received: jsonTypeOf(x) }); }
  x = v["expires_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "expires_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "created_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["consumed_by_agent_id"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "consumed_by_agent_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["key"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "key", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `JoinKeyCreate` at `at` (a path prefix such as `data.`). */
function checkJoinKeyCreate(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["region"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "region", expected: "string", received: jsonTypeOf(x) }); }
  x = v["router_addr"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "router_addr", expected: "string", received: jsonTypeOf(x) }); }
  x = v["role"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "role", expected: "string", received: jsonTypeOf(x) }); }
  x = v["expires_in_hours"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "expires_in_hours", expected: "integer", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `JoinKeyList` at `at` (a path prefix such as `data.`). */
function checkJoinKeyList(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) });
  else { if (Array.isArray(x)) items5(x, at + "data" + "[]", drift); else core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) }); }
  x = v["has_more"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "has_more", expected: "boolean", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `Workspace` at `at` (a path prefix such as `data.`). */
function checkWorkspace(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["type"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["agent_ids"];
  if (x !== undefined && x !== null) { if (Array.isArray(x)) items6(x, at + "agent_ids" + "[]", drift); else drift.push({ path: at + "agent_ids", expected: "array", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "created_at", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `WorkspaceList` at `at` (a path prefix such as `data.`). */
function checkWorkspaceList(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) });
  else { if (Array.isArray(x)) items7(x, at + "data" + "[]", drift); else core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) }); }
  x = v["has_more"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "has_more", expected: "boolean", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `WorkspaceBinding` at `at` (a path prefix such as `data.`). */
function checkWorkspaceBinding(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["workspace_id"];
  if (x === undefined || x === null) core.push({ path: at + "workspace_id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "workspace_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["agent_id"];
  if (x === undefined || x === null) core.push({ path: at + "agent_id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "agent_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "created_at", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `WorkspaceBindingCreate` at `at` (a path prefix such as `data.`). */
function checkWorkspaceBindingCreate(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["agent_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "agent_id", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `WorkspaceBindingList` at `at` (a path prefix such as `data.`). */
function checkWorkspaceBindingList(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) });
  else { if (Array.isArray(x)) items8(x, at + "data" + "[]", drift); else core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) }); }
  x = v["has_more"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "has_more", expected: "boolean", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `DeletedWorkspaceBinding` at `at` (a path prefix such as `data.`). */
function checkDeletedWorkspaceBinding(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["workspace_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "workspace_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["agent_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "agent_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["deleted"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "deleted", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `Tool` at `at` (a path prefix such as `data.`). */
function checkTool(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["name"];
  if (x === undefined || x === null) core.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["description"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "description", expected: "string", received: jsonTypeOf(x) }); }
  x = v["risk"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "risk", expected: "string", received: jsonTypeOf(x) }); }
  x = v["domain"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "domain", expected: "string", received: jsonTypeOf(x) }); }
  x = v["timeout_ms"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "timeout_ms", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["parameters"];
  if (x !== undefined && x !== null) { if (!(isObj(x))) drift.push({ path: at + "parameters", expected: "object", received: jsonTypeOf(x) }); }
  x = v["agent_ids"];
  if (x !== undefined && x !== null) { if (Array.isArray(x)) items9(x, at + "agent_ids" + "[]", drift); else drift.push({ path: at + "agent_ids", expected: "array", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ToolList` at `at` (a path prefix such as `data.`). */
function checkToolList(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) });
  else { if (Array.isArray(x)) items10(x, at + "data" + "[]", drift); else core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) }); }
  x = v["has_more"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "has_more", expected: "boolean", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `InvocationTransition` at `at` (a path prefix such as `data.`). */
function checkInvocationTransition(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["from"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "from", expected: "string", received: jsonTypeOf(x) }); }
  x = v["to"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "to", expected: "string", received: jsonTypeOf(x) }); }
  x = v["at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["actor"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "actor", expected: "string", received: jsonTypeOf(x) }); }
  x = v["reason"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "reason", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `InvocationError` at `at` (a path prefix such as `data.`). */
function checkInvocationError(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["code"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "code", expected: "string", received: jsonTypeOf(x) }); }
  x = v["message"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "message", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `Invocation` at `at` (a path prefix such as `data.`). */
function checkInvocation(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["workspace_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "workspace_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["tool_name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "tool_name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["arguments"];
  if (x !== undefined && x !== null) { if (!(isObj(x))) drift.push({ path: at + "arguments", expected: "object", received: jsonTypeOf(x) }); }
  x = v["risk"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "risk", expected: "string", received: jsonTypeOf(x) }); }
  x = v["status"];
  if (x === undefined || x === null) core.push({ path: at + "status", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "status", expected: "string", received: jsonTypeOf(x) }); }
  x = v["agent_id"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "agent_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["approval_ids"];
  if (x !== undefined && x !== null) { if (Array.isArray(x)) items11(x, at + "approval_ids" + "[]", drift); else drift.push({ path: at + "approval_ids", expected: "array", received: jsonTypeOf(x) }); }
  x = v["exit_code"];
  if (x !== undefined && x !== null) { if (!((Number.isSafeInteger(x)))) drift.push({ path: at + "exit_code", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "created_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["started_at"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "started_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["finished_at"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "finished_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["duration_ms"];
  if (x !== undefined && x !== null) { if (!((Number.isSafeInteger(x)))) drift.push({ path: at + "duration_ms", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["error"];
  if (x !== undefined && x !== null) { if (!((isObj(x)))) drift.push({ path: at + "error", expected: "object", received: jsonTypeOf(x) }); }
  x = v["transitions"];
  if (x !== undefined && x !== null) { if (Array.isArray(x)) items12(x, at + "transitions" + "[]", drift); else drift.push({ path: at + "transitions", expected: "array", received: jsonTypeOf(x) }); }
  x = v["trace_id"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "trace_id", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `InvocationCreate` at `at` (a path prefix such as `data.`). */
function checkInvocationCreate(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["workspace_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "workspace_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["tool_name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "tool_name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["arguments"];
  if (x !== undefined && x !== null) { if (!(isObj(x))) drift.push({ path: at + "arguments", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `InvocationList` at `at` (a path prefix such as `data.`). */
function checkInvocationList(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) });
  else { if (Array.isArray(x)) items13(x, at + "data" + "[]", drift); else core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) }); }
  x = v["has_more"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "has_more", expected: "boolean", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ArtifactRef` at `at` (a path prefix such as `data.`). */
function checkArtifactRef(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["media_type"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "media_type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["size_bytes"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "size_bytes", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["chat_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "chat_id", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `InvocationOutput` at `at` (a path prefix such as `data.`). */
function checkInvocationOutput(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["invocation_id"];
  if (x === undefined || x === null) core.push({ path: at + "invocation_id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "invocation_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["stdout"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "stdout", expected: "string", received: jsonTypeOf(x) }); }
  x = v["stderr"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "stderr", expected: "string", received: jsonTypeOf(x) }); }
  x = v["exit_code"];
  if (x !== undefined && x !== null) { if (!((Number.isSafeInteger(x)))) drift.push({ path: at + "exit_code", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["truncated"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "truncated", expected: "boolean", received: jsonTypeOf(x) }); }
  x = v["artifacts"];
  if (x !== undefined && x !== null) { if (Array.isArray(x)) items14(x, at + "artifacts" + "[]", drift); else drift.push({ path: at + "artifacts", expected: "array", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ArtifactContent` at `at` (a path prefix such as `data.`). */
function checkArtifactContent(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["chat_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "chat_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["media_type"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "media_type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["size_bytes"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "size_bytes", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["encoding"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "encoding", expected: "string", received: jsonTypeOf(x) }); }
  x = v["content"];
  if (x === undefined || x === null) core.push({ path: at + "content", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "content", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ToolCall` at `at` (a path prefix such as `data.`). */
function checkToolCall(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["arguments"];
  if (x !== undefined && x !== null) { if (!(isObj(x))) drift.push({ path: at + "arguments", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `Approval` at `at` (a path prefix such as `data.`). */
function checkApproval(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["status"];
  if (x === undefined || x === null) core.push({ path: at + "status", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "status", expected: "string", received: jsonTypeOf(x) }); }
  x = v["risk"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "risk", expected: "string", received: jsonTypeOf(x) }); }
  x = v["workspace_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "workspace_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["agent_id"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "agent_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["invocation_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "invocation_id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["tool_name"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "tool_name", expected: "string", received: jsonTypeOf(x) }); }
  x = v["tool_call"];
  if (x !== undefined && x !== null) { if (isObj(x)) checkToolCall(x, at + "tool_call" + ".", drift, drift); else drift.push({ path: at + "tool_call", expected: "object", received: jsonTypeOf(x) }); }
  x = v["prompt"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "prompt", expected: "string", received: jsonTypeOf(x) }); }
  x = v["timeout_seconds"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "timeout_seconds", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["expires_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "expires_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "created_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["decided_at"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "decided_at", expected: "string", received: jsonTypeOf(x) }); }
  x = v["decided_by"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "decided_by", expected: "string", received: jsonTypeOf(x) }); }
  x = v["note"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "note", expected: "string", received: jsonTypeOf(x) }); }
  x = v["escalation_level"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "escalation_level", expected: "integer", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ApprovalList` at `at` (a path prefix such as `data.`). */
function checkApprovalList(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) });
  else { if (Array.isArray(x)) items15(x, at + "data" + "[]", drift); else core.push({ path: at + "data", expected: "array", received: jsonTypeOf(x) }); }
  x = v["has_more"];
  if (x !== undefined && x !== null) { if (!(typeof x === "boolean")) drift.push({ path: at + "has_more", expected: "boolean", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ApprovalDecision` at `at` (a path prefix such as `data.`). */
function checkApprovalDecision(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["note"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "note", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `EventEnvelope` at `at` (a path prefix such as `data.`). */
function checkEventEnvelope(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["type"];
  if (x === undefined || x === null) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) });
  else { if (!((typeof x === "string"))) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "created_at", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) });
  else { if (!(isObj(x))) core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `ApprovalEvent` at `at` (a path prefix such as `data.`). */
function checkApprovalEvent(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["type"];
  if (x === undefined || x === null) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "created_at", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) });
  else { if (isObj(x)) checkApproval(x, at + "data" + ".", core, drift); else core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `InvocationEvent` at `at` (a path prefix such as `data.`). */
function checkInvocationEvent(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["type"];
  if (x === undefined || x === null) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "created_at", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) });
  else { if (isObj(x)) checkInvocation(x, at + "data" + ".", core, drift); else core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `AgentStatusEvent` at `at` (a path prefix such as `data.`). */
function checkAgentStatusEvent(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["type"];
  if (x === undefined || x === null) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "created_at", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) });
  else { if (isObj(x)) checkAgent(x, at + "data" + ".", core, drift); else core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `UnknownEvent` at `at` (a path prefix such as `data.`). */
function checkUnknownEvent(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["id"];
  if (x === undefined || x === null) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) });
  else { if (!(typeof x === "string")) core.push({ path: at + "id", expected: "string", received: jsonTypeOf(x) }); }
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["type"];
  if (x === undefined || x === null) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) });
  else { if (!((typeof x === "string"))) core.push({ path: at + "type", expected: "string", received: jsonTypeOf(x) }); }
  x = v["created_at"];
  if (x !== undefined && x !== null) { if (!(Number.isSafeInteger(x))) drift.push({ path: at + "created_at", expected: "integer", received: jsonTypeOf(x) }); }
  x = v["data"];
  if (x === undefined || x === null) core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) });
  else { if (!(isObj(x))) core.push({ path: at + "data", expected: "object", received: jsonTypeOf(x) }); }
  x = v["type"];
  if (x !== undefined && x !== null) {}
}

/** Tolerant check of a `StreamOpen` at `at` (a path prefix such as `data.`). */
function checkStreamOpen(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["latest_event_id"];
  if (x !== undefined && x !== null) { if (!((typeof x === "string"))) drift.push({ path: at + "latest_event_id", expected: "string", received: jsonTypeOf(x) }); }
}

/** Tolerant check of a `StreamReset` at `at` (a path prefix such as `data.`). */
function checkStreamReset(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {
  let x: unknown;
  x = v["object"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "object", expected: "string", received: jsonTypeOf(x) }); }
  x = v["reason"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "reason", expected: "string", received: jsonTypeOf(x) }); }
  x = v["last_event_id"];
  if (x !== undefined && x !== null) { if (!(typeof x === "string")) drift.push({ path: at + "last_event_id", expected: "string", received: jsonTypeOf(x) }); }
}

/** The tolerant check of every object schema: `core` collects missing or unusable required fields, `drift` the rest. */
export const tolerantChecks = {
  Health: checkHealth,
  RetryStrategy: checkRetryStrategy,
  ErrorBody: checkErrorBody,
  ErrorEnvelope: checkErrorEnvelope,
  ToolDescriptor: checkToolDescriptor,
  Manifest: checkManifest,
  Agent: checkAgent,
  AgentList: checkAgentList,
  AgentUpdate: checkAgentUpdate,
  DeletedAgent: checkDeletedAgent,
  ExecScope: checkExecScope,
  CurveRotateRequest: checkCurveRotateRequest,
  CurveRotation: checkCurveRotation,
  AgentLifecycleEvent: checkAgentLifecycleEvent,
  AgentLifecycleEventList: checkAgentLifecycleEventList,
  JoinKey: checkJoinKey,
  JoinKeyWithSecret: checkJoinKeyWithSecret,
  JoinKeyCreate: checkJoinKeyCreate,
  JoinKeyList: checkJoinKeyList,
  Workspace: checkWorkspace,
  WorkspaceList: checkWorkspaceList,
  WorkspaceBinding: checkWorkspaceBinding,
  WorkspaceBindingCreate: checkWorkspaceBindingCreate,
  WorkspaceBindingList: checkWorkspaceBindingList,
  DeletedWorkspaceBinding: checkDeletedWorkspaceBinding,
  Tool: checkTool,
  ToolList: checkToolList,
  InvocationTransition: checkInvocationTransition,
  InvocationError: checkInvocationError,
  Invocation: checkInvocation,
  InvocationCreate: checkInvocationCreate,
  InvocationList: checkInvocationList,
  ArtifactRef: checkArtifactRef,
  InvocationOutput: checkInvocationOutput,
  ArtifactContent: checkArtifactContent,
  ToolCall: checkToolCall,
  Approval: checkApproval,
  ApprovalList: checkApprovalList,
  ApprovalDecision: checkApprovalDecision,
  EventEnvelope: checkEventEnvelope,
  ApprovalEvent: checkApprovalEvent,
  InvocationEvent: checkInvocationEvent,
  AgentStatusEvent: checkAgentStatusEvent,
  UnknownEvent: checkUnknownEvent,
  StreamOpen: checkStreamOpen,
  StreamReset: checkStreamReset,
} as const;

/** Every schema's tolerant reading, by schema name. */
export interface Readings {
  Health: Health;
  ErrorCode: ErrorCode;
  RetryStrategy: RetryStrategy;
  ErrorBody: ErrorBody;
  ErrorEnvelope: ErrorEnvelope;
  Risk: Risk;
  AgentRole: AgentRole;
  AgentStatus: AgentStatus;
  ToolDescriptor: ToolDescriptor;
  Manifest: Manifest;
  Agent: Agent;
  AgentList: AgentList;
  AgentUpdate: AgentUpdate;
  DeletedAgent: DeletedAgent;
  ExecScope: ExecScope;
  CurveRotateRequest: CurveRotateRequest;
  CurveRotation: CurveRotation;
  AgentLifecycleEvent: AgentLifecycleEvent;
  AgentLifecycleEventList: AgentLifecycleEventList;
  JoinKeyStatus: JoinKeyStatus;
  JoinKey: JoinKey;
  JoinKeyWithSecret: JoinKeyWithSecret;
  JoinKeyCreate: JoinKeyCreate;
  JoinKeyList: JoinKeyList;
  Workspace: Workspace;
  WorkspaceList: WorkspaceList;
  WorkspaceBinding: WorkspaceBinding;
  WorkspaceBindingCreate: WorkspaceBindingCreate;
  WorkspaceBindingList: WorkspaceBindingList;
  DeletedWorkspaceBinding: DeletedWorkspaceBinding;
  Tool: Tool;
  ToolList: ToolList;
  InvocationStatus: InvocationStatus;
  InvocationTransition: InvocationTransition;
  InvocationError: InvocationError;
  Invocation: Invocation;
  InvocationCreate: InvocationCreate;
  InvocationList: InvocationList;
  ArtifactRef: ArtifactRef;
  InvocationOutput: InvocationOutput;
  ArtifactContent: ArtifactContent;
  ApprovalStatus: ApprovalStatus;
  ToolCall: ToolCall;
  Approval: Approval;
  ApprovalList: ApprovalList;
  ApprovalDecision: ApprovalDecision;
  EventType: EventType;
  EventEnvelope: EventEnvelope;
  ApprovalEvent: ApprovalEvent;
  InvocationEvent: InvocationEvent;
  AgentStatusEvent: AgentStatusEvent;
  Event: Event;
  UnknownEvent: UnknownEvent;
  EventStreamData: EventStreamData;
  StreamOpen: StreamOpen;
  StreamReset: StreamReset;
}
