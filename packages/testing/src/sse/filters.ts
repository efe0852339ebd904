import { RouterError } from "../domain/router-error";
import type { StoredEvent } from "../domain/events";
import { RISKS, type Risk } from "../domain/types";

/** Which events a stream delivers (all when empty). */
export interface EventFilters {
  workspaceId?: string;
  agentId?: string;
  /** Only approval and exec events at this risk (agent events have none and are left out). */
  risk?: Risk;
  /** Only these event types. */
  types?: ReadonlySet<string>;
}

/**
 * Reads the stream filters from query parameters (`workspace_id`, `agent_id`, `risk`, `types` as a
 * comma list). An unknown `risk` is a 400 `invalid_request`; `types` is open (unknown types match nothing).
 */
export function parseEventFilters(query: (name: string) => string | undefined): EventFilters {
  const filters: EventFilters = {};
  const workspaceId = query("workspace_id");
  const agentId = query("agent_id");
  const risk = query("risk");
  const types = query("types");
  if (workspaceId) filters.workspaceId = workspaceId;
  if (agentId) filters.agentId = agentId;
  if (risk !== undefined) {
    if (!(RISKS as readonly string[]).includes(risk)) {
      throw new RouterError(400, "invalid_request", `risk must be one of ${RISKS.join(", ")} (got '${risk}').`, { param: "risk" });
    }
    filters.risk = risk as Risk;
  }
  if (types !== undefined) {
    const list = types.split(",").map((t) => t.trim()).filter((t) => t !== "");
    if (list.length > 0) filters.types = new Set(list);
  }
  return filters;
}

/** Where an event's data places it: workspaces, agent, risk (agents carry their bound workspaces). */
function scopeOf(data: Record<string, unknown>): { workspaceIds: string[]; agentId: unknown; risk: unknown } {
  if (data.object === "agent") {
    const manifest = data.manifest as { workspace_ids?: unknown } | undefined;
    const ids = Array.isArray(manifest?.workspace_ids) ? (manifest.workspace_ids as string[]) : [];
    return { workspaceIds: ids, agentId: data.id, risk: undefined };
  }
  const ws = data.workspace_id;
  return { workspaceIds: typeof ws === "string" ? [ws] : [], agentId: data.agent_id, risk: data.risk };
}

/** Whether `event` passes `filters`. */
export function matchesFilters(event: StoredEvent, filters: EventFilters): boolean {
  if (filters.types && !filters.types.has(event.type)) return false;
  const scope = scopeOf(event.data);
  if (filters.workspaceId !== undefined && !scope.workspaceIds.includes(filters.workspaceId)) return false;
  if (filters.agentId !== undefined && scope.agentId !== filters.agentId) return false;
  if (filters.risk !== undefined && scope.risk !== filters.risk) return false;
  return true;
}
