import { SPEC_VERSION, VERSION, type XerotierClient } from "@xerotier/api";
import { createBudget } from "./budget";
import { probeErrorEnvelopes } from "./error-probes";
import { resolveProbeOptions } from "./options";
import { probeHealth, probeReads } from "./read-probes";
import { operationReports, verdictOf } from "./report";
import { createWireLog, type ProbeState } from "./state";
import { probeEventStream } from "./stream-probe";
import type { DoctorReport, ProbeOptions } from "./types";
import { judgeEnvelopes, judgeRateLimits, judgeRequestIds } from "./wire-checks";
import { probeWrites } from "./write-probes";

/**
 * Measures a live deployment against the spec, through `client`: every list (a few pages) and
 * show the key's scopes allow, read strictly; `x-request-id` on every answer; the error envelope
 * of a 404 for a made-up id; `Retry-After` and the rate-limit headers of any 429; the event
 * stream's `stream.open` frame, keep-alives and `Last-Event-ID`. Read-only unless `write: true`.
 * Every request goes through the client (one attempt each, `requestTimeoutMs`), and the probe is
 * bounded in requests, time, pages and stream bytes.
 *
 * Resolves with the report (`report.verdict.ok` is false when something the SDK depends on
 * differs, an operation failed, or a write could not be undone); rejects with
 * `AuthenticationError` when the key is refused, `APIUserAbortError` when `signal` aborts, and a
 * `RangeError` for an option out of bounds.
 *
 * @example
 * ```ts
 * import { createXerotierClient } from "@xerotier/api";
 * import { probeDeployment } from "@xerotier/testing/doctor";
 *
 * const client = createXerotierClient({ baseUrl: "http://127.0.0.1:4010", project: "proj_demo", apiKey: "xero_demo_admin" });
 * const report = await probeDeployment(client, { streamSeconds: 3 });
 * console.log(report.verdict.summary);
 * for (const op of report.operations) if (op.outcome === "differs") console.log(op.operationId, op.findings);
 * ```
 */
export async function probeDeployment(client: XerotierClient, options: ProbeOptions = {}): Promise<DoctorReport> {
  const limits = resolveProbeOptions(options);
  const budget = createBudget({ maxRequests: limits.maxRequests, timeoutMs: limits.timeoutMs, requestTimeoutMs: limits.requestTimeoutMs, signal: limits.signal });
  const state: ProbeState = {
    client,
    budget,
    secrets: limits.secrets,
    fixtures: limits.record ? [] : undefined,
    operations: new Map(),
    wire: createWireLog(),
    leftovers: [],
    onStep: limits.onStep,
  };
  const started = Date.now();
  try {
    await probeHealth(state);
    const samples = await probeReads(state, limits);
    await probeErrorEnvelopes(state, samples);
    const streamChecks = await probeEventStream(state, { streamMs: limits.streamMs, maxBytes: limits.maxStreamBytes });
    if (limits.write) await probeWrites(state, samples, limits.workspaceId);
    const operations = operationReports(state, limits.write);
    const wire = [judgeRequestIds(state.wire), judgeEnvelopes(state.wire), judgeRateLimits(state.wire), ...streamChecks];
    return {
      verdict: verdictOf(operations, wire, state.leftovers),
      target: { baseUrl: client.baseUrl, project: client.project },
      sdkVersion: VERSION,
      specVersion: SPEC_VERSION,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      requests: budget.requests,
      wrote: limits.write,
      operations,
      wire,
      leftovers: state.leftovers,
      ...(state.fixtures ? { fixtures: state.fixtures } : {}),
    };
  } finally {
    budget.dispose();
  }
}
