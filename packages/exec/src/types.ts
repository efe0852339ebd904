import type { components } from "@xerotier/api";
import { InvocationStatusFinalValues, type Agent, type Approval, type Risk } from "@xerotier/api/internal";

type Schemas = components["schemas"];

/** A tool in the catalogue, with the agents that publish it. */
export type Tool = Schemas["Tool"];
/** A governed tool call and its whole lifecycle (`transitions`). */
export type Invocation = Schemas["Invocation"];
/** Where an invocation is in its lifecycle. */
export type InvocationStatus = Schemas["InvocationStatus"];
/** One state change of an invocation. */
export type InvocationTransition = Schemas["InvocationTransition"];
/** A reference to an artifact a call produced, as listed in its raw output. */
export type ArtifactRef = Schemas["ArtifactRef"];
/** The raw output as the API returns it. */
export type InvocationOutput = Schemas["InvocationOutput"];
export type { Agent, Approval, Risk };

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

/**
 * Whether the invocation finished without success: `failed`, `timeout`, `cancelled` or `rejected`.
 * An unknown, missing or still active status is not (it is not finished).
 */
export function isUnsuccessful(invocation: { readonly status?: unknown }): boolean {
  return isFinished(invocation) && invocation.status !== "completed";
}

/** True for a status the SDK knows (active or final); anything else is schema drift to report. */
export function isKnownStatus(status: unknown): boolean {
  return typeof status === "string" && (ACTIVE_STATUSES.has(status) || FINAL_STATUSES.has(status));
}
