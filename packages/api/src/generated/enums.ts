// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.
/** Every value of `Risk`, in the spec's order. */
export const RiskValues = ["read","write","destructive","irreversible"] as const;

/** Every value of `AgentRole`, in the spec's order. */
export const AgentRoleValues = ["xem","xim"] as const;

/** Every value of `AgentStatus`, in the spec's order. */
export const AgentStatusValues = ["pending","healthy","degraded","offline"] as const;

/** Every value of `JoinKeyStatus`, in the spec's order. */
export const JoinKeyStatusValues = ["active","consumed","revoked","expired"] as const;

/** Every value of `InvocationStatus`, in the spec's order. */
export const InvocationStatusValues = ["queued","pending_approval","dispatched","running","completed","failed","timeout","cancelled","rejected"] as const;

/** The final values of `InvocationStatus` (`x-final`): once reached, it never changes again. */
export const InvocationStatusFinalValues = ["completed","failed","timeout","cancelled","rejected"] as const;

/** Every value of `ApprovalStatus`, in the spec's order. */
export const ApprovalStatusValues = ["pending","approved","rejected","escalated","timed_out"] as const;

/** Every value of `EventType`, in the spec's order. */
export const EventTypeValues = ["exec.dispatched","exec.completed","exec.failed","exec.timeout","exec.approval_requested","exec.approved","exec.rejected","exec.approval_escalated","exec.approval_timed_out","exec.agent_enrolled","exec.agent_offline"] as const;
