import type { WorldState } from "./state";
import { iso } from "./time";
import type { AgentLifecycleEventType } from "./types";

/** Appends an entry to an agent's lifecycle log (no-op for an unknown agent). */
export function recordLifecycle(
  state: WorldState,
  agentId: string,
  type: AgentLifecycleEventType,
  details: Record<string, unknown> = {},
  at: number = state.clock.now(),
): void {
  const rec = state.agents.get(agentId);
  if (!rec) return;
  rec.lifecycle.push({ id: state.ids("agent_event"), object: "agent_event", agent_id: agentId, type, created_at: iso(at), details });
}
