import type { Paginator, RequestOptions, XerotierClient } from "@xerotier/api";
import { exportIncident, type IncidentExport } from "./incident";
import {
  cancelInvocation,
  getInvocation,
  getOutput,
  getTool,
  invoke,
  listInvocations,
  listTools,
  readArtifact,
  type Artifact,
  type ArtifactLocator,
  type InvocationOutputView,
  type InvokeInput,
  type ListInvocationsFilter,
  type ListToolsFilter,
} from "./resources";
import { readOptions, type ListOptions, type ReadOptions } from "@xerotier/api/internal";
import { loadTimeline, type TimelineEntry } from "./timeline";
import { triageAlert, triageAlerts, type TriageOptions, type TriageReport } from "./triage";
import type { AlertInput } from "./triage-input";
import type { Invocation, Tool } from "./types";
import { waitForCompletion, type WaitForCompletionOptions } from "./wait";

/**
 * Governed tool execution: every step of the investigate and respond-to-alerts guides is one call.
 * Every method ends with its options: `RequestOptions` (`signal`, `timeoutMs`, `maxRetries`,
 * `idempotencyKey` on writes) for a call, {@link WaitForCompletionOptions} for the wait (where
 * `signal` and `maxWaitMs` bound the whole wait, `timeoutMs` each read). An aborted call or wait
 * rejects with `APIUserAbortError`.
 */
export interface Exec {
  /** Every tool in the catalogue (optionally only those served in a workspace). */
  tools(filter?: ListToolsFilter, options?: ListOptions): Promise<Tool[]>;
  /** One tool's descriptor (risk, timeout, parameter schema, publishing agents). */
  tool(name: string, options?: RequestOptions): Promise<Tool>;
  /**
   * Requests a tool call; retry-safe through the idempotency key (never runs twice). Pass
   * `options.idempotencyKey` to re-send the same call from another process.
   */
  invoke(input: InvokeInput, options?: RequestOptions): Promise<Invocation>;
  /** Invocations, newest first (async iterable; `.toArray()` collects). */
  list(filter?: ListInvocationsFilter, options?: ListOptions): Paginator<Invocation>;
  /** One invocation with every transition. */
  get(id: string, options?: RequestOptions): Promise<Invocation>;
  /** Cancels an unfinished call; `InvocationAlreadyFinishedError` (with the final invocation) if it finished first. */
  cancel(id: string, options?: RequestOptions): Promise<Invocation>;
  /** `xeroctl exec show <id>`: every transition and approval event, in order. */
  timeline(id: string, options?: ReadOptions): Promise<TimelineEntry[]>;
  /** `xeroctl exec raw <id>`: stdout, stderr, exit code, truncation and artifact references. */
  output(id: string, options?: RequestOptions): Promise<InvocationOutputView>;
  /** Fetches one artifact through the chat artifact API. */
  readArtifact(ref: ArtifactLocator, options?: RequestOptions): Promise<Artifact>;
  /** Resolves with the invocation once it is final; `InvocationWaitTimeoutError` after `maxWaitMs` (the whole wait). */
  waitForCompletion(id: string, options?: WaitForCompletionOptions): Promise<Invocation>;
  /** `xeroctl exec show <id> -o json`: one JSON document for the incident record. */
  exportIncident(id: string, options?: ReadOptions): Promise<IncidentExport>;
  /** Triages an alert (Alertmanager payload or labels): latest failure, agent state, error codes, optional pause. */
  triageAlert(alert: AlertInput, options?: TriageOptions): Promise<TriageReport>;
  /** {@link Exec.triageAlert} for every distinct target of a grouped payload. */
  triageAlerts(alert: AlertInput, options?: TriageOptions): Promise<TriageReport[]>;
}

/**
 * Binds the exec helpers to a client. Every request goes through that client (auth, retries,
 * idempotency keys, typed errors).
 *
 * @example
 * ```ts
 * import { createXerotierClient } from "@xerotier/api";
 * import { createExec, formatTimelineEntry } from "@xerotier/exec";
 *
 * const exec = createExec(createXerotierClient({ project: "proj_abc123" }));
 * for (const entry of await exec.timeline("inv_123")) console.log(formatTimelineEntry(entry));
 * ```
 */
export function createExec(client: XerotierClient): Exec {
  return {
    tools: (filter, options) => listTools(client, filter, options),
    tool: (name, options) => getTool(client, name, options),
    invoke: (input, options) => invoke(client, input, options),
    list: (filter, options) => listInvocations(client, filter, options),
    // Only the request options go on: a caller's object can never carry a trace in.
    get: (id, options) => getInvocation(client, id, readOptions(options)),
    cancel: (id, options) => cancelInvocation(client, id, options),
    timeline: async (id, options) => (await loadTimeline(client, id, readOptions(options))).entries,
    output: (id, options) => getOutput(client, id, readOptions(options)),
    readArtifact: (ref, options) => readArtifact(client, ref, options),
    waitForCompletion: (id, options) => waitForCompletion(client, id, options),
    exportIncident: (id, options) => exportIncident(client, id, options),
    triageAlert: (alert, options) => triageAlert(client, alert, options),
    triageAlerts: (alert, options) => triageAlerts(client, alert, options),
  };
}
