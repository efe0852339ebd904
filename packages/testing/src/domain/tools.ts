import { RouterError } from "./router-error";
import { isOnline } from "./agent-records";
import { paginate } from "./paginate";
import type { WorldState } from "./state";
import type { Page, PageQuery, Tool } from "./types";

/** Filters of `GET /v1/exec/tools`. */
export interface ToolFilter extends PageQuery {
  /** Only tools served by agents bound to this workspace. */
  workspace_id?: string;
}

/** The tool catalogue: every tool an online XEM publishes, by name. */
export interface ToolsApi {
  /** Sorted by name; the cursor is the name. */
  list(filter?: ToolFilter): Page<Tool>;
  /** 404 `exec_tool_not_found` when no online agent publishes it. */
  get(name: string): Tool;
}

/**
 * Builds the catalogue from online XEM manifests (first publisher's descriptor wins), optionally
 * restricted to agents bound to one workspace. `agent_ids` lists the publishers in scope.
 */
export function catalogue(state: WorldState, workspaceId?: string): Map<string, Tool> {
  const tools = new Map<string, Tool>();
  const bound = workspaceId === undefined ? undefined : state.workspaces.get(workspaceId)?.bindings;
  for (const { agent } of state.agents.values()) {
    if (agent.role !== "xem" || !isOnline(agent)) continue;
    if (workspaceId !== undefined && !bound?.has(agent.id)) continue;
    for (const descriptor of agent.manifest.tools) {
      const existing = tools.get(descriptor.name);
      if (existing) existing.agent_ids.push(agent.id);
      else tools.set(descriptor.name, { object: "tool", ...structuredClone(descriptor), agent_ids: [agent.id] });
    }
  }
  return tools;
}

/** The 404 for an unknown tool (documented message). */
export function toolNotFound(name: string, status: 400 | 404, param: string | null): RouterError {
  return new RouterError(status, "exec_tool_not_found", `Tool '${name}' is not registered with any online XEM`, { param });
}

/** Creates the tools API over the world state. */
export function createToolsApi(state: WorldState): ToolsApi {
  return {
    list(filter = {}) {
      const sorted = [...catalogue(state, filter.workspace_id).values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return paginate(sorted, filter, (t) => t.name);
    },
    get(name) {
      const tool = catalogue(state).get(name);
      if (!tool) throw toolNotFound(name, 404, "tool_name");
      return tool;
    },
  };
}
