import { InvocationStatusFinalValues, type components } from "@xerotier/api";

type Schemas = components["schemas"];

/** A tool in the catalogue, with the agents that publish it. */
export type Tool = Schemas["Tool"];
/** A governed tool call and its whole lifecycle (`transitions`). */
export type Invocation = Schemas["Invocation"];
/** Where an invocation is in its lifecycle. */
export type InvocationStatus = Schemas["InvocationStatus"];
/** One state change of an invocation. */
export type InvocationTransition = Schemas["InvocationTransition"];
/** A request for a human decision on a gated call. */
export type Approval = Schemas["Approval"];
/** A reference to an artifact a call produced, as listed in its raw output. */
export type ArtifactRef = Schemas["ArtifactRef"];
/** The raw output as the API returns it. */
export type InvocationOutput = Schemas["InvocationOutput"];
/** An enrolled agent (the state triage reports). */
export type Agent = Schemas["Agent"];
/** Tool risk level, `read` < `write` < `destructive` < `irreversible`. */
export type Risk = Schemas["Risk"];

/** Statuses an invocation never leaves. */
export const FINAL_STATUSES: ReadonlySet<string> = new Set<InvocationStatus>(InvocationStatusFinalValues);

/** Statuses of an invocation still under way. */
export const ACTIVE_STATUSES: ReadonlySet<string> = new Set<InvocationStatus>(["queued", "pending_approval", "dispatched", "running"]);

/**
 * Whether the invocation reached a known final status (`completed`, `failed`, `timeout`,
 * `cancelled`, `rejected`). An unknown or missing status is never "finished".
 */
export function isFinished(invocation: { readonly status?: unknown }): boolean {
  return typeof invocation.status === "string" && FINAL_STATUSES.has(invocation.status);
}

/** True for a status the SDK knows (active or final); anything else is schema drift to report. */
export function isKnownStatus(status: unknown): boolean {
  return typeof status === "string" && (ACTIVE_STATUSES.has(status) || FINAL_STATUSES.has(status));
}
