import { RouterError } from "./router-error";
import { isOnline } from "./agent-records";
import { paginate } from "./paginate";
import type { WorldState } from "./state";
import type { ArtifactContent, Page, Tool, ToolFilter } from "./types";

/** The tool catalogue: every tool an online XEM publishes, by name. */
export interface ToolsApi {
  /** Sorted by name; the cursor is the name. */
  list(filter?: ToolFilter): Page<Tool>;
  /** 404 `exec_tool_not_found` when no online agent publishes it. */
  get(name: string): Tool;
}

/** The catalogue from online XEM manifests (first publisher's descriptor wins), optionally of one workspace's agents. */
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

const TYPE_CHECKS: Record<string, (value: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number" && Number.isFinite(v),
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === "boolean",
  object: (v) => typeof v === "object" && v !== null && !Array.isArray(v),
  array: (v) => Array.isArray(v),
  null: (v) => v === null,
};

/**
 * Checks call arguments against the top level of a tool's parameter schema: `required`
 * properties, property `type`s and `enum`s. Deliberately shallow (the real router is the
 * authority on deep validation); it catches the mistakes a test bot makes. 400 `invalid_body`.
 */
export function checkArguments(schema: Record<string, unknown>, args: Record<string, unknown>): void {
  const fail = (name: string, message: string): never => {
    throw new RouterError(400, "invalid_body", `arguments.${name} ${message}`, { param: `arguments.${name}` });
  };
  const required = Array.isArray(schema.required) ? (schema.required as unknown[]) : [];
  for (const name of required) {
    if (typeof name === "string" && !(name in args)) fail(name, "is required by the tool's parameter schema.");
  }
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown> | undefined>;
  for (const [name, value] of Object.entries(args)) {
    const property = properties[name];
    if (!property) continue;
    const types = property.type === undefined ? [] : Array.isArray(property.type) ? property.type : [property.type];
    if (types.length > 0 && !types.some((t) => TYPE_CHECKS[String(t)]?.(value) ?? true)) {
      fail(name, `must be of type ${types.join(" or ")}.`);
    }
    if (Array.isArray(property.enum) && !property.enum.some((allowed) => allowed === value)) {
      fail(name, `must be one of ${property.enum.map((v) => JSON.stringify(v)).join(", ")}.`);
    }
  }
}

/** Artifacts produced by tool runs, read through the chat artifact API. */
export interface ArtifactsApi {
  /** 404 `artifact_not_found` when unknown or owned by another chat. */
  get(chatId: string, artifactId: string): ArtifactContent;
}

/** Creates the artifacts API over the world state. */
export function createArtifactsApi(state: WorldState): ArtifactsApi {
  return {
    get(chatId, artifactId) {
      const artifact = state.artifacts.get(artifactId);
      if (!artifact || artifact.chat_id !== chatId) {
        throw new RouterError(404, "artifact_not_found", `No artifact '${artifactId}' in chat '${chatId}'.`, { param: "artifact_id" });
      }
      return structuredClone(artifact);
    },
  };
}
