/**
 * `@xerotier/approvals/auto-approver`: a policy-driven auto-approver (policy as data, decision
 * records naming the rule, dry run, one decider among replicas on the notifier's coordination, counters).
 *
 * @packageDocumentation
 */
export * from "./auto-approver/index";
