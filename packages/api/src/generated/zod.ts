// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.
import * as z from "zod/mini";

/** Liveness answer. */
export const HealthSchema = /* @__PURE__ */ z.looseObject({ "status": /* @__PURE__ */ z.literal("ok") });

/** Machine-readable error code. An open enum: clients must accept codes not listed here. */
export const ErrorCodeSchema = /* @__PURE__ */ z.string();

/** How the server suggests retrying a 429 (decided field types). */
export const RetryStrategySchema = /* @__PURE__ */ z.looseObject({ "type": /* @__PURE__ */ z.string(), "initial_delay_ms": /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0)), "max_delay_ms": /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0)), "multiplier": /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(1)), "jitter": /* @__PURE__ */ z.boolean() });

/** The error inside the envelope. */
export const ErrorBodySchema = /* @__PURE__ */ z.looseObject({ "message": /* @__PURE__ */ z.string(), "type": /* @__PURE__ */ z.string(), "code": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ErrorCodeSchema)), "param": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())), "retry_after": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0))), "retry_strategy": /* @__PURE__ */ z.optional(RetryStrategySchema) });

/** Every non-2xx response carries this envelope. */
export const ErrorEnvelopeSchema = /* @__PURE__ */ z.looseObject({ "error": ErrorBodySchema });

/** Risk level of a tool, ordered `read` < `write` < `destructive` < `irreversible`. */
export const RiskSchema = /* @__PURE__ */ z.enum(["read","write","destructive","irreversible"]);

/** `xem` executes tools; `xim` serves inference. */
export const AgentRoleSchema = /* @__PURE__ */ z.enum(["xem","xim"]);

/** Health of an agent as seen by the router. */
export const AgentStatusSchema = /* @__PURE__ */ z.enum(["pending","healthy","degraded","offline"]);

/** One tool as published in an agent's capability manifest. */
export const ToolDescriptorSchema = /* @__PURE__ */ z.looseObject({ "name": /* @__PURE__ */ z.string(), "description": /* @__PURE__ */ z.string(), "risk": RiskSchema, "domain": /* @__PURE__ */ z.string(), "timeout_ms": /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)), "parameters": /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()) });

/** The capability manifest an agent publishes at enrolment and on every lease renewal. */
export const ManifestSchema = /* @__PURE__ */ z.looseObject({ "version": /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0)), "hash": /* @__PURE__ */ z.string(), "tools": /* @__PURE__ */ z.array(ToolDescriptorSchema), "workspace_ids": /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()) });

/** An enrolled XEM or XIM agent. */
export const AgentSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^agt_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("agent"), "name": /* @__PURE__ */ z.string(), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())), "registration_name": /* @__PURE__ */ z.string(), "role": AgentRoleSchema, "status": AgentStatusSchema, "exec_paused": /* @__PURE__ */ z.boolean(), "paused_workspace_ids": /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()), "region": /* @__PURE__ */ z.string(), "worker_id": /* @__PURE__ */ z.string(), "last_heartbeat_at": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()), "manifest": ManifestSchema, "curve_public_key": /* @__PURE__ */ z.string(), "curve_rotated_at": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()), "created_at": /* @__PURE__ */ z.string() });

/** A page of agents. */
export const AgentListSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("list"), "data": /* @__PURE__ */ z.array(AgentSchema), "has_more": /* @__PURE__ */ z.boolean() });

/** Fields of an agent that can be changed. */
export const AgentUpdateSchema = /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64))), "description": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(500)))) });

/** Confirms an agent was removed. */
export const DeletedAgentSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string(), "object": /* @__PURE__ */ z.literal("agent"), "deleted": /* @__PURE__ */ z.literal(true) });

/** Which workspace a pause or resume applies to; omit `workspace_id` for all of them. */
export const ExecScopeSchema = /* @__PURE__ */ z.strictObject({ "workspace_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()) });

/** Why the keys are rotated (recorded in the audit log). */
export const CurveRotateRequestSchema = /* @__PURE__ */ z.strictObject({ "reason": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(500))) });

/** The result of a CURVE key rotation. */
export const CurveRotationSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("curve_rotation"), "agent_id": /* @__PURE__ */ z.string(), "rotated_at": /* @__PURE__ */ z.string(), "curve_public_key": /* @__PURE__ */ z.string() });

/** One entry in an agent's lifecycle log. */
export const AgentLifecycleEventSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^evt_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("agent_event"), "agent_id": /* @__PURE__ */ z.string(), "type": /* @__PURE__ */ z.enum(["enrolled","status_changed","exec_paused","exec_resumed","curve_rotated","manifest_updated","bound","unbound"]), "created_at": /* @__PURE__ */ z.string(), "details": /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()) });

/** A page of lifecycle events. */
export const AgentLifecycleEventListSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("list"), "data": /* @__PURE__ */ z.array(AgentLifecycleEventSchema), "has_more": /* @__PURE__ */ z.boolean() });

/** Lifecycle of a join key. */
export const JoinKeyStatusSchema = /* @__PURE__ */ z.enum(["active","consumed","revoked","expired"]);

/** A single-use enrolment key, without its secret. */
export const JoinKeySchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^jk_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("join_key"), "name": /* @__PURE__ */ z.string(), "region": /* @__PURE__ */ z.string(), "router_addr": /* @__PURE__ */ z.string(), "role": AgentRoleSchema, "status": JoinKeyStatusSchema, "expires_at": /* @__PURE__ */ z.string(), "created_at": /* @__PURE__ */ z.string(), "consumed_by_agent_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())) });

/** A join key as minted, with the secret `key` shown this once. */
export const JoinKeyWithSecretSchema = /* @__PURE__ */ z.intersection(JoinKeySchema, /* @__PURE__ */ z.looseObject({ "key": /* @__PURE__ */ z.string() }));

/** What to mint. */
export const JoinKeyCreateSchema = /* @__PURE__ */ z.strictObject({ "name": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)), "region": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(24)), "router_addr": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^tcp://[^\\s/]+:[0-9]+$"))), "role": /* @__PURE__ */ z.optional(AgentRoleSchema), "expires_in_hours": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(720))) });

/** A page of join keys. */
export const JoinKeyListSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("list"), "data": /* @__PURE__ */ z.array(JoinKeySchema), "has_more": /* @__PURE__ */ z.boolean() });

/** An operational workspace. */
export const WorkspaceSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^ws_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("workspace"), "name": /* @__PURE__ */ z.string(), "type": /* @__PURE__ */ z.string(), "agent_ids": /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()), "created_at": /* @__PURE__ */ z.string() });

/** A page of workspaces. */
export const WorkspaceListSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("list"), "data": /* @__PURE__ */ z.array(WorkspaceSchema), "has_more": /* @__PURE__ */ z.boolean() });

/** An agent bound to serve a workspace. */
export const WorkspaceBindingSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string(), "object": /* @__PURE__ */ z.literal("workspace_binding"), "workspace_id": /* @__PURE__ */ z.string(), "agent_id": /* @__PURE__ */ z.string(), "created_at": /* @__PURE__ */ z.string() });

/** The agent to bind. */
export const WorkspaceBindingCreateSchema = /* @__PURE__ */ z.strictObject({ "agent_id": /* @__PURE__ */ z.string() });

/** A page of bindings. */
export const WorkspaceBindingListSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("list"), "data": /* @__PURE__ */ z.array(WorkspaceBindingSchema), "has_more": /* @__PURE__ */ z.boolean() });

/** Confirms a binding was removed. */
export const DeletedWorkspaceBindingSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("workspace_binding"), "workspace_id": /* @__PURE__ */ z.string(), "agent_id": /* @__PURE__ */ z.string(), "deleted": /* @__PURE__ */ z.literal(true) });

/** A tool in the catalogue, with the agents that publish it. */
export const ToolSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("tool"), "name": /* @__PURE__ */ z.string(), "description": /* @__PURE__ */ z.string(), "risk": RiskSchema, "domain": /* @__PURE__ */ z.string(), "timeout_ms": /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)), "parameters": /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()), "agent_ids": /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()) });

/** A page of tools. Items have no `id`; the cursor is the tool `name`. */
export const ToolListSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("list"), "data": /* @__PURE__ */ z.array(ToolSchema), "has_more": /* @__PURE__ */ z.boolean() });

/** Lifecycle of an invocation: `queued` → `dispatched` → `running` → `completed` | `failed` | `timeout`; gated calls pass through `pending_approval` and may end `rejected`; any unfinished call may end `cancelled`. */
export const InvocationStatusSchema = /* @__PURE__ */ z.enum(["queued","pending_approval","dispatched","running","completed","failed","timeout","cancelled","rejected"]);

/** One state change of an invocation. */
export const InvocationTransitionSchema = /* @__PURE__ */ z.looseObject({ "from": /* @__PURE__ */ z.nullable(InvocationStatusSchema), "to": InvocationStatusSchema, "at": /* @__PURE__ */ z.string(), "actor": /* @__PURE__ */ z.string(), "reason": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())) });

/** Why an invocation failed. */
export const InvocationErrorSchema = /* @__PURE__ */ z.looseObject({ "code": /* @__PURE__ */ z.string(), "message": /* @__PURE__ */ z.string() });

/** A governed tool call and its whole lifecycle. */
export const InvocationSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^inv_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("invocation"), "workspace_id": /* @__PURE__ */ z.string(), "tool_name": /* @__PURE__ */ z.string(), "arguments": /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()), "risk": RiskSchema, "status": InvocationStatusSchema, "agent_id": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()), "approval_ids": /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()), "exit_code": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int()), "created_at": /* @__PURE__ */ z.string(), "started_at": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()), "finished_at": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()), "duration_ms": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0))), "error": /* @__PURE__ */ z.nullable(InvocationErrorSchema), "transitions": /* @__PURE__ */ z.array(InvocationTransitionSchema), "trace_id": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^[0-9a-f]{32}$"))))) });

/** A tool call to make. */
export const InvocationCreateSchema = /* @__PURE__ */ z.strictObject({ "workspace_id": /* @__PURE__ */ z.string(), "tool_name": /* @__PURE__ */ z.string(), "arguments": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())) });

/** A page of invocations. */
export const InvocationListSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("list"), "data": /* @__PURE__ */ z.array(InvocationSchema), "has_more": /* @__PURE__ */ z.boolean() });

/** An artifact a tool call produced, read through the chat artifact API. */
export const ArtifactRefSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^cart_[A-Za-z0-9_]+$"))), "name": /* @__PURE__ */ z.string(), "media_type": /* @__PURE__ */ z.string(), "size_bytes": /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0)), "chat_id": /* @__PURE__ */ z.string() });

/** The raw output of an invocation. */
export const InvocationOutputSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("invocation_output"), "invocation_id": /* @__PURE__ */ z.string(), "stdout": /* @__PURE__ */ z.string(), "stderr": /* @__PURE__ */ z.string(), "exit_code": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int()), "truncated": /* @__PURE__ */ z.boolean(), "artifacts": /* @__PURE__ */ z.array(ArtifactRefSchema) });

/** An artifact and its content. */
export const ArtifactContentSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^cart_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("artifact"), "chat_id": /* @__PURE__ */ z.string(), "name": /* @__PURE__ */ z.string(), "media_type": /* @__PURE__ */ z.string(), "size_bytes": /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0)), "encoding": /* @__PURE__ */ z.enum(["utf-8","base64"]), "content": /* @__PURE__ */ z.string() });

/** Lifecycle of an approval. */
export const ApprovalStatusSchema = /* @__PURE__ */ z.enum(["pending","approved","rejected","escalated","timed_out"]);

/** The tool call awaiting a decision. */
export const ToolCallSchema = /* @__PURE__ */ z.looseObject({ "name": /* @__PURE__ */ z.string(), "arguments": /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()) });

/** A request for a human decision on a gated tool call. */
export const ApprovalSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))), "object": /* @__PURE__ */ z.literal("approval"), "status": ApprovalStatusSchema, "risk": RiskSchema, "workspace_id": /* @__PURE__ */ z.string(), "agent_id": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()), "invocation_id": /* @__PURE__ */ z.string(), "tool_name": /* @__PURE__ */ z.string(), "tool_call": ToolCallSchema, "prompt": /* @__PURE__ */ z.string(), "timeout_seconds": /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)), "expires_at": /* @__PURE__ */ z.string(), "created_at": /* @__PURE__ */ z.string(), "decided_at": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()), "decided_by": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()), "note": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()), "escalation_level": /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0)) });

/** A page of approvals. */
export const ApprovalListSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("list"), "data": /* @__PURE__ */ z.array(ApprovalSchema), "has_more": /* @__PURE__ */ z.boolean() });

/** An optional note recorded with the decision. */
export const ApprovalDecisionSchema = /* @__PURE__ */ z.strictObject({ "note": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000))) });

/** The documented event types (an open set; consumers must tolerate others). */
export const EventTypeSchema = /* @__PURE__ */ z.enum(["exec.dispatched","exec.completed","exec.failed","exec.timeout","exec.approval_requested","exec.approved","exec.rejected","exec.approval_escalated","exec.approval_timed_out","exec.agent_enrolled","exec.agent_offline"]);

/** The envelope every event shares, on the event stream and in webhooks; `type` is open. */
export const EventEnvelopeSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.regex(new RegExp("^evt_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("event"), "type": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), "created_at": /* @__PURE__ */ z.int(), "data": /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()) });

/** An approval was requested, decided, escalated or timed out; `data` is the approval. */
export const ApprovalEventSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^evt_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("event"), "type": /* @__PURE__ */ z.enum(["exec.approval_requested","exec.approved","exec.rejected","exec.approval_escalated","exec.approval_timed_out"]), "created_at": /* @__PURE__ */ z.int(), "data": ApprovalSchema });

/** An invocation was dispatched or finished; `data` is the invocation. */
export const InvocationEventSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^evt_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("event"), "type": /* @__PURE__ */ z.enum(["exec.dispatched","exec.completed","exec.failed","exec.timeout"]), "created_at": /* @__PURE__ */ z.int(), "data": InvocationSchema });

/** An agent enrolled or went offline; `data` is the agent. */
export const AgentStatusEventSchema = /* @__PURE__ */ z.looseObject({ "id": /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^evt_[A-Za-z0-9_]+$"))), "object": /* @__PURE__ */ z.literal("event"), "type": /* @__PURE__ */ z.enum(["exec.agent_enrolled","exec.agent_offline"]), "created_at": /* @__PURE__ */ z.int(), "data": AgentSchema });

/** A typed event. Consumers must also accept envelopes of other types (see `EventEnvelope`). */
export const EventSchema = /* @__PURE__ */ z.union([ApprovalEventSchema, InvocationEventSchema, AgentStatusEventSchema]);

/** An envelope whose `type` is none of the documented `EventType`s. A known type never falls back to this schema, so an `exec.approved` frame carrying an invocation is invalid. */
export const UnknownEventSchema = /* @__PURE__ */ z.intersection(EventEnvelopeSchema, /* @__PURE__ */ z.looseObject({ "type": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()) }));

/** Data of the `stream.open` frame sent first on every connection: the resume point, also sent as the frame's `id:` (absent when null). It is the newest event id, or on a resumed connection the requested `Last-Event-ID`. */
export const StreamOpenSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal("stream.open")), "latest_event_id": /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp("^evt_[A-Za-z0-9_]+$")))) });

/** Data of the `stream.reset` frame: the requested `Last-Event-ID` is older than the history the server holds; re-list. */
export const StreamResetSchema = /* @__PURE__ */ z.looseObject({ "object": /* @__PURE__ */ z.literal("stream.reset"), "reason": /* @__PURE__ */ z.string(), "last_event_id": /* @__PURE__ */ z.string() });

/** The `data:` line of one event-stream frame: a typed `Event` (strict per type), an envelope of an undocumented type, the `stream.reset` notice or the `stream.open` resume point. */
export const EventStreamDataSchema = /* @__PURE__ */ z.union([EventSchema, UnknownEventSchema, StreamResetSchema, StreamOpenSchema]);
