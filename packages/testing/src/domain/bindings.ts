import { RouterError } from "./router-error";
import { recordLifecycle } from "./agent-lifecycle";
import type { WorldState } from "./state";
import { iso } from "./time";
import type { WorkspaceBinding } from "./types";

/**
 * Records a binding on both sides (workspace bindings + `agent_ids`, agent
 * `manifest.workspace_ids`) and logs `bound`. Does not bump the manifest or dispatch: callers do.
 * Returns the existing binding when already bound.
 */
export function linkBinding(state: WorldState, workspaceId: string, agentId: string, at = state.clock.now()): { binding: WorkspaceBinding; created: boolean } {
  const ws = state.workspaces.get(workspaceId);
  const agent = state.agents.get(agentId)?.agent;
  if (!ws || !agent) throw new RouterError(500, "internal_error", "linkBinding called for an unknown workspace or agent");
  const existing = ws.bindings.get(agentId);
  if (existing) return { binding: existing, created: false };
  const binding: WorkspaceBinding = {
    id: `${workspaceId}:${agentId}`,
    object: "workspace_binding",
    workspace_id: workspaceId,
    agent_id: agentId,
    created_at: iso(at),
  };
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
