import type { Paginator, XerotierClient } from "@xerotier/api";
import { waitForEnrollment, waitForHealthy } from "./health";
import { waitForManifestRefresh, type ManifestRefreshResult, type WaitForManifestRefreshOptions } from "./manifest-refresh";
import { pauseExec, pauseWorkspace, resumeExec, resumeWorkspace, type ExecScope, type WorkspaceExecOptions, type WorkspaceExecResult } from "./pause";
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
  type CurveRotationResult,
  type JoinKeyRotationResult,
  type RotateCurveKeyOptions,
  type RotateJoinKeysInput,
  type StartCurveRotationOptions,
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

/** Agents as code: every step of the deploy, respond-to-alerts and rotate guides is one call. */
export interface Agents {
  /** `xeroctl agents`: every agent (async iterable; `.toArray()` collects). */
  list(filter?: ListAgentsFilter): Paginator<Agent>;
  /** `xeroctl agents <agent-id>`: status, published tool surface (`manifest.tools`), last heartbeat. */
  get(agentId: string): Promise<Agent>;
  /** Renames an agent or changes its description. */
  update(agentId: string, patch: AgentUpdate): Promise<Agent>;
  /** Removes an agent and its bindings. */
  remove(agentId: string): Promise<DeletedAgent>;
  /** `xeroctl agents join-keys --create`: the returned `key` is the secret, shown this once. */
  createJoinKey(input: CreateJoinKeyInput): Promise<JoinKeyWithSecret>;
  /** Join keys, newest first, without secrets. */
  listJoinKeys(filter?: ListJoinKeysFilter): Paginator<JoinKey>;
  /** `xeroctl agents join-keys <id> --revoke`. */
  revokeJoinKey(joinKeyId: string): Promise<JoinKey>;
  /** `xeroctl workspaces bind <ws> --agent <agent-id>` (safe to repeat). */
  bindWorkspace(workspaceId: string, agentId: string): Promise<WorkspaceBinding>;
  /** Unbinds an agent from a workspace. */
  unbindWorkspace(workspaceId: string, agentId: string): Promise<DeletedWorkspaceBinding>;
  /** The agents bound to a workspace. */
  listBindings(workspaceId: string): Paginator<WorkspaceBinding>;
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
  pauseExec(agentId: string, scope?: ExecScope): Promise<Agent>;
  /** `xeroctl agents resume-exec <agent-id>`; what queued meanwhile is dispatched. */
  resumeExec(agentId: string, scope?: ExecScope): Promise<Agent>;
  /** Pauses every agent bound to the workspace (for that workspace), reporting each outcome. */
  pauseWorkspace(workspaceId: string, options?: WorkspaceExecOptions): Promise<WorkspaceExecResult>;
  /** Resumes every agent bound to the workspace (for that workspace), reporting each outcome. */
  resumeWorkspace(workspaceId: string, options?: WorkspaceExecOptions): Promise<WorkspaceExecResult>;
  /** `xeroctl agents curve-rotate <agent-id>`, resolved once a newer heartbeat confirms it. */
  rotateCurveKey(agentId: string, options: RotateCurveKeyOptions): Promise<CurveRotationResult>;
  /** The rotation alone, answered at once (no wait for the confirming heartbeat). */
  startCurveRotation(agentId: string, options: StartCurveRotationOptions): Promise<CurveRotation>;
  /** Revokes unused join keys and mints fresh ones in one call. */
  rotateJoinKeys(input: RotateJoinKeysInput): Promise<JoinKeyRotationResult>;
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
 * const agent = await agents.waitForEnrollment(key.id, { timeoutMs: 300_000 });
 * await agents.waitForHealthy(agent.id);
 * ```
 */
export function createAgents(client: XerotierClient): Agents {
  return {
    list: (filter) => listAgents(client, filter),
    get: (agentId) => getAgent(client, agentId),
    update: (agentId, patch) => updateAgent(client, agentId, patch),
    remove: (agentId) => removeAgent(client, agentId),
    createJoinKey: (input) => createJoinKey(client, input),
    listJoinKeys: (filter) => listJoinKeys(client, filter),
    revokeJoinKey: (id) => revokeJoinKey(client, id),
    bindWorkspace: (workspaceId, agentId) => bindWorkspace(client, workspaceId, agentId),
    unbindWorkspace: (workspaceId, agentId) => unbindWorkspace(client, workspaceId, agentId),
    listBindings: (workspaceId) => listBindings(client, workspaceId),
    waitForHealthy: (agentId, options) => waitForHealthy(client, agentId, options),
    waitForEnrollment: (joinKeyId, options) => waitForEnrollment(client, joinKeyId, options),
    waitForManifestRefresh: (agentId, options) => waitForManifestRefresh(client, agentId, options),
    pauseExec: (agentId, scope) => pauseExec(client, agentId, scope),
    resumeExec: (agentId, scope) => resumeExec(client, agentId, scope),
    pauseWorkspace: (workspaceId, options) => pauseWorkspace(client, workspaceId, options),
    resumeWorkspace: (workspaceId, options) => resumeWorkspace(client, workspaceId, options),
    rotateCurveKey: (agentId, options) => rotateCurveKey(client, agentId, options),
    startCurveRotation: (agentId, options) => startCurveRotation(client, agentId, options),
    rotateJoinKeys: (input) => rotateJoinKeys(client, input),
  };
}
