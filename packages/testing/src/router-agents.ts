import type { RestartAgentInput } from "./domain/agent-restart";
import type { Agent } from "./domain/types";
import type { World } from "./domain/world";

/** What the router object does as the XEM host: simulated agent lifecycle for runbook tests. */
export interface RouterAgents {
  /**
   * Simulates a XEM container restart (operator guide 6, step 1): the agent goes offline
   * (`exec.agent_offline`), then after `downtimeMs` of router time (default 0) re-enrols with the
   * same join-key metadata and publishes `tools` (default: its current ones) atomically
   * (`exec.agent_enrolled`). Also `POST /_router/agents/{agent_id}/restart` `{ tools?, downtimeMs? }`.
   *
   * @example
   * ```ts
   * const before = router.world.agents.get(DEMO.agents.fleet01).manifest;
   * router.agents.restart(DEMO.agents.fleet01, { tools: [...before.tools, newTool], downtimeMs: 2_000 });
   * router.clock.advance(2_000); // back, with the new manifest
   * ```
   */
  restart(agentId: string, input?: RestartAgentInput): Agent;
}

/** Binds {@link RouterAgents} to whatever world the router holds now (it changes on reset). */
export function createRouterAgents(world: () => World): RouterAgents {
  return {
    restart: (agentId, input) => world().restartAgent(agentId, input),
  };
}
