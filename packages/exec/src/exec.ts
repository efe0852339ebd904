import type { Paginator, XerotierClient } from "@xerotier/api";
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
  type ListToolsOptions,
} from "./resources";
import { loadTimeline, type TimelineEntry } from "./timeline";
import { triageAlert, triageAlerts, type TriageOptions, type TriageReport } from "./triage";
import type { AlertInput } from "./triage-input";
import type { Invocation, Tool } from "./types";
import { waitForCompletion, type WaitForCompletionOptions } from "./wait";

/** Governed tool execution: every step of the investigate and respond-to-alerts guides is one call. */
export interface Exec {
  /** Every tool in the catalogue (optionally only those served in a workspace). */
  tools(options?: ListToolsOptions): Promise<Tool[]>;
  /** One tool's descriptor (risk, timeout, parameter schema, publishing agents). */
  tool(name: string): Promise<Tool>;
  /** Requests a tool call; retry-safe through the idempotency key (never runs twice). */
  invoke(input: InvokeInput): Promise<Invocation>;
  /** Invocations, newest first (async iterable; `.toArray()` collects). */
  list(filter?: ListInvocationsFilter): Paginator<Invocation>;
  /** One invocation with every transition. */
  get(id: string): Promise<Invocation>;
  /** Cancels an unfinished call; `InvocationAlreadyFinishedError` (with the final invocation) if it finished first. */
  cancel(id: string): Promise<Invocation>;
  /** `xeroctl exec show <id>`: every transition and approval event, in order. */
  timeline(id: string): Promise<TimelineEntry[]>;
  /** `xeroctl exec raw <id>`: stdout, stderr, exit code, truncation and artifact references. */
  output(id: string): Promise<InvocationOutputView>;
  /** Fetches one artifact through the chat artifact API. */
  readArtifact(ref: ArtifactLocator): Promise<Artifact>;
  /** Resolves with the invocation once it is final; `InvocationWaitTimeoutError` otherwise. */
  waitForCompletion(id: string, options?: WaitForCompletionOptions): Promise<Invocation>;
  /** `xeroctl exec show <id> -o json`: one JSON document for the incident record. */
  exportIncident(id: string): Promise<IncidentExport>;
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
    tools: (options) => listTools(client, options),
    tool: (name) => getTool(client, name),
    invoke: (input) => invoke(client, input),
    list: (filter) => listInvocations(client, filter),
    get: (id) => getInvocation(client, id),
    cancel: (id) => cancelInvocation(client, id),
    timeline: async (id) => (await loadTimeline(client, id)).entries,
    output: (id) => getOutput(client, id),
    readArtifact: (ref) => readArtifact(client, ref),
    waitForCompletion: (id, options) => waitForCompletion(client, id, options),
    exportIncident: (id) => exportIncident(client, id),
    triageAlert: (alert, options) => triageAlert(client, alert, options),
    triageAlerts: (alert, options) => triageAlerts(client, alert, options),
  };
}
