import { DEMO } from "../seed/demo-ids";
import { found, RouterError } from "./router-error";
import { closeApprovalsOnCancel, gate } from "./approvals";
import { where } from "./paginate";
import { isFinished, transition, tryDispatch } from "./invocation-lifecycle";
import type { InvocationRecord, WorldState } from "./state";
import { iso } from "./time";
import { catalogue, checkArguments, toolNotFound } from "./tools";
import type { Approval, Invocation, InvocationCreateInput, InvocationFilter, InvocationOutput, Page, Risk } from "./types";

/** Invocations: invoke, list, show, cancel, raw output. */
export interface InvocationsApi {
  /**
   * Invokes a tool: `read`/`write` dispatch at once (or wait `queued`), `destructive`/`irreversible` open an approval
   * (`prompt`, default: a description of the call). 404 `workspace_not_found`, 400 `exec_tool_not_found` or `invalid_body`.
   * `traceId` (from a valid `traceparent`) becomes the invocation's `trace_id`.
   */
  create(input: InvocationCreateInput, actor: string, options?: { prompt?: string; traceId?: string }): Invocation;
  /** Newest first. */
  list(filter?: InvocationFilter): Page<Invocation>;
  /** 404 `invocation_not_found` when unknown. */
  get(id: string): Invocation;
  /** Cancels an unfinished invocation (closing its open approval); 409 `invocation_already_finished` otherwise. */
  cancel(id: string, actor: string): Invocation;
  /** Raw stdout/stderr/exit code and artifact references (empty until it finishes). */
  output(id: string): InvocationOutput;
}

/** A new invocation record in no status yet (the first transition sets it). */
export function newInvocationRecord(state: WorldState, fields: Pick<Invocation, "workspace_id" | "tool_name" | "arguments" | "risk">, id = state.ids("invocation")): InvocationRecord {
  const invocation: Invocation = {
    id,
    object: "invocation",
    ...fields,
    status: "queued",
    agent_id: null,
    approval_ids: [],
    exit_code: null,
    created_at: iso(state.clock.now()),
    started_at: null,
    finished_at: null,
    duration_ms: null,
    error: null,
    transitions: [],
  };
  const rec: InvocationRecord = { invocation, output: { stdout: "", stderr: "", truncated: false, artifacts: [] }, timers: [] };
  state.invocations.set(id, rec);
  return rec;
}

/** Creates the invocations API over the world state. */
export function createInvocationsApi(state: WorldState): InvocationsApi {
  const find = (id: string): InvocationRecord => found(state.invocations, "invocation", id);

  return {
    create(input, actor, options = {}) {
      found(state.workspaces, "workspace", input.workspace_id);
      const tool = catalogue(state).get(input.tool_name);
      if (!tool) throw toolNotFound(input.tool_name, 400, "tool_name");
      const args = input.arguments ?? {};
      checkArguments(tool.parameters, args);
      const rec = newInvocationRecord(state, {
        workspace_id: input.workspace_id,
        tool_name: input.tool_name,
        arguments: structuredClone(args),
        risk: tool.risk,
      });
      if (options.traceId !== undefined) rec.invocation.trace_id = options.traceId;
      if (tool.risk === "read" || tool.risk === "write") {
        transition(state, rec, "queued", actor, null);
        tryDispatch(state, rec, "system", `${tool.risk} tool: no approval required`);
      } else {
        gate(state, rec, actor, `${tool.risk} tool: approval required`, options.prompt);
      }
      return structuredClone(rec.invocation);
    },
    list(filter = {}) {
      return state.invocations.pageNewestFirst(filter, (r) => r.invocation, where(filter));
    },
    get: (id) => structuredClone(find(id).invocation),
    cancel(id, actor) {
      const rec = find(id);
      if (isFinished(rec)) {
        throw new RouterError(409, "invocation_already_finished", `Invocation '${id}' already finished with status ${rec.invocation.status}.`);
      }
      closeApprovalsOnCancel(state, rec, actor);
      transition(state, rec, "cancelled", actor, "cancelled");
      return structuredClone(rec.invocation);
    },
    output(id) {
      const rec = find(id);
      return { object: "invocation_output", invocation_id: rec.invocation.id, ...structuredClone(rec.output), exit_code: rec.invocation.exit_code };
    },
  };
}

/** What {@link ScenarioApi.requestApproval} opens. */
export interface ApprovalRequest {
  /** Any risk, even `read` or `write` (the router itself gates only destructive and irreversible tools). */
  risk: Risk;
  /** An existing workspace of the project. */
  workspaceId: string;
  /** Default: the demo tool of that risk (`kubectl_get`, `kubectl_label`, `kubectl_drain`, `openstack_server_delete`). */
  toolName?: string;
  /** The call's arguments. Default `{}`. */
  arguments?: Record<string, unknown>;
  /** The text operators see. Default: a description of the call. */
  prompt?: string;
  /** Audit actor of the request. Default `api_key:scenario`. */
  actor?: string;
}

/** Situations a test arranges that the public API cannot create directly. */
export interface ScenarioApi {
  /**
   * Opens a pending approval at a chosen risk as if a caller had invoked a gated tool (an invocation in `pending_approval`,
   * `exec.approval_requested`, its timeout); approving it dispatches the call like any other.
   */
  requestApproval(request: ApprovalRequest): Approval;
}

/** The scenario helpers of one world. */
export function createScenarioApi(state: WorldState): ScenarioApi {
  return {
    requestApproval(request) {
      found(state.workspaces, "workspace", request.workspaceId);
      const toolName = request.toolName ?? DEMO.tools[request.risk];
      const args = structuredClone(request.arguments ?? {});
      const actor = request.actor ?? "api_key:scenario";
      const rec = newInvocationRecord(state, { workspace_id: request.workspaceId, tool_name: toolName, arguments: args, risk: request.risk });
      return structuredClone(gate(state, rec, actor, `${request.risk} call: approval required`, request.prompt));
    },
  };
}
