import type { XerotierClient } from "@xerotier/api";

/** Where an agent stands in one workspace, read tolerantly: `unknown` when the fields are missing or of the wrong type. */
export type PauseState = "not-paused" | "paused-here" | "paused-everywhere" | "unknown";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** The agent's pause state in `workspace`, from `exec_paused` and `paused_workspace_ids`. */
export function pauseStateOf(agent: unknown, workspace: string): PauseState {
  if (!isRecord(agent) || typeof agent.exec_paused !== "boolean" || !isStrings(agent.paused_workspace_ids)) return "unknown";
  if (agent.exec_paused) return "paused-everywhere";
  return agent.paused_workspace_ids.includes(workspace) ? "paused-here" : "not-paused";
}

/** Whether the agent's manifest binds it to `workspace`; `undefined` when the manifest does not say. */
export function boundTo(agent: unknown, workspace: string): boolean | undefined {
  const manifest = isRecord(agent) ? agent.manifest : undefined;
  const ids = isRecord(manifest) ? manifest.workspace_ids : undefined;
  return isStrings(ids) ? ids.includes(workspace) : undefined;
}

/** The id of the agent's newest lifecycle event, `null` when it has none. Rejects when unreadable. */
export async function newestEventId(client: XerotierClient, agentId: string): Promise<string | null> {
  const { data } = await client.GET("/v1/management/agents/{agent_id}/events", { params: { path: { agent_id: agentId }, query: { limit: 1 } } });
  const first: unknown = Array.isArray(data.data) ? data.data[0] : undefined;
  if (first === undefined) return null;
  if (!isRecord(first) || typeof first.id !== "string") throw new TypeError("the newest lifecycle event has no id");
  return first.id;
}

/** A pause or resume of the agent that touches the workspace. */
export interface ExecChange {
  id: string;
  type: string;
  /** The workspace it names; `null` for agent-wide, `undefined` when the event does not say. */
  workspace: string | null | undefined;
}

const EXEC_CHANGES = new Set(["exec_paused", "exec_resumed"]);

/**
 * Every `exec_paused` / `exec_resumed` event after `afterEventId` (`null`: from the start) that
 * touches `workspace`: its own, agent-wide, or of an unknown scope (counted: never a guess).
 * `undefined` when that history cannot be read whole within `maxEvents` (the mark was not found).
 */
export async function execChangesSince(client: XerotierClient, agentId: string, workspace: string, afterEventId: string | null, maxEvents = 1000): Promise<ExecChange[] | undefined> {
  const changes: ExecChange[] = [];
  let seen = 0;
  const events = client.paginate("/v1/management/agents/{agent_id}/events", { params: { path: { agent_id: agentId } } }, { maxItems: maxEvents, pageSize: 100 });
  for await (const event of events as AsyncIterable<unknown>) {
    seen += 1;
    if (!isRecord(event)) continue;
    if (afterEventId !== null && event.id === afterEventId) return changes;
    if (typeof event.type !== "string" || !EXEC_CHANGES.has(event.type)) continue;
    const details = isRecord(event.details) ? event.details : undefined;
    const named = details && "workspace_id" in details ? details.workspace_id : undefined;
    const scope = named === null ? null : typeof named === "string" ? named : undefined;
    if (scope === null || scope === undefined || scope === workspace) changes.push({ id: String(event.id), type: event.type, workspace: scope });
  }
  // Without the mark, the history is whole only if it started after the pause and was read to its end.
  return afterEventId === null && seen < maxEvents ? changes : undefined;
}
