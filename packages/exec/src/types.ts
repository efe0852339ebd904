import type { components } from "@xerotier/api";

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
export const FINAL_STATUSES: ReadonlySet<InvocationStatus> = new Set(["completed", "failed", "timeout", "cancelled", "rejected"]);

/**
 * Whether the invocation reached a final status (`completed`, `failed`, `timeout`, `cancelled`,
 * `rejected`). A status this SDK version does not know is not final.
 */
export function isFinished(invocation: { status?: string | null }): boolean {
  return typeof invocation.status === "string" && (FINAL_STATUSES as ReadonlySet<string>).has(invocation.status);
}
