/**
 * `@xerotier/approvals/auto-approver`: a policy-driven auto-approver (policy as data, decision
 * records naming the rule, dry run, a leader gate for replicas, counters).
 *
 * @packageDocumentation
 */
export * from "./auto-approver/index";
