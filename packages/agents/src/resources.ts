import type { Paginator, XerotierClient } from "@xerotier/api";
import type {
  Agent,
  AgentUpdate,
  CreateJoinKeyInput,
  DeletedAgent,
  DeletedWorkspaceBinding,
  JoinKey,
  JoinKeyWithSecret,
  WorkspaceBinding,
} from "./types";

/** Filters of `list()`. */
export interface ListAgentsFilter {
  /** Only agents in this status. */
  status?: Agent["status"];
  /** Only agents of this role. */
  role?: Agent["role"];
}

/** Filters of `listJoinKeys()`. */
export interface ListJoinKeysFilter {
  /** Only keys in this status (`active` = minted, not yet used, not expired). */
  status?: JoinKey["status"];
}

// Plain CRUD over the management API: one request per call, typed errors from the client.

/** `xeroctl agents`: every agent, page by page, optionally filtered by status or role. */
export function listAgents(client: XerotierClient, filter: ListAgentsFilter = {}): Paginator<Agent> {
  const query = { ...(filter.status ? { status: filter.status } : {}), ...(filter.role ? { role: filter.role } : {}) };
  return client.paginate("/v1/management/agents", { params: { query } });
}

/** `xeroctl agents <agent-id>`. */
export async function getAgent(client: XerotierClient, agentId: string, signal?: AbortSignal): Promise<Agent> {
  const { data } = await client.GET("/v1/management/agents/{agent_id}", { params: { path: { agent_id: agentId } }, ...(signal ? { signal } : {}) });
  return data;
}

/** Renames an agent or changes its description. */
export async function updateAgent(client: XerotierClient, agentId: string, patch: AgentUpdate): Promise<Agent> {
  const { data } = await client.PATCH("/v1/management/agents/{agent_id}", { params: { path: { agent_id: agentId } }, body: patch });
  return data;
}

/** Removes an agent and its bindings; it must re-enrol to serve again. */
export async function removeAgent(client: XerotierClient, agentId: string): Promise<DeletedAgent> {
  const { data } = await client.DELETE("/v1/management/agents/{agent_id}", { params: { path: { agent_id: agentId } } });
  return data;
}

/** `xeroctl agents join-keys --create …`: the secret `key` is in this result only. */
export async function createJoinKey(client: XerotierClient, input: CreateJoinKeyInput): Promise<JoinKeyWithSecret> {
  const { data } = await client.POST("/v1/management/join-keys", {
    body: {
      name: input.name,
      region: input.region,
      router_addr: input.routerAddr,
      ...(input.role ? { role: input.role } : {}),
      expires_in_hours: input.expiresInHours ?? 24,
    },
  });
  return data;
}

/** Join keys, newest first, without secrets. */
export function listJoinKeys(client: XerotierClient, filter: ListJoinKeysFilter = {}): Paginator<JoinKey> {
  return client.paginate("/v1/management/join-keys", filter.status ? { params: { query: { status: filter.status } } } : {});
}

/** `xeroctl agents join-keys <id> --revoke`: revoking a revoked key returns it unchanged. */
export async function revokeJoinKey(client: XerotierClient, joinKeyId: string): Promise<JoinKey> {
  const { data } = await client.DELETE("/v1/management/join-keys/{join_key_id}", { params: { path: { join_key_id: joinKeyId } } });
  return data;
}

/** `xeroctl workspaces bind <ws> --agent <agent-id>`; binding twice returns the existing binding. */
export async function bindWorkspace(client: XerotierClient, workspaceId: string, agentId: string): Promise<WorkspaceBinding> {
  const { data } = await client.POST("/v1/workspaces/{workspace_id}/bindings", {
    params: { path: { workspace_id: workspaceId } },
    body: { agent_id: agentId },
  });
  return data;
}

/** Unbinds an agent from a workspace; an unknown binding is a `NotFoundError`. */
export async function unbindWorkspace(client: XerotierClient, workspaceId: string, agentId: string): Promise<DeletedWorkspaceBinding> {
  const { data } = await client.DELETE("/v1/workspaces/{workspace_id}/bindings/{agent_id}", {
    params: { path: { workspace_id: workspaceId, agent_id: agentId } },
  });
  return data;
}

/** The agents bound to a workspace. */
export function listBindings(client: XerotierClient, workspaceId: string): Paginator<WorkspaceBinding> {
  return client.paginate("/v1/workspaces/{workspace_id}/bindings", { params: { path: { workspace_id: workspaceId } } });
}
