import type { RequestOptions, XerotierClient } from "@xerotier/api";
import { abortError, readOptions, writeOptions, type ReadOptions } from "@xerotier/api/internal";
import { listBindings } from "./resources";
import type { Agent } from "./types";

/** Scope of `pauseExec()` / `resumeExec()`: omit `workspaceId` to pause the agent everywhere. */
export interface ExecScope {
  /** Only dispatch in this workspace is paused or resumed. */
  workspaceId?: string;
}

/** `xeroctl agents pause-exec <agent-id>`: no new dispatch; in-flight calls finish. Idempotent. */
export async function pauseExec(client: XerotierClient, agentId: string, scope: ExecScope = {}, options?: RequestOptions): Promise<Agent> {
  const { data } = await client.POST("/v1/management/agents/{agent_id}/pause-exec", {
    params: { path: { agent_id: agentId } },
    body: scope.workspaceId ? { workspace_id: scope.workspaceId } : {},
    ...writeOptions(options),
  });
  return data;
}

/** `xeroctl agents resume-exec <agent-id>`: dispatch resumes and what queued meanwhile is dispatched. Idempotent. */
export async function resumeExec(client: XerotierClient, agentId: string, scope: ExecScope = {}, options?: RequestOptions): Promise<Agent> {
  const { data } = await client.POST("/v1/management/agents/{agent_id}/resume-exec", {
    params: { path: { agent_id: agentId } },
    body: scope.workspaceId ? { workspace_id: scope.workspaceId } : {},
    ...writeOptions(options),
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
   * idempotent on the server. `options` default to those of the first call.
   */
  retry(options?: ReadOptions): Promise<WorkspaceExecResult>;
}

/**
 * Options of {@link Agents.pauseWorkspace} / {@link Agents.resumeWorkspace}. `timeoutMs` and
 * `maxRetries` apply to each request; aborting `signal` stops the call, which rejects with
 * `APIUserAbortError`. There is no `idempotencyKey`: one call sends a write per agent, and each
 * gets its own key (pause and resume are idempotent on the server anyway).
 */
export interface WorkspaceExecOptions extends ReadOptions {
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
  const request = readOptions(options);
  const agentIds = options.agentIds ?? (await listBindings(client, workspaceId, request).toArray()).map((b) => b.agent_id);
  const run: WorkspaceRun = { client, action, workspaceId, concurrency: options.concurrency ?? 4, request };
  return summarize(run, await applyAll(run, agentIds, request));
}

/** One pause/resume over a workspace, as {@link WorkspaceExecResult.retry} redoes it. */
interface WorkspaceRun {
  client: XerotierClient;
  action: "pause" | "resume";
  workspaceId: string;
  concurrency: number;
  request: ReadOptions;
}

function summarize(run: WorkspaceRun, results: AgentExecResult[]): WorkspaceExecResult {
  const { action, workspaceId } = run;
  const failed = results.filter((r) => !r.ok);
  return {
    action,
    workspaceId,
    ok: failed.length === 0,
    results,
    failed,
    async retry(options = run.request) {
      const redone = await applyAll(run, failed.map((r) => r.agentId), readOptions(options));
      const byId = new Map(redone.map((r) => [r.agentId, r]));
      return summarize(run, results.map((r) => byId.get(r.agentId) ?? r));
    },
  };
}

/** Pauses or resumes each agent, `concurrency` at a time; an abort rejects the whole call with `APIUserAbortError`. */
async function applyAll(run: WorkspaceRun, agentIds: readonly string[], request: ReadOptions): Promise<AgentExecResult[]> {
  const { client, action, workspaceId, concurrency } = run;
  const call = action === "pause" ? pauseExec : resumeExec;
  const results: AgentExecResult[] = new Array(agentIds.length);
  let next = 0;
  const worker = async () => {
    while (next < agentIds.length && !request.signal?.aborted) {
      const index = next++;
      const agentId = agentIds[index]!;
      try {
        results[index] = outcome(action, workspaceId, agentId, await call(client, agentId, { workspaceId }, request));
      } catch (error) {
        results[index] = { agentId, ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, agentIds.length)) }, worker));
  if (request.signal?.aborted) throw abortError(request.signal);
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
