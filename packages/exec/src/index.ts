/**
 * `@xerotier/exec`: governed tool execution. Tools, invoke (retry-safe), list/show, cancel,
 * lifecycle timelines, raw output and artifacts, waiting for completion over the event stream,
 * incident exports and alert triage. Built only on `@xerotier/api`.
 *
 * @packageDocumentation
 */
export { createExec, type Exec } from "./exec";
export type { Artifact, ArtifactLocator, InvocationOutputView, InvokeInput, ListInvocationsFilter, ListToolsFilter } from "./resources";
export type { ListOptions, ReadOptions } from "@xerotier/api/internal";
export type { RequestOptions } from "@xerotier/api";
export {
  formatTimelineEntry,
  type ApprovalDecidedEntry,
  type ApprovalRequestedEntry,
  type InvocationTimeline,
  type TimelineEntry,
  type TransitionEntry,
} from "./timeline";
export type { WaitForCompletionOptions } from "./wait";
export type { IncidentExport } from "./incident";
export type { TracedRequest } from "./trace";
export type { TriageAgentState, TriageOptions, TriagePause, TriageReport } from "./triage";
export { alertTargets, type AlertInput, type AlertmanagerAlert, type AlertmanagerPayload, type AlertTarget } from "./triage-input";
export { ExecInputError, InvocationAlreadyFinishedError, InvocationWaitTimeoutError } from "./errors";
export { isFinished, isUnsuccessful } from "./types";
export { toApiNames } from "./api-names";
export { checkToolArguments, toolParameters, type ArgumentProblem, type ToolParameter } from "./arguments";
export type { DriftReporting, UnknownStatusReport } from "@xerotier/api/internal";
export type { Agent, Approval, ArtifactRef, Invocation, InvocationOutput, InvocationStatus, InvocationTransition, Risk, Tool } from "./types";
// The alert responder is exported from "@xerotier/exec/alerts".
