import type { RestartAgentInput } from "../domain/agent-simulation";
import type { Agent, AgentStatus } from "../domain/types";
import type { EnrollAgentInput, World } from "../domain/world";

/**
 * What agents do, simulated: enrol with a join key, change health, heartbeat. Acts on the
 * default project's current world.
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
  /**
   * Simulates a XEM container restart (operator guide 6, step 1): the agent goes offline
   * (`exec.agent_offline`), then after `downtimeMs` of router time (default 0) re-enrols with the
   * same join-key metadata and publishes `tools` (default: its current ones) atomically
   * (`exec.agent_enrolled`). Also `POST /_router/agents/{agent_id}/restart` `{ tools?, downtimeMs? }`.
   *
   * @example
   * ```ts
   * const before = router.agents.get(DEMO.agents.fleet01).manifest;
   * router.agents.restart(DEMO.agents.fleet01, { tools: [...before.tools, newTool], downtimeMs: 2_000 });
   * router.clock.advance(2_000); // back, with the new manifest
   * ```
   */
  restart(agentId: string, input?: RestartAgentInput): Agent;
}

/** An {@link AgentSimulator} on whatever world is current. */
export function createAgentSimulator(world: () => World): AgentSimulator {
  return {
    enroll: (input) => world().enrollAgent(input),
    setStatus: (agentId, status) => world().setAgentStatus(agentId, status),
    heartbeat: (agentId) => world().heartbeat(agentId),
    get: (agentId) => world().agents.get(agentId),
    restart: (agentId, input) => world().restartAgent(agentId, input),
  };
}
