// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.
import { z } from "zod/mini";

/** Liveness answer. */
export const HealthSchema = z.looseObject({ "status": z.literal("ok") });

/** Machine-readable error code. An open enum: clients must accept codes not listed here. */
export const ErrorCodeSchema = z.string();

/** How the server suggests retrying a 429 (decided field types). */
export const RetryStrategySchema = z.looseObject({ "type": z.string(), "initial_delay_ms": z.int().check(z.minimum(0)), "max_delay_ms": z.int().check(z.minimum(0)), "multiplier": z.number().check(z.minimum(1)), "jitter": z.boolean() });

/** The error inside the envelope. */
export const ErrorBodySchema = z.looseObject({ "message": z.string(), "type": z.string(), "code": z.optional(z.nullable(ErrorCodeSchema)), "param": z.optional(z.nullable(z.string())), "retry_after": z.optional(z.int().check(z.minimum(0))), "retry_strategy": z.optional(RetryStrategySchema) });

/** Every non-2xx response carries this envelope. */
export const ErrorEnvelopeSchema = z.looseObject({ "error": ErrorBodySchema });

/** Risk level of a tool, ordered `read` < `write` < `destructive` < `irreversible`. */
export const RiskSchema = z.enum(["read","write","destructive","irreversible"]);

/** `xem` executes tools; `xim` serves inference. */
export const AgentRoleSchema = z.enum(["xem","xim"]);

/** Health of an agent as seen by the router. */
export const AgentStatusSchema = z.enum(["pending","healthy","degraded","offline"]);

/** One tool as published in an agent's capability manifest. */
export const ToolDescriptorSchema = z.looseObject({ "name": z.string(), "description": z.string(), "risk": RiskSchema, "domain": z.string(), "timeout_ms": z.int().check(z.minimum(1)), "parameters": z.record(z.string(), z.unknown()) });

/** The capability manifest an agent publishes at enrolment and on every lease renewal. */
export const ManifestSchema = z.looseObject({ "version": z.int().check(z.minimum(0)), "hash": z.string(), "tools": z.array(ToolDescriptorSchema), "workspace_ids": z.array(z.string()) });

/** An enrolled XEM or XIM agent. */
export const AgentSchema = z.looseObject({ "id": z.string(), "object": z.literal("agent"), "name": z.string(), "description": z.optional(z.nullable(z.string())), "registration_name": z.string(), "role": AgentRoleSchema, "status": AgentStatusSchema, "exec_paused": z.boolean(), "paused_workspace_ids": z.array(z.string()), "region": z.string(), "worker_id": z.string(), "last_heartbeat_at": z.nullable(z.string()), "manifest": ManifestSchema, "curve_public_key": z.string(), "curve_rotated_at": z.nullable(z.string()), "created_at": z.string() });

/** A page of agents. */
export const AgentListSchema = z.looseObject({ "object": z.literal("list"), "data": z.array(AgentSchema), "has_more": z.boolean() });

/** Fields of an agent that can be changed. */
export const AgentUpdateSchema = z.strictObject({ "name": z.optional(z.string().check(z.minLength(1), z.maxLength(64))), "description": z.optional(z.nullable(z.string().check(z.maxLength(500)))) });

/** Confirms an agent was removed. */
export const DeletedAgentSchema = z.looseObject({ "id": z.string(), "object": z.literal("agent"), "deleted": z.literal(true) });

/** Which workspace a pause or resume applies to; omit `workspace_id` for all of them. */
export const ExecScopeSchema = z.strictObject({ "workspace_id": z.optional(z.string()) });

/** Why the keys are rotated (recorded in the audit log). */
export const CurveRotateRequestSchema = z.strictObject({ "reason": z.optional(z.string().check(z.maxLength(500))) });

/** The result of a CURVE key rotation. */
export const CurveRotationSchema = z.looseObject({ "object": z.literal("curve_rotation"), "agent_id": z.string(), "rotated_at": z.string(), "curve_public_key": z.string() });

/** One entry in an agent's lifecycle log. */
export const AgentLifecycleEventSchema = z.looseObject({ "id": z.string(), "object": z.literal("agent_event"), "agent_id": z.string(), "type": z.enum(["enrolled","status_changed","exec_paused","exec_resumed","curve_rotated","manifest_updated","bound","unbound"]), "created_at": z.string(), "details": z.record(z.string(), z.unknown()) });

/** A page of lifecycle events. */
export const AgentLifecycleEventListSchema = z.looseObject({ "object": z.literal("list"), "data": z.array(AgentLifecycleEventSchema), "has_more": z.boolean() });

/** Lifecycle of a join key. */
export const JoinKeyStatusSchema = z.enum(["active","consumed","revoked","expired"]);

/** A single-use enrolment key, without its secret. */
export const JoinKeySchema = z.looseObject({ "id": z.string(), "object": z.literal("join_key"), "name": z.string(), "region": z.string(), "router_addr": z.string(), "role": AgentRoleSchema, "status": JoinKeyStatusSchema, "expires_at": z.string(), "created_at": z.string(), "consumed_by_agent_id": z.optional(z.nullable(z.string())) });

/** A join key as minted, with the secret `key` shown this once. */
export const JoinKeyWithSecretSchema = z.intersection(JoinKeySchema, z.looseObject({ "key": z.string() }));

/** What to mint. */
export const JoinKeyCreateSchema = z.strictObject({ "name": z.string().check(z.minLength(1), z.maxLength(64)), "region": z.string().check(z.minLength(1), z.maxLength(24)), "router_addr": z.string().check(z.regex(new RegExp("^tcp://[^\\s/]+:[0-9]+$"))), "role": z.optional(AgentRoleSchema), "expires_in_hours": z.optional(z.int().check(z.minimum(1), z.maximum(720))) });

/** A page of join keys. */
export const JoinKeyListSchema = z.looseObject({ "object": z.literal("list"), "data": z.array(JoinKeySchema), "has_more": z.boolean() });

/** An operational workspace. */
export const WorkspaceSchema = z.looseObject({ "id": z.string(), "object": z.literal("workspace"), "name": z.string(), "type": z.string(), "agent_ids": z.array(z.string()), "created_at": z.string() });

/** A page of workspaces. */
export const WorkspaceListSchema = z.looseObject({ "object": z.literal("list"), "data": z.array(WorkspaceSchema), "has_more": z.boolean() });

/** An agent bound to serve a workspace. */
export const WorkspaceBindingSchema = z.looseObject({ "id": z.string(), "object": z.literal("workspace_binding"), "workspace_id": z.string(), "agent_id": z.string(), "created_at": z.string() });

/** The agent to bind. */
export const WorkspaceBindingCreateSchema = z.strictObject({ "agent_id": z.string() });

/** A page of bindings. */
export const WorkspaceBindingListSchema = z.looseObject({ "object": z.literal("list"), "data": z.array(WorkspaceBindingSchema), "has_more": z.boolean() });

/** Confirms a binding was removed. */
export const DeletedWorkspaceBindingSchema = z.looseObject({ "object": z.literal("workspace_binding"), "workspace_id": z.string(), "agent_id": z.string(), "deleted": z.literal(true) });

/** A tool in the catalogue, with the agents that publish it. */
export const ToolSchema = z.looseObject({ "object": z.literal("tool"), "name": z.string(), "description": z.string(), "risk": RiskSchema, "domain": z.string(), "timeout_ms": z.int().check(z.minimum(1)), "parameters": z.record(z.string(), z.unknown()), "agent_ids": z.array(z.string()) });

/** A page of tools. Items have no `id`; the cursor is the tool `name`. */
export const ToolListSchema = z.looseObject({ "object": z.literal("list"), "data": z.array(ToolSchema), "has_more": z.boolean() });

/** Lifecycle of an invocation: `queued` → `dispatched` → `running` → `completed` | `failed` | `timeout`; gated calls pass through `pending_approval` and may end `rejected`; any unfinished call may end `cancelled`. */
export const InvocationStatusSchema = z.enum(["queued","pending_approval","dispatched","running","completed","failed","timeout","cancelled","rejected"]);

/** One state change of an invocation. */
export const InvocationTransitionSchema = z.looseObject({ "from": z.nullable(InvocationStatusSchema), "to": InvocationStatusSchema, "at": z.string(), "actor": z.string(), "reason": z.optional(z.nullable(z.string())) });

/** Why an invocation failed. */
export const InvocationErrorSchema = z.looseObject({ "code": z.string(), "message": z.string() });

/** A governed tool call and its whole lifecycle. */
export const InvocationSchema = z.looseObject({ "id": z.string(), "object": z.literal("invocation"), "workspace_id": z.string(), "tool_name": z.string(), "arguments": z.record(z.string(), z.unknown()), "risk": RiskSchema, "status": InvocationStatusSchema, "agent_id": z.nullable(z.string()), "approval_ids": z.array(z.string()), "exit_code": z.nullable(z.int()), "created_at": z.string(), "started_at": z.nullable(z.string()), "finished_at": z.nullable(z.string()), "duration_ms": z.nullable(z.int().check(z.minimum(0))), "error": z.nullable(InvocationErrorSchema), "transitions": z.array(InvocationTransitionSchema) });

/** A tool call to make. */
export const InvocationCreateSchema = z.strictObject({ "workspace_id": z.string(), "tool_name": z.string(), "arguments": z.optional(z.record(z.string(), z.unknown())) });

/** A page of invocations. */
export const InvocationListSchema = z.looseObject({ "object": z.literal("list"), "data": z.array(InvocationSchema), "has_more": z.boolean() });

/** An artifact a tool call produced, read through the chat artifact API. */
export const ArtifactRefSchema = z.looseObject({ "id": z.string(), "name": z.string(), "media_type": z.string(), "size_bytes": z.int().check(z.minimum(0)), "chat_id": z.string() });

/** The raw output of an invocation. */
export const InvocationOutputSchema = z.looseObject({ "object": z.literal("invocation_output"), "invocation_id": z.string(), "stdout": z.string(), "stderr": z.string(), "exit_code": z.nullable(z.int()), "truncated": z.boolean(), "artifacts": z.array(ArtifactRefSchema) });

/** An artifact and its content. */
export const ArtifactContentSchema = z.looseObject({ "id": z.string(), "object": z.literal("artifact"), "chat_id": z.string(), "name": z.string(), "media_type": z.string(), "size_bytes": z.int().check(z.minimum(0)), "encoding": z.enum(["utf-8","base64"]), "content": z.string() });

/** Lifecycle of an approval. */
export const ApprovalStatusSchema = z.enum(["pending","approved","rejected","escalated","timed_out"]);

/** The tool call awaiting a decision. */
export const ToolCallSchema = z.looseObject({ "name": z.string(), "arguments": z.record(z.string(), z.unknown()) });

/** A request for a human decision on a gated tool call. */
export const ApprovalSchema = z.looseObject({ "id": z.string(), "object": z.literal("approval"), "status": ApprovalStatusSchema, "risk": RiskSchema, "workspace_id": z.string(), "agent_id": z.nullable(z.string()), "invocation_id": z.string(), "tool_name": z.string(), "tool_call": ToolCallSchema, "prompt": z.string(), "timeout_seconds": z.int().check(z.minimum(1)), "expires_at": z.string(), "created_at": z.string(), "decided_at": z.nullable(z.string()), "decided_by": z.nullable(z.string()), "note": z.nullable(z.string()), "escalation_level": z.int().check(z.minimum(0)) });

/** A page of approvals. */
export const ApprovalListSchema = z.looseObject({ "object": z.literal("list"), "data": z.array(ApprovalSchema), "has_more": z.boolean() });

/** An optional note recorded with the decision. */
export const ApprovalDecisionSchema = z.strictObject({ "note": z.optional(z.string().check(z.maxLength(2000))) });

/** The documented event types (an open set; consumers must tolerate others). */
export const EventTypeSchema = z.enum(["exec.dispatched","exec.completed","exec.failed","exec.timeout","exec.approval_requested","exec.approved","exec.rejected","exec.approval_escalated","exec.approval_timed_out","exec.agent_enrolled","exec.agent_offline"]);

/** The envelope every event shares, on the event stream and in webhooks; `type` is open. */
export const EventEnvelopeSchema = z.looseObject({ "id": z.string().check(z.minLength(1)), "object": z.literal("event"), "type": z.string().check(z.minLength(1)), "created_at": z.int(), "data": z.record(z.string(), z.unknown()) });

/** An approval was requested, decided, escalated or timed out; `data` is the approval. */
export const ApprovalEventSchema = z.looseObject({ "id": z.string(), "object": z.literal("event"), "type": z.enum(["exec.approval_requested","exec.approved","exec.rejected","exec.approval_escalated","exec.approval_timed_out"]), "created_at": z.int(), "data": ApprovalSchema });

/** An invocation was dispatched or finished; `data` is the invocation. */
export const InvocationEventSchema = z.looseObject({ "id": z.string(), "object": z.literal("event"), "type": z.enum(["exec.dispatched","exec.completed","exec.failed","exec.timeout"]), "created_at": z.int(), "data": InvocationSchema });

/** An agent enrolled or went offline; `data` is the agent. */
export const AgentStatusEventSchema = z.looseObject({ "id": z.string(), "object": z.literal("event"), "type": z.enum(["exec.agent_enrolled","exec.agent_offline"]), "created_at": z.int(), "data": AgentSchema });

/** A typed event. Consumers must also accept envelopes of other types (see `EventEnvelope`). */
export const EventSchema = z.union([ApprovalEventSchema, InvocationEventSchema, AgentStatusEventSchema]);

/** Data of the `stream.reset` frame: the requested `Last-Event-ID` is older than the history the server holds; re-list. */
export const StreamResetSchema = z.looseObject({ "object": z.literal("stream.reset"), "reason": z.string(), "last_event_id": z.string() });

/** The `data:` line of one event-stream frame. A typed `Event`, an envelope of another type, or the `stream.reset` notice. */
export const EventStreamDataSchema = z.union([EventSchema, EventEnvelopeSchema, StreamResetSchema]);
