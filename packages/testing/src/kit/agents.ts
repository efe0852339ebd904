import type { Agent, AgentStatus } from "../domain/types";
import type { EnrollAgentInput, World } from "../domain/world";

/**
 * What agents do, simulated: enrol with a join key, change health, heartbeat. Acts on the
 * default project's current world. (Room for more agent simulations, e.g. a restart.)
 */
export interface AgentSimulator {
  /** Consumes an active join key and creates a healthy agent (event `exec.agent_enrolled`). */
  enroll(input: EnrollAgentInput): Agent;
  /** Changes an agent's health; `offline` emits `exec.agent_offline`, `healthy` dispatches what waited. */
  setStatus(agentId: string, status: Exclude<AgentStatus, "pending">): Agent;
  /** One lease renewal now; an offline agent comes back healthy. */
  heartbeat(agentId: string): Agent;
  /** The agent as the API shows it. */
  get(agentId: string): Agent;
}

/** An {@link AgentSimulator} on whatever world is current. */
export function createAgentSimulator(world: () => World): AgentSimulator {
  return {
    enroll: (input) => world().enrollAgent(input),
    setStatus: (agentId, status) => world().setAgentStatus(agentId, status),
    heartbeat: (agentId) => world().heartbeat(agentId),
    get: (agentId) => world().agents.get(agentId),
  };
}
