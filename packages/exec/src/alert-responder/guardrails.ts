import type { Agent } from "../types";
import type { AgentExecControls } from "./types";

/** The guardrail settings and the responder's own memory of its pauses. */
export interface GuardrailState {
  /** At most this many paused agents per workspace. */
  maxPausedPerWorkspace: number;
  /** Minimum time between two pauses of one agent. */
  cooldownMs: number;
  /** `workspace/agent` → fingerprint of the alert the bot paused it for. */
  pausedByBot: Map<string, string>;
  /** agent id → time (ms) of the bot's last pause of it. */
  lastPauseAt: Map<string, number>;
}

/** The key under which a pause is remembered. */
export const pauseKey = (workspace: string, agent: string): string => `${workspace}/${agent}`;

const pausedIn = (agent: Agent, workspace: string): boolean => agent.exec_paused || agent.paused_workspace_ids.includes(workspace);
const boundTo = (agent: Agent, workspace: string): boolean => agent.manifest.workspace_ids.includes(workspace);

/**
 * Why the bot must not pause `agentId` in `workspace` now, or undefined when it may. Reads the
 * agents first: when they cannot be read, the answer is a refusal, never a guess.
 */
export async function pauseRefusal(state: GuardrailState, agents: AgentExecControls, workspace: string, agentId: string, nowMs: number): Promise<string | undefined> {
  if (state.pausedByBot.has(pauseKey(workspace, agentId))) return "already paused by this bot";
  const last = state.lastPauseAt.get(agentId);
  if (last !== undefined && nowMs - last < state.cooldownMs) return `cool-down: paused ${Math.round((nowMs - last) / 1000)} s ago`;
  let all: Agent[];
  try {
    all = [];
    for await (const agent of agents.list()) all.push(agent);
  } catch (error) {
    return `agents unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
  const inWorkspace = all.filter((a) => boundTo(a, workspace));
  const target = inWorkspace.find((a) => a.id === agentId);
  if (!target) return `agent ${agentId} is not bound to ${workspace}`;
  if (pausedIn(target, workspace)) return "already paused";
  const paused = inWorkspace.filter((a) => pausedIn(a, workspace)).length;
  if (paused >= state.maxPausedPerWorkspace) return `max paused per workspace reached (${paused}/${state.maxPausedPerWorkspace})`;
  const otherHealthy = inWorkspace.filter((a) => a.id !== agentId && a.status === "healthy" && !pausedIn(a, workspace));
  if (otherHealthy.length === 0) return "last healthy agent of the workspace";
  return undefined;
}

/** Remembers a pause, keeping both maps bounded (oldest entries dropped). */
export function rememberPause(state: GuardrailState, workspace: string, agentId: string, fingerprint: string, nowMs: number, cap = 10_000): void {
  state.pausedByBot.set(pauseKey(workspace, agentId), fingerprint);
  state.lastPauseAt.delete(agentId);
  state.lastPauseAt.set(agentId, nowMs);
  for (const map of [state.pausedByBot, state.lastPauseAt] as Map<string, unknown>[]) {
    while (map.size > cap) map.delete(map.keys().next().value as string);
  }
}
