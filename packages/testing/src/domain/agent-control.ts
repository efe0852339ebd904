import { notFound, RouterError } from "./router-error";
import { recordLifecycle } from "./agent-lifecycle";
import { findAgent } from "./agents";
import { linkBinding } from "./bindings";
import { isOnline, pump } from "./dispatch";
import { usableJoinKey } from "./join-keys";
import { bumpManifest, manifestHash } from "./manifest";
import type { WorldState } from "./state";
import { iso } from "./time";
import type { Agent, AgentStatus, ToolDescriptor } from "./types";

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

/** Control helpers that simulate what agents do (enrol, go offline, heartbeat, publish tools). */
export interface AgentControl {
  /** Consumes an active join key and creates a healthy agent (event `exec.agent_enrolled`); queued calls may dispatch. */
  enrollAgent(input: EnrollAgentInput): Agent;
  /** Changes an agent's health; `offline` emits `exec.agent_offline`, `healthy` dispatches what waited. */
  setAgentStatus(agentId: string, status: Exclude<AgentStatus, "pending">): Agent;
  /** One lease renewal now: advances `last_heartbeat_at`; an offline agent comes back healthy. */
  heartbeat(agentId: string): Agent;
  /** Replaces the agent's tool surface (a fresh manifest, as after a restart). */
  publishManifest(agentId: string, tools: ToolDescriptor[]): Agent;
}

/** The control helpers plus the heartbeat ticker the world starts and stops. */
export function createAgentControl(state: WorldState): AgentControl & { startHeartbeats(): void; stopHeartbeats(): void } {
  let cancelTick: (() => void) | undefined;
  const tick = () => {
    const at = iso(state.clock.now());
    for (const { agent } of state.agents.values()) if (isOnline(agent)) agent.last_heartbeat_at = at;
    cancelTick = state.clock.schedule(state.config.heartbeatIntervalMs, tick);
  };

  const setStatus = (agent: Agent, to: Agent["status"]) => {
    if (agent.status === to) return;
    const from = agent.status;
    agent.status = to;
    if (isOnline(agent) && !(from === "healthy" || from === "degraded")) agent.last_heartbeat_at = iso(state.clock.now());
    recordLifecycle(state, agent.id, "status_changed", { from, to });
    if (to === "offline") state.events.append("exec.agent_offline", agent);
    if (to === "healthy") pump(state);
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
    startHeartbeats() {
      cancelTick ??= state.clock.schedule(state.config.heartbeatIntervalMs, tick);
    },
    stopHeartbeats() {
      cancelTick?.();
      cancelTick = undefined;
    },
  };
}

/** Enrols an agent with a join key (consumed), binds it, emits `exec.agent_enrolled` and dispatches what waited for it. */
function enroll(state: WorldState, input: EnrollAgentInput): Agent {
  const workspaceIds = input.workspaceIds ?? [];
  for (const ws of workspaceIds) if (!state.workspaces.has(ws)) throw notFound("workspace", ws);
  const id = input.id ?? state.ids("agent");
  if (state.agents.has(id)) throw new RouterError(409, "agent_exists", `Agent '${id}' already exists.`, { param: "id" });
  if ([...state.agents.values()].some((r) => r.agent.registration_name === input.registrationName)) {
    throw new RouterError(409, "registration_name_taken", `An agent named '${input.registrationName}' is already enrolled.`, { param: "registration_name" });
  }
  const key = usableJoinKey(state, input.joinKey);
  const now = iso(state.clock.now());
  const tools = structuredClone(input.tools ?? []);
  const agent: Agent = {
    id,
    object: "agent",
    name: input.name ?? input.registrationName,
    description: null,
    registration_name: input.registrationName,
    role: key.joinKey.role,
    status: "healthy",
    exec_paused: false,
    paused_workspace_ids: [],
    region: key.joinKey.region,
    worker_id: state.ids("worker"),
    last_heartbeat_at: now,
    manifest: { version: 1, hash: manifestHash(tools, []), tools, workspace_ids: [] },
    curve_public_key: state.ids("curve_key"),
    curve_rotated_at: null,
    created_at: now,
  };
  key.joinKey.status = "consumed";
  key.joinKey.consumed_by_agent_id = id;
  state.agents.set(id, { agent, lifecycle: [] });
  recordLifecycle(state, id, "enrolled", { join_key_id: key.joinKey.id, region: agent.region });
  for (const ws of workspaceIds) linkBinding(state, ws, id);
  agent.manifest.hash = manifestHash(tools, agent.manifest.workspace_ids);
  state.events.append("exec.agent_enrolled", agent);
  pump(state);
  return structuredClone(agent);
}
