import type { XerotierClient } from "@xerotier/api";
import { getOutput, type InvocationOutputView } from "./resources";
import { abortError, readOptions, type ReadOptions } from "@xerotier/api/internal";
import { createTrace, type Trace, type TracedRequest } from "./trace";
import { alertTargets, type AlertInput, type AlertTarget } from "./triage-input";
import type { Agent, Invocation } from "./types";

/**
 * Options of `triageAlert()`. `timeoutMs` and `maxRetries` apply to each request; aborting
 * `signal` rejects with `APIUserAbortError` (other failed calls are reported, not thrown).
 */
export interface TriageOptions extends ReadOptions {
  /** Also pause the agent's executor (the guide's `xeroctl agents pause-exec <agent-id>`). Default false. */
  pause?: boolean;
  /** `agent` (default) pauses it everywhere, as the guide's command does; `workspace` only in the alert's workspace. */
  pauseScope?: "agent" | "workspace";
  /** How many recent failures to scan for error codes, per status. Default 20. */
  scanLimit?: number;
  /** Clock for `triagedAt`. */
  now?: () => Date;
}

/** The agent's state as triage reports it. */
export interface TriageAgentState {
  /** Agent id. */
  id: string;
  /** Display name. */
  name: string;
  /** Health as the router sees it (any string: a status the SDK does not know is passed on as is). */
  status: Agent["status"];
  /** Paused for every workspace; `null` when the server did not say. */
  execPaused: boolean | null;
  /**
   * Paused (globally or for this workspace), i.e. gets no new dispatch in the alert's workspace;
   * `null` when the pause fields are missing (they are not in the public docs), never a guess.
   */
  pausedInWorkspace: boolean | null;
  /** Time of the last lease renewal. */
  lastHeartbeatAt: string | null;
  /** Whether the agent is bound to the alert's workspace; `null` when its manifest does not say. */
  boundToWorkspace: boolean | null;
}

/** The outcome of the optional pause. */
export interface TriagePause {
  /** Whether the pause is in effect. */
  ok: boolean;
  /** Everywhere (`agent`) or only in the alert's workspace. */
  scope: "agent" | "workspace";
  /** The agent as the router answered, when `ok`. */
  agent?: Agent;
  /** The failed call, when not `ok`. */
  error?: TracedRequest & { message: string };
}

/** A structured alert triage, ready to print or post to a chat. */
export interface TriageReport {
  /** The labels triaged. */
  target: AlertTarget;
  /** When triage ran. */
  triagedAt: string;
  /** The agent's state, or null when it could not be read (see `apiErrors`). */
  agent: TriageAgentState | null;
  /** The most recent `failed` or `timeout` invocation of the agent in the workspace, or null. */
  latestFailure: Invocation | null;
  /** Raw output of `latestFailure` (stderr usually says why). */
  latestFailureOutput: InvocationOutputView | null;
  /** How many recent failed/timed-out invocations were scanned. */
  failuresScanned: number;
  /** Every distinct code seen: invocation error codes (`non_zero_exit`, …) and API error codes (`scope_insufficient`, …). */
  errorCodes: string[];
  /** Invocation error codes only. */
  invocationErrorCodes: string[];
  /** API calls that failed during triage, with request ids to forward to support. */
  apiErrors: TracedRequest[];
  /** Set when `pause` was requested. */
  paused?: TriagePause;
  /** Every call made, with its request id. */
  requestIds: TracedRequest[];
  /** Things an operator should know (e.g. the alert names another project than the client's). */
  warnings: string[];
}

/**
 * Guide 4 for automation bots: from an alert's `project`, `workspace` and `agent` labels (an
 * Alertmanager webhook payload, one alert, or a plain label object; the first complete target
 * is used), finds the most recent failed invocation, the agent's state and the error codes
 * seen, and optionally pauses the agent. API failures are reported in the result, not thrown,
 * so a bot always gets a report; only unusable input throws (`ExecInputError`).
 *
 * @example
 * ```ts
 * const report = await exec.triageAlert(await request.json(), { pause: true });
 * if (report.latestFailure) notify(`${report.latestFailure.id}: ${report.latestFailure.error?.code}`);
 * ```
 */
export async function triageAlert(client: XerotierClient, alert: AlertInput, options: TriageOptions = {}): Promise<TriageReport> {
  const target = alertTargets(alert)[0]!;
  return triageTarget(client, target, options);
}

/** Triages every distinct target of a grouped Alertmanager payload, one report each. */
export async function triageAlerts(client: XerotierClient, alert: AlertInput, options: TriageOptions = {}): Promise<TriageReport[]> {
  const reports: TriageReport[] = [];
  for (const target of alertTargets(alert)) reports.push(await triageTarget(client, target, options));
  return reports;
}

async function triageTarget(client: XerotierClient, target: AlertTarget, options: TriageOptions): Promise<TriageReport> {
  const trace = createTrace();
  const request = readOptions(options);
  const warnings: string[] = [];
  if (target.project !== client.project) {
    warnings.push(`The alert names project '${target.project}' but the client is bound to '${client.project}'.`);
  }
  const [agent, failures] = await Promise.all([readAgent(client, { trace, ...request }, target), recentFailures(client, { trace, ...request }, target, options.scanLimit ?? 20)]);
  const latestFailure = failures[0] ?? null;
  const latestFailureOutput = latestFailure ? await getOutput(client, latestFailure.id, { trace, ...request }).catch(() => null) : null;
  const paused = options.pause ? await pause(client, { trace, ...request }, target, options.pauseScope ?? "agent") : undefined;
  // Failed calls are reported in the triage; the caller's abort is not a failure to report.
  if (request.signal?.aborted) throw abortError(request.signal);
  if (agent && agent.boundToWorkspace === false) warnings.push(`Agent '${target.agent}' is not bound to workspace '${target.workspace}'.`);

  const invocationErrorCodes = distinct(failures.map((f) => f.error?.code));
  const apiErrors = trace.requests.filter((r) => r.status !== undefined || r.code !== undefined);
  return {
    target,
    triagedAt: (options.now?.() ?? new Date()).toISOString(),
    // After a successful pause, report the agent as the router left it.
    agent: paused?.agent ? agentState(paused.agent, target.workspace) : agent,
    latestFailure,
    latestFailureOutput,
    failuresScanned: failures.length,
    errorCodes: distinct([...invocationErrorCodes, ...apiErrors.map((e) => e.code)]),
    invocationErrorCodes,
    apiErrors,
    ...(paused ? { paused } : {}),
    requestIds: trace.requests,
    warnings,
  };
}

async function readAgent(client: XerotierClient, { trace, ...request }: Traced, target: AlertTarget): Promise<TriageAgentState | null> {
  try {
    const { data } = await trace.run(`GET /v1/management/agents/${target.agent}`, () =>
      client.GET("/v1/management/agents/{agent_id}", { params: { path: { agent_id: target.agent } }, ...request }),
    );
    return agentState(data, target.workspace);
  } catch {
    return null; // recorded in the trace
  }
}

/** The agent as triage reports it: each field read on its own, missing ones `null`, so one gap never hides the rest. */
function agentState(agent: Agent, workspaceId: string): TriageAgentState {
  const execPaused = typeof agent.exec_paused === "boolean" ? agent.exec_paused : null;
  const pausedIds: unknown = agent.paused_workspace_ids;
  const boundIds: unknown = agent.manifest?.workspace_ids;
  return {
    id: agent.id,
    name: agent.name,
    status: agent.status,
    execPaused,
    pausedInWorkspace:
      execPaused === true || (Array.isArray(pausedIds) && pausedIds.includes(workspaceId)) ? true : execPaused === false && Array.isArray(pausedIds) ? false : null,
    lastHeartbeatAt: typeof agent.last_heartbeat_at === "string" ? agent.last_heartbeat_at : null,
    boundToWorkspace: Array.isArray(boundIds) ? boundIds.includes(workspaceId) : null,
  };
}

/** Failed and timed-out invocations of the agent in the workspace, newest first. */
async function recentFailures(client: XerotierClient, { trace, ...request }: Traced, target: AlertTarget, limit: number): Promise<Invocation[]> {
  const read = async (status: "failed" | "timeout") => {
    try {
      const { data } = await trace.run(`GET /v1/exec/invocations?status=${status}`, () =>
        client.GET("/v1/exec/invocations", {
          params: { query: { workspace_id: target.workspace, agent_id: target.agent, status, limit: Math.min(Math.max(limit, 1), 100) } },
          ...request,
        }),
      );
      return data.data;
    } catch {
      return [];
    }
  };
  const [failed, timedOut] = await Promise.all([read("failed"), read("timeout")]);
  const when = (inv: Invocation) => Date.parse(inv.finished_at ?? inv.created_at);
  return [...failed, ...timedOut].sort((a, b) => when(b) - when(a));
}

async function pause(client: XerotierClient, { trace, ...options }: Traced, target: AlertTarget, scope: "agent" | "workspace"): Promise<TriagePause> {
  const request = `POST /v1/management/agents/${target.agent}/pause-exec`;
  try {
    const { data } = await trace.run(request, () =>
      client.POST("/v1/management/agents/{agent_id}/pause-exec", {
        params: { path: { agent_id: target.agent } },
        body: scope === "workspace" ? { workspace_id: target.workspace } : {},
        ...options,
      }),
    );
    return { ok: true, scope, agent: data };
  } catch (error) {
    const failed = trace.requests[trace.requests.length - 1] ?? { request, requestId: undefined };
    return { ok: false, scope, error: { ...failed, message: error instanceof Error ? error.message : String(error) } };
  }
}

/** The trace of one triage and the request options every call of it takes. */
interface Traced extends ReadOptions {
  trace: Trace;
}

function distinct(values: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v.length > 0))].sort();
}
