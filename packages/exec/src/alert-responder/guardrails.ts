import type { XerotierClient } from "@xerotier/api";
import { boundTo, pauseStateOf } from "./agent-state";
import { pauseKey, type PauseRecord } from "./pause-store";

/** The guardrail settings and the responder's memory of when it last paused each agent. */
export interface GuardrailState {
  /** At most this many paused agents per workspace. */
  maxPausedPerWorkspace: number;
  /** Minimum time between two pauses of one agent. */
  cooldownMs: number;
  /** agent id → time (ms) of the bot's last pause of it (in memory: a restart forgets cool-downs, not pauses). */
  lastPauseAt: Map<string, number>;
}

/** Agents read for one decision at most (the workspace's bound agents are among them). */
const MAX_AGENTS = 10_000;

/**
 * Why the bot must not pause `agentId` in `workspace` now, or undefined when it may. Reads the
 * agents first: when they cannot be read, or the target's pause fields are unreadable, the answer
 * is a refusal, never a guess. An agent whose state is unreadable counts as paused.
 */
export async function pauseRefusal(
  state: GuardrailState,
  client: XerotierClient,
  records: ReadonlyMap<string, PauseRecord>,
  workspace: string,
  agentId: string,
  nowMs: number,
): Promise<string | undefined> {
  if (records.has(pauseKey(workspace, agentId))) return "already paused by this bot";
  const last = state.lastPauseAt.get(agentId);
  if (last !== undefined && nowMs - last < state.cooldownMs) return `cool-down: paused ${Math.round((nowMs - last) / 1000)} s ago`;
  let all: unknown[];
  try {
    all = await client.paginate("/v1/management/agents", {}, { maxItems: MAX_AGENTS }).toArray();
  } catch (error) {
    return `agents unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
  const inWorkspace = all.filter((a) => boundTo(a, workspace) === true) as Array<{ id: unknown; status: unknown }>;
  const target = inWorkspace.find((a) => a.id === agentId);
  if (!target) return `agent ${agentId} is not bound to ${workspace}`;
  const targetState = pauseStateOf(target, workspace);
  if (targetState === "unknown") return "the agent's pause state is unreadable (exec_paused, paused_workspace_ids)";
  if (targetState !== "not-paused") return "already paused";
  const paused = inWorkspace.filter((a) => pauseStateOf(a, workspace) !== "not-paused").length;
  if (paused >= state.maxPausedPerWorkspace) return `max paused per workspace reached (${paused}/${state.maxPausedPerWorkspace})`;
  const otherHealthy = inWorkspace.filter((a) => a.id !== agentId && a.status === "healthy" && pauseStateOf(a, workspace) === "not-paused");
  if (otherHealthy.length === 0) return "last healthy agent of the workspace";
  return undefined;
}

/** Remembers when an agent was paused, keeping the map bounded (oldest entries dropped). */
export function rememberPauseTime(state: GuardrailState, agentId: string, nowMs: number, cap = 10_000): void {
  state.lastPauseAt.delete(agentId);
  state.lastPauseAt.set(agentId, nowMs);
  while (state.lastPauseAt.size > cap) state.lastPauseAt.delete(state.lastPauseAt.keys().next().value as string);
}
