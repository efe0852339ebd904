import type { Paginator, RequestOptions, XerotierClient } from "@xerotier/api";
import { pagingOf, readOptions, writeOptions, type ListOptions } from "@xerotier/api/internal";
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
export function listAgents(client: XerotierClient, filter: ListAgentsFilter = {}, options?: ListOptions): Paginator<Agent> {
  const query = { ...(filter.status ? { status: filter.status } : {}), ...(filter.role ? { role: filter.role } : {}) };
  const { paging, request } = pagingOf(options);
  return client.paginate("/v1/management/agents", { params: { query }, ...request }, paging);
}

/** `xeroctl agents <agent-id>`. */
export async function getAgent(client: XerotierClient, agentId: string, options?: RequestOptions): Promise<Agent> {
  const { data } = await client.GET("/v1/management/agents/{agent_id}", { params: { path: { agent_id: agentId } }, ...readOptions(options) });
  return data;
}

/** Renames an agent or changes its description. */
export async function updateAgent(client: XerotierClient, agentId: string, patch: AgentUpdate, options?: RequestOptions): Promise<Agent> {
  const { data } = await client.PATCH("/v1/management/agents/{agent_id}", { params: { path: { agent_id: agentId } }, body: patch, ...readOptions(options) });
  return data;
}

/** Removes an agent and its bindings; it must re-enrol to serve again. */
export async function removeAgent(client: XerotierClient, agentId: string, options?: RequestOptions): Promise<DeletedAgent> {
  const { data } = await client.DELETE("/v1/management/agents/{agent_id}", { params: { path: { agent_id: agentId } }, ...readOptions(options) });
  return data;
}

/** `xeroctl agents join-keys --create …`: the secret `key` is in this result only. */
export async function createJoinKey(client: XerotierClient, input: CreateJoinKeyInput, options?: RequestOptions): Promise<JoinKeyWithSecret> {
  const { data } = await client.POST("/v1/management/join-keys", {
    body: {
      name: input.name,
      region: input.region,
      router_addr: input.routerAddr,
      ...(input.role ? { role: input.role } : {}),
      expires_in_hours: input.expiresInHours ?? 24,
    },
    ...writeOptions(options),
  });
  return data;
}

/** Join keys, newest first, without secrets. */
export function listJoinKeys(client: XerotierClient, filter: ListJoinKeysFilter = {}, options?: ListOptions): Paginator<JoinKey> {
  const { paging, request } = pagingOf(options);
  return client.paginate("/v1/management/join-keys", { ...(filter.status ? { params: { query: { status: filter.status } } } : {}), ...request }, paging);
}

/** `xeroctl agents join-keys <id> --revoke`: revoking a revoked key returns it unchanged. */
export async function revokeJoinKey(client: XerotierClient, joinKeyId: string, options?: RequestOptions): Promise<JoinKey> {
  const { data } = await client.DELETE("/v1/management/join-keys/{join_key_id}", { params: { path: { join_key_id: joinKeyId } }, ...readOptions(options) });
  return data;
}

/** `xeroctl workspaces bind <ws> --agent <agent-id>`; binding twice returns the existing binding. */
export async function bindWorkspace(client: XerotierClient, workspaceId: string, agentId: string, options?: RequestOptions): Promise<WorkspaceBinding> {
  const { data } = await client.POST("/v1/workspaces/{workspace_id}/bindings", {
    params: { path: { workspace_id: workspaceId } },
    body: { agent_id: agentId },
    ...writeOptions(options),
  });
  return data;
}

/** Unbinds an agent from a workspace; an unknown binding is a `NotFoundError`. */
export async function unbindWorkspace(client: XerotierClient, workspaceId: string, agentId: string, options?: RequestOptions): Promise<DeletedWorkspaceBinding> {
  const { data } = await client.DELETE("/v1/workspaces/{workspace_id}/bindings/{agent_id}", {
    params: { path: { workspace_id: workspaceId, agent_id: agentId } },
    ...readOptions(options),
  });
  return data;
}

/** The agents bound to a workspace. */
export function listBindings(client: XerotierClient, workspaceId: string, options?: ListOptions): Paginator<WorkspaceBinding> {
  const { paging, request } = pagingOf(options);
  return client.paginate("/v1/workspaces/{workspace_id}/bindings", { params: { path: { workspace_id: workspaceId } }, ...request }, paging);
}
