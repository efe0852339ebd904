export { checkPolicy, evaluatePolicy, inWindow, KNOWN_RISKS, type ArgumentPredicate, type AutoApprovableRisk, type AutoApprovalPolicy, type KnownRisk, type PolicyAction, type PolicyDecision, type TimeWindow } from "./policy";
export type { AutoApprover, AutoApproverOptions, AutoApproverStats, DecisionOutcome, DecisionRecord, LeaderGate } from "./approver";
export { createAutoApprover } from "./run";
