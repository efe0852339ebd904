import { found, RouterError } from "./router-error";
import { bumpManifest, linkBinding, unlinkBinding } from "./agent-records";
import { pump } from "./invocation-lifecycle";
import { paginate } from "./paginate";
import type { WorldState } from "./state";
import { iso } from "./time";
import type { DeletedWorkspaceBinding, Page, PageQuery, Workspace, WorkspaceBinding } from "./types";

/** Input of the `workspaces.create` control helper (workspaces have no create operation in the API). */
export interface WorkspaceCreateInput {
  id?: string;
  name: string;
  /** Default `kubernetes`. */
  type?: string;
}

/** Workspaces and their agent bindings. */
export interface WorkspacesApi {
  /** Creation order. */
  list(query?: PageQuery): Page<Workspace>;
  /** 404 `workspace_not_found` when unknown. */
  get(id: string): Workspace;
  /** Control helper: adds a workspace. */
  create(input: WorkspaceCreateInput): Workspace;
  /** Bindings in creation order; the cursor is the binding id. */
  bindings(workspaceId: string, query?: PageQuery): Page<WorkspaceBinding>;
  /** Binds an agent (`created: false` when already bound); queued calls may dispatch. */
  bind(workspaceId: string, agentId: string): { binding: WorkspaceBinding; created: boolean };
  /** Unbinds; 404 `binding_not_found` when not bound. */
  unbind(workspaceId: string, agentId: string): DeletedWorkspaceBinding;
}

/** Creates the workspaces API over the world state. */
export function createWorkspacesApi(state: WorldState): WorkspacesApi {
  const find = (id: string) => found(state.workspaces, "workspace", id);
  return {
    list: (query = {}) => paginate([...state.workspaces.values()].map((r) => r.workspace), query, (w) => w.id),
    get: (id) => structuredClone(find(id).workspace),
    create(input) {
      const id = input.id ?? state.ids("workspace");
      if (state.workspaces.has(id)) throw new RouterError(409, "workspace_exists", `Workspace '${id}' already exists.`, { param: "id" });
      const workspace: Workspace = { id, object: "workspace", name: input.name, type: input.type ?? "kubernetes", agent_ids: [], created_at: iso(state.clock.now()) };
      state.workspaces.set(id, { workspace, bindings: new Map() });
      return structuredClone(workspace);
    },
    bindings: (workspaceId, query = {}) => paginate([...find(workspaceId).bindings.values()], query, (b) => b.id),
    bind(workspaceId, agentId) {
      find(workspaceId);
      const { agent } = found(state.agents, "agent", agentId);
      const result = linkBinding(state, workspaceId, agentId);
      if (result.created) {
        bumpManifest(agent);
        pump(state);
      }
      return structuredClone(result);
    },
    unbind(workspaceId, agentId) {
      find(workspaceId);
      if (!unlinkBinding(state, workspaceId, agentId)) {
        throw new RouterError(404, "binding_not_found", `Agent '${agentId}' is not bound to workspace '${workspaceId}'.`, { param: "agent_id" });
      }
      const agent = state.agents.get(agentId)?.agent;
      if (agent) bumpManifest(agent);
      return { object: "workspace_binding", workspace_id: workspaceId, agent_id: agentId, deleted: true };
    },
  };
}
