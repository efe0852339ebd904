/** What agents do, simulated: enrol with a join key, change health, heartbeat, publish tools, restart. */
import { addAgent, bumpManifest, changeStatus, findAgent, isOnline, linkBinding, manifestHash, recordLifecycle } from "./agent-records";
import { pump } from "./invocation-lifecycle";
import { usableJoinKey } from "./join-keys";
import { found, RouterError } from "./router-error";
import type { WorldState } from "./state";
import { iso } from "./time";
import type { Agent, AgentStatus, ToolDescriptor } from "./types";

/** Longest simulated downtime: keeps a typo from parking an agent offline for days. */
export const MAX_RESTART_DOWNTIME_MS = 3_600_000;

/** Input of {@link AgentControl.enrollAgent}: what a XEM presents when it dials the router. */
export interface EnrollAgentInput {
  /** The join key's secret (`jk_live_…`), as handed to the agent in `XEM_JOIN_KEY`. */
  joinKey: string;
  /** Unique per project. */
  registrationName: string;
  /** Display name; defaults to the registration name. */
  name?: string;
  /** Agent id; minted when omitted. */
  id?: string;
  /** The tool surface the agent publishes. */
  tools?: ToolDescriptor[];
  /** Workspaces to bind at once. */
  workspaceIds?: string[];
}

/** Input of {@link AgentControl.restartAgent}. */
export interface RestartAgentInput {
  /** The tool surface the restarted XEM publishes; omitted, the same as before (a restart that picked nothing new up). */
  tools?: ToolDescriptor[];
  /** How long the agent stays offline, on the router clock (0–3 600 000 ms). Default 0: back within the same call. */
  downtimeMs?: number;
}

/** Control helpers that simulate what agents do (enrol, go offline, heartbeat, publish tools, restart). */
export interface AgentControl {
  /** Consumes an active join key and creates a healthy agent (event `exec.agent_enrolled`); queued calls may dispatch. */
  enrollAgent(input: EnrollAgentInput): Agent;
  /** Changes an agent's health; `offline` emits `exec.agent_offline`, `healthy` dispatches what waited. */
  setAgentStatus(agentId: string, status: Exclude<AgentStatus, "pending">): Agent;
  /** One lease renewal now: advances `last_heartbeat_at`; an offline agent comes back healthy. */
  heartbeat(agentId: string): Agent;
  /** Replaces the agent's tool surface (a fresh manifest, as after a restart). */
  publishManifest(agentId: string, tools: ToolDescriptor[]): Agent;
  /**
   * A XEM container restart (guide 6, step 1): `offline` (`exec.agent_offline`), then after `downtimeMs` re-enrolled with the same
   * join-key metadata, a new worker and its manifest replaced in one step (`exec.agent_enrolled`; version bumped only when the
   * tools changed): a reader never sees a mix. Returns the agent right after the call (offline when `downtimeMs` > 0).
   */
  restartAgent(agentId: string, input?: RestartAgentInput): Agent;
}

/** The control helpers plus the heartbeat ticker and pending restarts the world starts and stops. */
export function createAgentControl(state: WorldState): AgentControl & { startHeartbeats(): void; stop(): void } {
  let cancelTick: (() => void) | undefined;
  const tick = () => {
    const at = iso(state.clock.now());
    for (const { agent } of state.agents.values()) if (isOnline(agent)) agent.last_heartbeat_at = at;
    cancelTick = state.clock.schedule(state.config.heartbeatIntervalMs, tick);
  };
  const restarts = new Map<string, () => void>();
  const setStatus = (agent: Agent, to: Agent["status"]) => {
    if (changeStatus(state, agent, to) && to === "healthy") pump(state);
  };

  return {
    enrollAgent: (input) => enroll(state, input),
    setAgentStatus(agentId, status) {
      const { agent } = findAgent(state, agentId);
      setStatus(agent, status);
      return structuredClone(agent);
    },
    heartbeat(agentId) {
      const { agent } = findAgent(state, agentId);
      if (!isOnline(agent)) setStatus(agent, "healthy");
      agent.last_heartbeat_at = iso(state.clock.now());
      return structuredClone(agent);
    },
    publishManifest(agentId, tools) {
      const { agent } = findAgent(state, agentId);
      agent.manifest.tools = structuredClone(tools);
      bumpManifest(agent);
      recordLifecycle(state, agentId, "manifest_updated", { version: agent.manifest.version, hash: agent.manifest.hash });
      pump(state);
      return structuredClone(agent);
    },
    restartAgent(agentId, input = {}) {
      const { agent } = findAgent(state, agentId);
      const downtimeMs = checkDowntime(input.downtimeMs);
      const tools = structuredClone(input.tools ?? agent.manifest.tools);
      restarts.get(agentId)?.(); // a second restart supersedes a pending one
      changeStatus(state, agent, "offline", { reason: "restart" });
      const reenrol = () => {
        restarts.delete(agentId);
        const rec = state.agents.get(agentId);
        if (rec) reenrolWith(state, rec.agent, tools);
      };
      if (downtimeMs === 0) reenrol();
      else restarts.set(agentId, state.clock.schedule(downtimeMs, reenrol));
      return structuredClone(agent);
    },
    startHeartbeats() {
      cancelTick ??= state.clock.schedule(state.config.heartbeatIntervalMs, tick);
    },
    stop() {
      cancelTick?.();
      cancelTick = undefined;
      for (const cancel of restarts.values()) cancel();
      restarts.clear();
    },
  };
}

/** Enrols an agent with a join key (consumed), binds it, emits `exec.agent_enrolled` and dispatches what waited for it. */
function enroll(state: WorldState, input: EnrollAgentInput): Agent {
  const workspaceIds = input.workspaceIds ?? [];
  for (const ws of workspaceIds) found(state.workspaces, "workspace", ws);
  const id = input.id ?? state.ids("agent");
  if (state.agents.has(id)) throw new RouterError(409, "agent_exists", `Agent '${id}' already exists.`, { param: "id" });
  if ([...state.agents.values()].some((r) => r.agent.registration_name === input.registrationName)) {
    throw new RouterError(409, "registration_name_taken", `An agent named '${input.registrationName}' is already enrolled.`, { param: "registration_name" });
  }
  const { joinKey } = usableJoinKey(state, input.joinKey);
  const now = state.clock.now();
  const fields = { id, name: input.name ?? input.registrationName, registrationName: input.registrationName, role: joinKey.role, region: joinKey.region };
  const minted = { workerId: state.ids("worker"), curvePublicKey: state.ids("curve_key") };
  const { agent } = addAgent(state, { ...fields, ...minted, tools: input.tools ?? [], createdAt: now, lastHeartbeatAt: now }, joinKey.id);
  joinKey.status = "consumed";
  joinKey.consumed_by_agent_id = id;
  for (const ws of workspaceIds) linkBinding(state, ws, id);
  agent.manifest.hash = manifestHash(agent.manifest.tools, agent.manifest.workspace_ids);
  state.events.append("exec.agent_enrolled", agent);
  pump(state);
  return structuredClone(agent);
}

function checkDowntime(value: number | undefined): number {
  const ms = value ?? 0;
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0 || ms > MAX_RESTART_DOWNTIME_MS) {
    throw new RouterError(400, "invalid_request", `downtimeMs must be a number from 0 to ${MAX_RESTART_DOWNTIME_MS}.`, { param: "downtimeMs" });
  }
  return ms;
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
