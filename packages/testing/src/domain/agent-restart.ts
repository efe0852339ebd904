import { RouterError } from "./router-error";
import { recordLifecycle } from "./agent-lifecycle";
import { findAgent } from "./agents";
import { pump } from "./dispatch";
import { manifestHash } from "./manifest";
import type { WorldState } from "./state";
import { iso } from "./time";
import type { Agent, ToolDescriptor } from "./types";

/** Longest simulated downtime: keeps a typo from parking an agent offline for days. */
export const MAX_RESTART_DOWNTIME_MS = 3_600_000;

/** Input of {@link AgentRestart.restartAgent}. */
export interface RestartAgentInput {
  /** The tool surface the restarted XEM publishes; omitted, the same as before (a restart that picked nothing new up). */
  tools?: ToolDescriptor[];
  /** How long the agent stays offline, on the router clock (0–3 600 000 ms). Default 0: back within the same call. */
  downtimeMs?: number;
}

/** Simulates a XEM container restart (guide 6, step 1). */
export interface AgentRestart {
  /**
   * The agent goes `offline` (event `exec.agent_offline`), then after `downtimeMs` re-enrols with
   * the same join-key metadata: a new worker, `healthy`, a fresh heartbeat (event
   * `exec.agent_enrolled`), and its manifest replaced in one step, so a reader sees either the old
   * or the new manifest, never a mix. The version is bumped only when the tools changed. Returns
   * the agent as it is right after the call (offline when `downtimeMs` > 0).
   */
  restartAgent(agentId: string, input?: RestartAgentInput): Agent;
}

/** The restart simulation plus the cancel of pending re-enrolments the world calls on dispose. */
export function createAgentRestart(state: WorldState): AgentRestart & { cancelRestarts(): void } {
  const pending = new Map<string, () => void>();
  return {
    restartAgent(agentId, input = {}) {
      const { agent } = findAgent(state, agentId);
      const downtimeMs = checkDowntime(input.downtimeMs);
      const tools = structuredClone(input.tools ?? agent.manifest.tools);
      pending.get(agentId)?.(); // a second restart supersedes a pending one
      goOffline(state, agent);
      const reenrol = () => {
        pending.delete(agentId);
        const rec = state.agents.get(agentId);
        if (rec) reenrolWith(state, rec.agent, tools);
      };
      if (downtimeMs === 0) reenrol();
      else pending.set(agentId, state.clock.schedule(downtimeMs, reenrol));
      return structuredClone(agent);
    },
    cancelRestarts() {
      for (const cancel of pending.values()) cancel();
      pending.clear();
    },
  };
}

function checkDowntime(value: number | undefined): number {
  const ms = value ?? 0;
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0 || ms > MAX_RESTART_DOWNTIME_MS) {
    throw new RouterError(400, "invalid_request", `downtimeMs must be a number from 0 to ${MAX_RESTART_DOWNTIME_MS}.`, { param: "downtimeMs" });
  }
  return ms;
}

function goOffline(state: WorldState, agent: Agent): void {
  if (agent.status === "offline") return;
  const from = agent.status;
  agent.status = "offline";
  recordLifecycle(state, agent.id, "status_changed", { from, to: "offline", reason: "restart" });
  state.events.append("exec.agent_offline", agent);
}

/** The re-enrolment: identity and bindings kept, process, health, heartbeat and manifest renewed. */
function reenrolWith(state: WorldState, agent: Agent, tools: ToolDescriptor[]): void {
  const now = iso(state.clock.now());
  const hash = manifestHash(tools, agent.manifest.workspace_ids);
  const changed = hash !== agent.manifest.hash;
  const from = agent.status;
  agent.worker_id = state.ids("worker");
  agent.status = "healthy";
  agent.last_heartbeat_at = now;
  // One assignment: the old manifest object is never edited, so no reader sees a half-updated tool list.
  agent.manifest = { ...agent.manifest, version: agent.manifest.version + (changed ? 1 : 0), hash, tools };
  const joinKey = [...state.joinKeys.values()].find((k) => k.joinKey.consumed_by_agent_id === agent.id)?.joinKey;
  recordLifecycle(state, agent.id, "status_changed", { from, to: "healthy", reason: "restart" });
  recordLifecycle(state, agent.id, "enrolled", { join_key_id: joinKey?.id ?? null, region: agent.region, reenrolment: true });
  if (changed) recordLifecycle(state, agent.id, "manifest_updated", { version: agent.manifest.version, hash });
  state.events.append("exec.agent_enrolled", agent);
  pump(state);
}
