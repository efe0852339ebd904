/** What every change to an agent goes through: its lifecycle log, its manifest, its bindings, its status. */
import { found, RouterError } from "./router-error";
import type { AgentRecord, WorldState } from "./state";
import { iso } from "./time";
import type { Agent, AgentLifecycleEventType, ToolDescriptor, WorkspaceBinding } from "./types";

/** Looks an agent record up or throws 404 `agent_not_found`. */
export function findAgent(state: WorldState, id: string): AgentRecord {
  return found(state.agents, "agent", id);
}

/** Online agents: they heartbeat and their tools are in the catalogue. */
export function isOnline(agent: Agent): boolean {
  return agent.status === "healthy" || agent.status === "degraded";
}

/** Appends an entry to an agent's lifecycle log (no-op for an unknown agent). */
export function recordLifecycle(state: WorldState, agentId: string, type: AgentLifecycleEventType, details: Record<string, unknown> = {}, at = state.clock.now()): void {
  state.agents.get(agentId)?.lifecycle.push({ id: state.ids("agent_event"), object: "agent_event", agent_id: agentId, type, created_at: iso(at), details });
}

/** Moves an agent to `to` (false when already there): `status_changed`, `exec.agent_offline`, a fresh heartbeat when back online. */
export function changeStatus(state: WorldState, agent: Agent, to: Agent["status"], extra: Record<string, unknown> = {}): boolean {
  if (agent.status === to) return false;
  const wasOnline = isOnline(agent);
  const from = agent.status;
  agent.status = to;
  if (!wasOnline && isOnline(agent)) agent.last_heartbeat_at = iso(state.clock.now());
  recordLifecycle(state, agent.id, "status_changed", { from, to, ...extra });
  if (to === "offline") state.events.append("exec.agent_offline", agent);
  return true;
}

/** FNV-1a (64-bit) of a string, as 16 hex digits: a cheap, stable, synchronous digest. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

/** The manifest digest of a tool set and binding list (`fnv1a64:<hex>`). */
export function manifestHash(tools: readonly ToolDescriptor[], workspaceIds: readonly string[]): string {
  return `fnv1a64:${fnv1a64(JSON.stringify({ tools, workspace_ids: workspaceIds }))}`;
}

/** Bumps the manifest version and recomputes its hash after tools or bindings changed. */
export function bumpManifest(agent: Agent): void {
  agent.manifest.version += 1;
  agent.manifest.hash = manifestHash(agent.manifest.tools, agent.manifest.workspace_ids);
}

/** Records a binding on both sides and logs `bound` (the existing one when already bound); callers bump the manifest and dispatch. */
export function linkBinding(state: WorldState, workspaceId: string, agentId: string, at = state.clock.now()): { binding: WorkspaceBinding; created: boolean } {
  const ws = state.workspaces.get(workspaceId);
  const agent = state.agents.get(agentId)?.agent;
  if (!ws || !agent) throw new RouterError(500, "internal_error", "linkBinding called for an unknown workspace or agent");
  const existing = ws.bindings.get(agentId);
  if (existing) return { binding: existing, created: false };
  const binding: WorkspaceBinding = { id: `${workspaceId}:${agentId}`, object: "workspace_binding", workspace_id: workspaceId, agent_id: agentId, created_at: iso(at) };
  ws.bindings.set(agentId, binding);
  ws.workspace.agent_ids.push(agentId);
  if (!agent.manifest.workspace_ids.includes(workspaceId)) agent.manifest.workspace_ids.push(workspaceId);
  recordLifecycle(state, agentId, "bound", { workspace_id: workspaceId }, at);
  return { binding, created: true };
}

/** Removes a binding on both sides and logs `unbound`; false when there was none. */
export function unlinkBinding(state: WorldState, workspaceId: string, agentId: string): boolean {
  const ws = state.workspaces.get(workspaceId);
  if (!ws?.bindings.delete(agentId)) return false;
  ws.workspace.agent_ids = ws.workspace.agent_ids.filter((id) => id !== agentId);
  const agent = state.agents.get(agentId)?.agent;
  if (agent) {
    agent.manifest.workspace_ids = agent.manifest.workspace_ids.filter((id) => id !== workspaceId);
    agent.paused_workspace_ids = agent.paused_workspace_ids.filter((id) => id !== workspaceId);
  }
  recordLifecycle(state, agentId, "unbound", { workspace_id: workspaceId });
  return true;
}

/** The fields of a new healthy XEM agent (no bindings yet). */
export interface NewAgent {
  id: string;
  name: string;
  registrationName: string;
  role: Agent["role"];
  region: string;
  workerId: string;
  curvePublicKey: string;
  curveRotatedAt?: number;
  tools: ToolDescriptor[];
  createdAt: number;
  lastHeartbeatAt: number;
}

/** Stores a new healthy agent with an empty binding list and logs `enrolled` (by `joinKeyId`) at its creation time. */
export function addAgent(state: WorldState, fields: NewAgent, joinKeyId: string): AgentRecord {
  const tools = structuredClone(fields.tools);
  const agent: Agent = {
    id: fields.id,
    object: "agent",
    name: fields.name,
    description: null,
    registration_name: fields.registrationName,
    role: fields.role,
    status: "healthy",
    exec_paused: false,
    paused_workspace_ids: [],
    region: fields.region,
    worker_id: fields.workerId,
    last_heartbeat_at: iso(fields.lastHeartbeatAt),
    manifest: { version: 1, hash: manifestHash(tools, []), tools, workspace_ids: [] },
    curve_public_key: fields.curvePublicKey,
    curve_rotated_at: fields.curveRotatedAt === undefined ? null : iso(fields.curveRotatedAt),
    created_at: iso(fields.createdAt),
  };
  const rec: AgentRecord = { agent, lifecycle: [] };
  state.agents.set(agent.id, rec);
  recordLifecycle(state, agent.id, "enrolled", { join_key_id: joinKeyId, region: fields.region }, fields.createdAt);
  return rec;
}
