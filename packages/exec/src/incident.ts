import { SPEC_VERSION, VERSION, type XerotierClient } from "@xerotier/api";
import { getOutput, type InvocationOutputView } from "./resources";
import { loadTimeline, type TimelineEntry } from "./timeline";
import { readOptions, type ReadOptions } from "@xerotier/api/internal";
import { createTrace, type TracedRequest } from "./trace";
import type { Approval, Invocation } from "./types";

/** `xeroctl exec show <id> -o json`: everything about one invocation, for an incident record. */
export interface IncidentExport {
  /** Always `incident_export`. */
  object: "incident_export";
  /** When the export was taken (RFC 3339, local clock). */
  exportedAt: string;
  /** The API contract version the SDK speaks. */
  specVersion: string;
  /** The SDK version that produced the export. */
  sdkVersion: string;
  /** The invocation with its transitions. */
  invocation: Invocation;
  /** Transitions and approval events in order. */
  timeline: TimelineEntry[];
  /** Every approval of the invocation. */
  approvals: Approval[];
  /** Raw stdout, stderr, exit code and artifact references. */
  output: InvocationOutputView;
  /** Each call made for the export with its request id, to quote to platform support. */
  requestIds: TracedRequest[];
}

/**
 * Collects an invocation, its approvals, timeline and raw output into one JSON-ready document.
 * Audit rows expire after the retention window, so archive the result promptly.
 *
 * @example
 * ```ts
 * const doc = await exec.exportIncident("inv_demo_failed");
 * await writeFile(`incident-${doc.invocation.id}.json`, JSON.stringify(doc, null, 2));
 * ```
 */
export async function exportIncident(client: XerotierClient, id: string, options?: ReadOptions, now: () => Date = () => new Date()): Promise<IncidentExport> {
  const traced = { ...readOptions(options), trace: createTrace() };
  const [{ invocation, approvals, entries }, output] = await Promise.all([loadTimeline(client, id, traced), getOutput(client, id, traced)]);
  return {
    object: "incident_export",
    exportedAt: now().toISOString(),
    specVersion: SPEC_VERSION,
    sdkVersion: VERSION,
    invocation,
    timeline: entries,
    approvals,
    output,
    requestIds: traced.trace.requests,
  };
}
