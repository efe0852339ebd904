import type * as Tolerant from "../generated/tolerant";

// The spec's enums as a server may send them: a known value, or a string this SDK version does
// not know yet. `switch` over the known values and keep a `default` branch for the rest.

/** A risk level: `read` < `write` < `destructive` < `irreversible`, or a newer one (never "low"). */
export type OpenRisk = Tolerant.Risk;
/** An approval status, or one this SDK does not know (never "decided"). */
export type OpenApprovalStatus = Tolerant.ApprovalStatus;
/** An invocation status, or one this SDK does not know (never "finished"). */
export type OpenInvocationStatus = Tolerant.InvocationStatus;
/** An agent status, or one this SDK does not know (never "healthy"). */
export type OpenAgentStatus = Tolerant.AgentStatus;
/** An agent role, or one this SDK does not know. */
export type OpenAgentRole = Tolerant.AgentRole;
/** A join-key status, or one this SDK does not know. */
export type OpenJoinKeyStatus = Tolerant.JoinKeyStatus;
