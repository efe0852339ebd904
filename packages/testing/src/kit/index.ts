/** The test kit on the router: simulated agents and a waiter for events, on whatever world is current (a reset swaps it). */
import type { RestartAgentInput } from "../domain/agent-simulation";
import type { Agent, AgentStatus } from "../domain/types";
import type { EnrollAgentInput, StoredEvent, World } from "../domain/world";

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
   * A XEM container restart (operator guide 6, step 1), as `world.restartAgent` does it; over HTTP,
   * `POST /_router/agents/{agent_id}/restart` `{ tools?, downtimeMs? }`.
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

/** Options of {@link EventWaiter.next}. */
export interface NextEventOptions {
  /** Give up after this much wall time (default 5000 ms): a test never hangs on an event that never comes. */
  maxWaitMs?: number;
  /** Only events for which this returns true. */
  where?: (event: StoredEvent) => boolean;
}

/** Waits for what the router emits, in-process. */
export interface EventWaiter {
  /**
   * The next event appended from now on, of `type` if given (e.g. `"exec.approval_requested"`).
   * Rejects after `maxWaitMs`.
   *
   * @example
   * const requested = router.events.next("exec.approval_requested");
   * router.scenario.requestApproval({ risk: "write", workspaceId: DEMO.workspaces.prod });
   * expect((await requested).data.risk).toBe("write");
   */
  next(type?: string, options?: NextEventOptions): Promise<StoredEvent>;
  /** Every retained event of the default project, oldest first. */
  list(): StoredEvent[];
  /** How many event streams are open right now (wait for your bot to be listening before acting). */
  readonly openStreams: number;
}

/** An {@link EventWaiter} on whatever world is current (a reset swaps it). */
export function createEventWaiter(world: () => World, openStreams: () => number): EventWaiter {
  return {
    get openStreams() {
      return openStreams();
    },
    next(type, { maxWaitMs = 5000, where } = {}) {
      return new Promise<StoredEvent>((resolve, reject) => {
        const unsubscribe = world().events.subscribe((event) => {
          if (type !== undefined && event.type !== type) return;
          if (where && !where(event)) return;
          clearTimeout(timer);
          unsubscribe();
          resolve(event);
        });
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`router.events.next(${type ?? ""}): no such event within ${maxWaitMs} ms`));
        }, maxWaitMs);
      });
    },
    list: () => world().events.list(),
  };
}
