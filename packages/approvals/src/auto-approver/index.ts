export { checkPolicy } from "./policy-check";
export { evaluatePolicy } from "./policy";
export type { ArgumentPredicate, AutoApprovableRisk, AutoApprovalPolicy, KnownRisk, PolicyAction, PolicyDecision, TimeWindow } from "./policy-types";
export type { AutoApprover, AutoApproverOptions, AutoApproverStats, DecisionOutcome, DecisionRecord, LeaderGate } from "./approver";
export { createAutoApprover } from "./run";
