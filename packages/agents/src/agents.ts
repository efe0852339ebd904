import type { Paginator, RequestOptions, XerotierClient } from "@xerotier/api";
import { waitForEnrollment, waitForHealthy } from "./health";
import { waitForManifestRefresh, type ManifestRefreshResult, type WaitForManifestRefreshOptions } from "./manifest-refresh";
import { pauseExec, pauseWorkspace, resumeExec, resumeWorkspace, type ExecScope, type WorkspaceExecOptions, type WorkspaceExecResult } from "./pause";
import type { ListOptions, ReadOptions } from "@xerotier/api/internal";
import {
  bindWorkspace,
  createJoinKey,
  getAgent,
  listAgents,
  listBindings,
  listJoinKeys,
  removeAgent,
  revokeJoinKey,
  unbindWorkspace,
  updateAgent,
  type ListAgentsFilter,
  type ListJoinKeysFilter,
} from "./resources";
import {
  rotateCurveKey,
  startCurveRotation,
  rotateJoinKeys,
  type CurveRotationInput,
  type CurveRotationResult,
  type JoinKeyRotationResult,
  type RotateCurveKeyOptions,
  type RotateJoinKeysInput,
} from "./rotation";
import type {
  Agent,
  AgentUpdate,
  CreateJoinKeyInput,
  CurveRotation,
  DeletedAgent,
  DeletedWorkspaceBinding,
  JoinKey,
  JoinKeyWithSecret,
  WaitOptions,
  WorkspaceBinding,
} from "./types";

/**
 * Agents as code: every step of the deploy, respond-to-alerts and rotate guides is one call.
 * Every method ends with its options: `RequestOptions` (`signal`, `timeoutMs`, `maxRetries`,
 * `idempotencyKey` on writes) for a call, {@link WaitOptions} for a wait (where `signal` and
 * `maxWaitMs` bound the whole wait, `timeoutMs` each read). An aborted call or wait rejects with
 * `APIUserAbortError`.
 */
export interface Agents {
  /** `xeroctl agents`: every agent (async iterable; `.toArray()` collects). */
  list(filter?: ListAgentsFilter, options?: ListOptions): Paginator<Agent>;
  /** `xeroctl agents <agent-id>`: status, published tool surface (`manifest.tools`), last heartbeat. */
  get(agentId: string, options?: RequestOptions): Promise<Agent>;
  /** Renames an agent or changes its description. */
  update(agentId: string, patch: AgentUpdate, options?: RequestOptions): Promise<Agent>;
  /** Removes an agent and its bindings. */
  remove(agentId: string, options?: RequestOptions): Promise<DeletedAgent>;
  /** `xeroctl agents join-keys --create`: the returned `key` is the secret, shown this once. */
  createJoinKey(input: CreateJoinKeyInput, options?: RequestOptions): Promise<JoinKeyWithSecret>;
  /** Join keys, newest first, without secrets. */
  listJoinKeys(filter?: ListJoinKeysFilter, options?: ListOptions): Paginator<JoinKey>;
  /** `xeroctl agents join-keys <id> --revoke`. */
  revokeJoinKey(joinKeyId: string, options?: RequestOptions): Promise<JoinKey>;
  /** `xeroctl workspaces bind <ws> --agent <agent-id>` (safe to repeat). */
  bindWorkspace(workspaceId: string, agentId: string, options?: RequestOptions): Promise<WorkspaceBinding>;
  /** Unbinds an agent from a workspace. */
  unbindWorkspace(workspaceId: string, agentId: string, options?: RequestOptions): Promise<DeletedWorkspaceBinding>;
  /** The agents bound to a workspace. */
  listBindings(workspaceId: string, options?: ListOptions): Paginator<WorkspaceBinding>;
  /** Resolves once the agent reports `healthy`; `AgentWaitTimeoutError` otherwise. */
  waitForHealthy(agentId: string, options?: WaitOptions): Promise<Agent>;
  /** Resolves with the agent a join key enrolled, once it is consumed; `JoinKeyWaitTimeoutError` otherwise. */
  waitForEnrollment(joinKeyId: string, options?: WaitOptions): Promise<Agent>;
  /**
   * Guide 6 step 1: after a XEM restart with new tool credentials, resolves once the agent is
   * healthy with a new manifest, with the diff; `ManifestUnchangedError` if it came back unchanged.
   */
  waitForManifestRefresh(agentId: string, options: WaitForManifestRefreshOptions): Promise<ManifestRefreshResult>;
  /** `xeroctl agents pause-exec <agent-id>` (everywhere, or one workspace). */
  pauseExec(agentId: string, scope?: ExecScope, options?: RequestOptions): Promise<Agent>;
  /** `xeroctl agents resume-exec <agent-id>`; what queued meanwhile is dispatched. */
  resumeExec(agentId: string, scope?: ExecScope, options?: RequestOptions): Promise<Agent>;
  /** Pauses every agent bound to the workspace (for that workspace), reporting each outcome. */
  pauseWorkspace(workspaceId: string, options?: WorkspaceExecOptions): Promise<WorkspaceExecResult>;
  /** Resumes every agent bound to the workspace (for that workspace), reporting each outcome. */
  resumeWorkspace(workspaceId: string, options?: WorkspaceExecOptions): Promise<WorkspaceExecResult>;
  /** `xeroctl agents curve-rotate <agent-id>`, resolved once a newer heartbeat confirms it. */
  rotateCurveKey(agentId: string, input: CurveRotationInput, options?: RotateCurveKeyOptions): Promise<CurveRotationResult>;
  /** The rotation alone, answered at once (no wait for the confirming heartbeat). */
  startCurveRotation(agentId: string, input: CurveRotationInput, options?: RequestOptions): Promise<CurveRotation>;
  /** Revokes unused join keys and mints fresh ones in one call (one request per key, so no single idempotency key). */
  rotateJoinKeys(input: RotateJoinKeysInput, options?: ReadOptions): Promise<JoinKeyRotationResult>;
}

/**
 * Binds the agent helpers to a client. Every request goes through that client (auth, retries,
 * idempotency keys, typed errors).
 *
 * @example
 * ```ts
 * import { createXerotierClient } from "@xerotier/api";
 * import { createAgents } from "@xerotier/agents";
 *
 * const agents = createAgents(createXerotierClient({ project: "proj_abc123" }));
 * const key = await agents.createJoinKey({ name: "edge-east", region: "us-east-1", routerAddr: "tcp://router.example.com:5555" });
 * const agent = await agents.waitForEnrollment(key.id, { maxWaitMs: 300_000 });
 * await agents.waitForHealthy(agent.id);
 * ```
 */
export function createAgents(client: XerotierClient): Agents {
  return {
    list: (filter, options) => listAgents(client, filter, options),
    get: (agentId, options) => getAgent(client, agentId, options),
    update: (agentId, patch, options) => updateAgent(client, agentId, patch, options),
    remove: (agentId, options) => removeAgent(client, agentId, options),
    createJoinKey: (input, options) => createJoinKey(client, input, options),
    listJoinKeys: (filter, options) => listJoinKeys(client, filter, options),
    revokeJoinKey: (id, options) => revokeJoinKey(client, id, options),
    bindWorkspace: (workspaceId, agentId, options) => bindWorkspace(client, workspaceId, agentId, options),
    unbindWorkspace: (workspaceId, agentId, options) => unbindWorkspace(client, workspaceId, agentId, options),
    listBindings: (workspaceId, options) => listBindings(client, workspaceId, options),
    waitForHealthy: (agentId, options) => waitForHealthy(client, agentId, options),
    waitForEnrollment: (joinKeyId, options) => waitForEnrollment(client, joinKeyId, options),
    waitForManifestRefresh: (agentId, options) => waitForManifestRefresh(client, agentId, options),
    pauseExec: (agentId, scope, options) => pauseExec(client, agentId, scope, options),
    resumeExec: (agentId, scope, options) => resumeExec(client, agentId, scope, options),
    pauseWorkspace: (workspaceId, options) => pauseWorkspace(client, workspaceId, options),
    resumeWorkspace: (workspaceId, options) => resumeWorkspace(client, workspaceId, options),
    rotateCurveKey: (agentId, input, options) => rotateCurveKey(client, agentId, input, options),
    startCurveRotation: (agentId, input, options) => startCurveRotation(client, agentId, input, options),
    rotateJoinKeys: (input, options) => rotateJoinKeys(client, input, options),
  };
}
