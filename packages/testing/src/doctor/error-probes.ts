// The error envelope, read as the SDK reads it: a 404 for a made-up id of each resource the key may list.
import type { XerotierError } from "@xerotier/api";
import { callOperation } from "./calls";
import { behaviour } from "./findings";
import type { ReadSamples } from "./read-probes";
import type { ProbeState } from "./state";
import type { PathFinding } from "./strict-reading";

interface MadeUpId {
  sample: keyof ReadSamples;
  show: string;
  param: string;
  id: (suffix: string) => string;
  /** The code the contract gives this 404 (an unknown code is drift the SDK tolerates). */
  code: string;
}

const MADE_UP: readonly MadeUpId[] = [
  { sample: "tools", show: "getTool", param: "tool_name", id: (s) => `xeroctl_doctor_missing_${s}`, code: "exec_tool_not_found" },
  { sample: "invocations", show: "getInvocation", param: "invocation_id", id: (s) => `inv_xeroctl_doctor_missing_${s}`, code: "invocation_not_found" },
  { sample: "approvals", show: "getApproval", param: "approval_id", id: () => crypto.randomUUID(), code: "approval_not_found" },
  { sample: "agents", show: "getAgent", param: "agent_id", id: (s) => `agt_xeroctl_doctor_missing_${s}`, code: "agent_not_found" },
  { sample: "joinKeys", show: "getJoinKey", param: "join_key_id", id: (s) => `jk_xeroctl_doctor_missing_${s}`, code: "join_key_not_found" },
  { sample: "workspaces", show: "getWorkspace", param: "workspace_id", id: (s) => `ws_xeroctl_doctor_missing_${s}`, code: "workspace_not_found" },
];

/** Asks each readable resource for an id that cannot exist and reads the 404's envelope. */
export async function probeErrorEnvelopes(state: ProbeState, samples: ReadSamples): Promise<void> {
  const suffix = crypto.randomUUID().slice(0, 8);
  for (const made of MADE_UP) {
    if (!samples[made.sample].allowed) continue;
    const context = `${made.show}: 404 of a made-up id`;
    const result = await callOperation(state, made.show, { path: { [made.param]: made.id(suffix) }, expectStatus: 404, context });
    if (result.kind === "skipped" || (result.kind === "error" && (result.error.status === undefined || result.error.status === 403))) continue;
    state.wire.envelopeChecks.push(made.show);
    const findings = result.kind === "ok" ? [behaviour("status", "404", String(result.status))] : envelopeFindings(result.error, made.code);
    state.wire.envelopes.add(findings, context);
  }
}

/**
 * What the SDK could not read from an error answer: a body that is no envelope (it then keeps only
 * an excerpt), no string `type`, or a status other than 404; a missing or unexpected `code` is
 * drift it tolerates (it falls back to `type` and the status).
 */
export function envelopeFindings(error: XerotierError, expectedCode: string): PathFinding[] {
  const findings: PathFinding[] = [];
  if (error.status !== 404) findings.push(behaviour("status", "404", String(error.status)));
  if (error.bodyExcerpt !== undefined) {
    const excerpt = error.bodyExcerpt.length > 60 ? `${error.bodyExcerpt.slice(0, 59)}…` : error.bodyExcerpt;
    findings.push(behaviour("$.error", "an error envelope {error: {message, type, code, param}}", excerpt ? `not an envelope: ${excerpt}` : "an empty body"));
    return findings;
  }
  if (error.type === undefined) findings.push({ path: "$.error.type", kind: "missing", expected: "string", received: "absent or not a string", sdkDepends: true });
  if (error.code === undefined) findings.push({ path: "$.error.code", kind: "missing", expected: expectedCode, received: "null or absent", sdkDepends: false });
  else if (error.code !== expectedCode) findings.push({ path: "$.error.code", kind: "unknown_value", expected: expectedCode, received: JSON.stringify(error.code), sdkDepends: false });
  return findings;
}
