import { notFound } from "./router-error";
import { DEMO } from "../seed/demo-ids";
import { gate } from "./approvals";
import { newInvocationRecord } from "./invocations";
import type { WorldState } from "./state";
import type { Approval, Risk } from "./types";

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
   * Opens a pending approval at a chosen risk, as if a caller had invoked a gated tool: an
   * invocation in `pending_approval`, the approval, its `exec.approval_requested` event and its
   * timeout. Approving it dispatches the call like any other.
   */
  requestApproval(request: ApprovalRequest): Approval;
}

const DEFAULT_TOOL: Record<Risk, string> = {
  read: DEMO.tools.read,
  write: DEMO.tools.write,
  destructive: DEMO.tools.destructive,
  irreversible: DEMO.tools.irreversible,
};

/** The scenario helpers of one world. */
export function createScenarioApi(state: WorldState): ScenarioApi {
  return {
    requestApproval(request) {
      if (!state.workspaces.has(request.workspaceId)) throw notFound("workspace", request.workspaceId);
      const toolName = request.toolName ?? DEFAULT_TOOL[request.risk];
      const args = structuredClone(request.arguments ?? {});
      const actor = request.actor ?? "api_key:scenario";
      const rec = newInvocationRecord(state, { workspace_id: request.workspaceId, tool_name: toolName, arguments: args, risk: request.risk });
      return structuredClone(gate(state, rec, actor, `${request.risk} call: approval required`, request.prompt));
    },
  };
}
