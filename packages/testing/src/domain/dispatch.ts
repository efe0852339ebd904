import { dispatchTo } from "./invocation-lifecycle";
import type { AgentRecord, InvocationRecord, WorldState } from "./state";
import type { Agent } from "./types";

/**
 * Whether `agent` may take a new call of `toolName` in `workspaceId`: an XEM, healthy, bound to
 * the workspace, not paused (globally or for that workspace), publishing the tool.
 */
export function canServe(state: WorldState, agent: Agent, workspaceId: string, toolName: string): boolean {
  return (
    agent.role === "xem" &&
    agent.status === "healthy" &&
    !agent.exec_paused &&
    !agent.paused_workspace_ids.includes(workspaceId) &&
    state.workspaces.get(workspaceId)?.bindings.has(agent.id) === true &&
    agent.manifest.tools.some((t) => t.name === toolName)
  );
}

function inFlight(state: WorldState, agentId: string): number {
  return state.inFlightByAgent.get(agentId) ?? 0;
}

/** The agent a new call would go to: the eligible bound agent with the fewest calls in flight (ties: binding order). */
export function chooseAgent(state: WorldState, workspaceId: string, toolName: string): AgentRecord | undefined {
  const ws = state.workspaces.get(workspaceId);
  if (!ws) return undefined;
  let best: { rec: AgentRecord; load: number } | undefined;
  for (const agentId of ws.bindings.keys()) {
    const rec = state.agents.get(agentId);
    if (!rec || !canServe(state, rec.agent, workspaceId, toolName)) continue;
    const load = inFlight(state, agentId);
    if (!best || load < best.load) best = { rec, load };
  }
  return best?.rec;
}

/** Dispatches the invocation if an eligible agent exists; returns whether it did. */
export function tryDispatch(state: WorldState, rec: InvocationRecord, actor: string, reason: string | null): boolean {
  const agent = chooseAgent(state, rec.invocation.workspace_id, rec.invocation.tool_name);
  if (!agent) return false;
  dispatchTo(state, rec, agent, actor, reason);
  return true;
}

/**
 * Dispatches every queued invocation that can now run, oldest first. Called after anything that
 * can make an agent eligible: resume, bind, enrol, status back to healthy, a new manifest.
 */
export function pump(state: WorldState): void {
  for (const rec of state.invocations.values()) {
    if (rec.invocation.status === "queued") tryDispatch(state, rec, "system", "agent available");
  }
}
