import { found } from "./router-error";
import { findAgent, recordLifecycle, unlinkBinding } from "./agent-records";
import { pump } from "./invocation-lifecycle";
import { paginate, where } from "./paginate";
import type { WorldState } from "./state";
import { iso } from "./time";
import type { Agent, AgentFilter, AgentLifecycleEvent, AgentUpdateInput, CurveRotation, DeletedAgent, Page, PageQuery } from "./types";

/** Agents: list, show, update, remove, pause/resume exec, CURVE rotation, lifecycle log. */
export interface AgentsApi {
  /** Enrolment order. */
  list(filter?: AgentFilter): Page<Agent>;
  /** 404 `agent_not_found` when unknown. */
  get(id: string): Agent;
  update(id: string, input: AgentUpdateInput): Agent;
  /** Removes the agent and its bindings. */
  remove(id: string): DeletedAgent;
  /** Stops new dispatch to the agent, for all workspaces or one. A no-op when already paused. */
  pauseExec(id: string, scope: { workspace_id?: string }, actor: string): Agent;
  /** Resumes dispatch (all workspaces or one) and dispatches what queued meanwhile. */
  resumeExec(id: string, scope: { workspace_id?: string }, actor: string): Agent;
  /** Replaces the CURVE public key; the next heartbeat is newer than `rotated_at`. */
  rotateCurve(id: string, input: { reason?: string }, actor: string): CurveRotation;
  /** The agent's lifecycle log, newest first. */
  events(id: string, query?: PageQuery): Page<AgentLifecycleEvent>;
}

/** Creates the agents API over the world state. */
export function createAgentsApi(state: WorldState): AgentsApi {
  const requireWorkspace = (id: string | undefined) => {
    if (id !== undefined) found(state.workspaces, "workspace", id);
    return id;
  };
  return {
    list(filter = {}) {
      return paginate([...state.agents.values()].map((r) => r.agent), filter, (a) => a.id, where(filter));
    },
    get: (id) => structuredClone(findAgent(state, id).agent),
    update(id, input) {
      const { agent } = findAgent(state, id);
      if (input.name !== undefined) agent.name = input.name;
      if (input.description !== undefined) agent.description = input.description;
      return structuredClone(agent);
    },
    remove(id) {
      const { agent } = findAgent(state, id);
      for (const workspaceId of [...agent.manifest.workspace_ids]) unlinkBinding(state, workspaceId, id);
      state.agents.delete(id);
      return { id, object: "agent", deleted: true };
    },
    pauseExec(id, scope, actor) {
      const { agent } = findAgent(state, id);
      const ws = requireWorkspace(scope.workspace_id);
      if (agent.exec_paused || (ws !== undefined && agent.paused_workspace_ids.includes(ws))) return structuredClone(agent);
      if (ws === undefined) agent.exec_paused = true;
      else agent.paused_workspace_ids.push(ws);
      recordLifecycle(state, id, "exec_paused", { workspace_id: ws ?? null, actor });
      return structuredClone(agent);
    },
    resumeExec(id, scope, actor) {
      const { agent } = findAgent(state, id);
      const ws = requireWorkspace(scope.workspace_id);
      if (ws === undefined) {
        if (!agent.exec_paused && agent.paused_workspace_ids.length === 0) return structuredClone(agent);
        agent.exec_paused = false;
        agent.paused_workspace_ids = [];
      } else if (agent.exec_paused) {
        // "Paused everywhere except ws" is expressed as a per-workspace pause of every other binding.
        agent.exec_paused = false;
        agent.paused_workspace_ids = agent.manifest.workspace_ids.filter((w) => w !== ws);
      } else if (agent.paused_workspace_ids.includes(ws)) {
        agent.paused_workspace_ids = agent.paused_workspace_ids.filter((w) => w !== ws);
      } else {
        return structuredClone(agent);
      }
      recordLifecycle(state, id, "exec_resumed", { workspace_id: ws ?? null, actor });
      pump(state);
      return structuredClone(agent);
    },
    rotateCurve(id, input, actor) {
      const { agent } = findAgent(state, id);
      const rotatedAt = iso(state.clock.now());
      agent.curve_public_key = state.ids("curve_key");
      agent.curve_rotated_at = rotatedAt;
      recordLifecycle(state, id, "curve_rotated", { reason: input.reason ?? null, actor });
      return { object: "curve_rotation", agent_id: id, rotated_at: rotatedAt, curve_public_key: agent.curve_public_key };
    },
    events: (id, query = {}) => paginate([...findAgent(state, id).lifecycle].reverse(), query, (e) => e.id),
  };
}
