// Public surface of the tolerant reader; src/index.ts re-exports this file.
export { createDriftReporter, DRIFT_MEMORY } from "./drift";
export type { DriftReporter, SchemaDriftHandler, SchemaDriftReport } from "./drift";
export { unknownStatusReporter } from "./unknown-status";
export type { DriftReporting, UnknownStatusReport } from "./unknown-status";
export { readAgent, readApproval, readAs, readInvocation, readJoinKey, readWorkspace } from "./read";
export type { ReadableSchema, ReadResult } from "./read";
export type { OpenAgentRole, OpenAgentStatus, OpenApprovalStatus, OpenInvocationStatus, OpenJoinKeyStatus, OpenRisk } from "./open-enums";
/** Every spec schema as the SDK reads it (only `x-tolerant-required` fields are sure; enums are open). */
export type * as Tolerant from "../generated/tolerant";
