import type { XerotierClient } from "@xerotier/api";
import { listBindings } from "./resources";
import type { Agent } from "./types";

/** Scope of `pauseExec()` / `resumeExec()`: omit `workspaceId` to pause the agent everywhere. */
export interface ExecScope {
  /** Only dispatch in this workspace is paused or resumed. */
  workspaceId?: string;
}

/** `xeroctl agents pause-exec <agent-id>`: no new dispatch; in-flight calls finish. Idempotent. */
export async function pauseExec(client: XerotierClient, agentId: string, scope: ExecScope = {}): Promise<Agent> {
  const { data } = await client.POST("/v1/management/agents/{agent_id}/pause-exec", {
    params: { path: { agent_id: agentId } },
    body: scope.workspaceId ? { workspace_id: scope.workspaceId } : {},
  });
  return data;
}

/** `xeroctl agents resume-exec <agent-id>`: dispatch resumes and what queued meanwhile is dispatched. Idempotent. */
export async function resumeExec(client: XerotierClient, agentId: string, scope: ExecScope = {}): Promise<Agent> {
  const { data } = await client.POST("/v1/management/agents/{agent_id}/resume-exec", {
    params: { path: { agent_id: agentId } },
    body: scope.workspaceId ? { workspace_id: scope.workspaceId } : {},
  });
  return data;
}

/** The outcome for one agent of {@link Agents.pauseWorkspace} / {@link Agents.resumeWorkspace}. */
export interface AgentExecResult {
  /** The agent. */
  agentId: string;
  /**
   * Whether the call succeeded and the agent it answered does not contradict it. (An answer
   * showing the opposite, e.g. a workspace resume on an agent still paused everywhere, is not ok.)
   */
  ok: boolean;
  /**
   * What the answered agent shows: `true` when its pause fields show the change in effect,
   * `false` when they show the opposite, `undefined` when they are missing (the pause fields are
   * not in the public docs), in which case `ok` rests on the success answer alone.
   */
  confirmed?: boolean | undefined;
  /** The agent as the router answered, when `ok`. */
  agent?: Agent;
  /** Why it failed, when not `ok` (a typed `XerotierError` for API failures). */
  error?: unknown;
}

/** What {@link Agents.pauseWorkspace} / {@link Agents.resumeWorkspace} did, agent by agent. */
export interface WorkspaceExecResult {
  /** `pause` or `resume`. */
  action: "pause" | "resume";
  /** The workspace. */
  workspaceId: string;
  /** True when every agent succeeded (also when no agent is bound). */
  ok: boolean;
  /** One entry per bound agent, in binding order. */
  results: AgentExecResult[];
  /** The entries that failed: never hidden, so a caller can report and retry them. */
  failed: AgentExecResult[];
  /**
   * Redoes only the failed agents and returns the merged result (the successes kept, the
   * failures replaced by the new attempt). Safe to call repeatedly: pause and resume are
   * idempotent on the server.
   */
  retry(): Promise<WorkspaceExecResult>;
}

/** Options of {@link Agents.pauseWorkspace} / {@link Agents.resumeWorkspace}. */
export interface WorkspaceExecOptions {
  /** Only these agents (default: every agent bound to the workspace, read from its bindings). */
  agentIds?: readonly string[];
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
}

/**
 * The respond-to-alerts guide's "no workspace-level pause switch": pauses dispatch in
 * `workspaceId` on every agent bound to it (scoped to that workspace, so the agents keep serving
 * their other workspaces). Each agent's outcome is reported; a failure never aborts the others
 * and is retried with `result.retry()`.
 *
 * @example
 * ```ts
 * let result = await agents.pauseWorkspace("ws_kube_prod");
 * if (!result.ok) result = await result.retry();
 * ```
 */
export function pauseWorkspace(client: XerotierClient, workspaceId: string, options: WorkspaceExecOptions = {}): Promise<WorkspaceExecResult> {
  return runWorkspace(client, "pause", workspaceId, options);
}

/** Resumes dispatch in `workspaceId` on every agent bound to it; the mirror of {@link Agents.pauseWorkspace}. */
export function resumeWorkspace(client: XerotierClient, workspaceId: string, options: WorkspaceExecOptions = {}): Promise<WorkspaceExecResult> {
  return runWorkspace(client, "resume", workspaceId, options);
}

async function runWorkspace(
  client: XerotierClient,
  action: "pause" | "resume",
  workspaceId: string,
  options: WorkspaceExecOptions,
): Promise<WorkspaceExecResult> {
  const agentIds = options.agentIds ?? (await listBindings(client, workspaceId).toArray()).map((b) => b.agent_id);
  const results = await applyAll(client, action, workspaceId, agentIds, options.concurrency ?? 4);
  return summarize(client, action, workspaceId, results, options.concurrency ?? 4);
}

function summarize(
  client: XerotierClient,
  action: "pause" | "resume",
  workspaceId: string,
  results: AgentExecResult[],
  concurrency: number,
): WorkspaceExecResult {
  const failed = results.filter((r) => !r.ok);
  return {
    action,
    workspaceId,
    ok: failed.length === 0,
    results,
    failed,
    async retry() {
      const redone = await applyAll(client, action, workspaceId, failed.map((r) => r.agentId), concurrency);
      const byId = new Map(redone.map((r) => [r.agentId, r]));
      return summarize(client, action, workspaceId, results.map((r) => byId.get(r.agentId) ?? r), concurrency);
    },
  };
}

async function applyAll(
  client: XerotierClient,
  action: "pause" | "resume",
  workspaceId: string,
  agentIds: readonly string[],
  concurrency: number,
): Promise<AgentExecResult[]> {
  const call = action === "pause" ? pauseExec : resumeExec;
  const results: AgentExecResult[] = new Array(agentIds.length);
  let next = 0;
  const worker = async () => {
    while (next < agentIds.length) {
      const index = next++;
      const agentId = agentIds[index]!;
      try {
        results[index] = outcome(action, workspaceId, agentId, await call(client, agentId, { workspaceId }));
      } catch (error) {
        results[index] = { agentId, ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, agentIds.length)) }, worker));
  return results;
}

/** Reads whether the answered agent shows the change; the answer is trusted only as far as its fields go. */
function outcome(action: "pause" | "resume", workspaceId: string, agentId: string, agent: Agent): AgentExecResult {
  const confirmed = pausedIn(agent, workspaceId);
  const shown = confirmed === undefined ? undefined : action === "pause" ? confirmed : !confirmed;
  if (shown !== false) return { agentId, ok: true, confirmed: shown, agent };
  const why = action === "resume" && agent.exec_paused === true ? "it is still paused for every workspace" : `the agent it answered is not ${action}d`;
  return { agentId, ok: false, confirmed: false, agent, error: new Error(`${action} of '${agentId}' in '${workspaceId}' not in effect: ${why}.`) };
}

/** Whether the agent shows dispatch paused in the workspace; `undefined` when its pause fields are missing. */
function pausedIn(agent: Pick<Agent, "exec_paused" | "paused_workspace_ids">, workspaceId: string): boolean | undefined {
  if (agent.exec_paused === true) return true;
  const ids: unknown = agent.paused_workspace_ids;
  if (Array.isArray(ids) && ids.includes(workspaceId)) return true;
  return agent.exec_paused === false && Array.isArray(ids) ? false : undefined;
}
