// The auto-approver's policy as data: its shape, the risks it knows, and what it decides.
/** The risks this SDK knows, in increasing order; any other string is unknown and left to humans. */
export const KNOWN_RISKS = ["read", "write", "destructive", "irreversible"] as const;
/** A risk this SDK knows. */
export type KnownRisk = (typeof KNOWN_RISKS)[number];
/** The ceilings a policy may name: a bot never approves `destructive` or `irreversible` calls on its own. */
export type AutoApprovableRisk = "read" | "write";

/** A UTC time window: `from` inclusive, `to` exclusive, `"HH:MM"`; `to` before `from` spans midnight. */
export interface TimeWindow {
  /** Days of the week it applies to (0 = Sunday … 6 = Saturday, UTC); every day when omitted. */
  days?: readonly number[];
  /** Start, `"HH:MM"` UTC. */
  from: string;
  /** End, `"HH:MM"` UTC. */
  to: string;
}

/** A named check of the tool call's arguments; the approval is left for a human unless it returns true. */
export interface ArgumentPredicate {
  /** Named in the decision record and the note (`argument:<name>`). */
  name: string;
  /** Only for this tool; for every tool when omitted. */
  tool?: string;
  /** True when the arguments are acceptable. A throw counts as false. */
  test: (args: Readonly<Record<string, unknown>>) => boolean;
}

/**
 * What the auto-approver may decide on its own, as plain data. Everything else is left for
 * humans. An approval is approved only because an allow rule matched (`allowTools`, exactly),
 * never because no deny rule did.
 */
export interface AutoApprovalPolicy {
  /** The highest risk approved automatically: `read` or `write` (anything else is a `RangeError`). */
  maxRisk: AutoApprovableRisk;
  /** Only approvals of these workspaces (exact ids); every workspace when omitted. */
  workspaces?: readonly string[];
  /**
   * Required: the only tools that may be approved, compared as exact strings with both the
   * approval's `tool_name` and its `tool_call.name`. A policy without it (or with an empty one)
   * is refused with a `TypeError`: a bot that does not name what it allows cannot approve.
   */
  allowTools: readonly string[];
  /**
   * Never these tools (checked before the allowlist). Broader than the allowlist on purpose: a
   * name is denied when it matches after NFKC, removing format characters and whitespace, and
   * lower-casing (`Kubectl_Delete`, `kubectl_delete ` and fullwidth forms are denied too).
   */
  denyTools?: readonly string[];
  /** Reject (instead of leaving for a human) a call to a denied tool. Default false. */
  rejectDenied?: boolean;
  /** Every applicable predicate must accept the arguments. */
  argumentPredicates?: readonly ArgumentPredicate[];
  /** Only inside one of these windows; at any time when omitted. */
  windows?: readonly TimeWindow[];
}

/** What the policy says to do with one approval. */
export type PolicyAction = "approve" | "reject" | "leave";

/** The outcome of {@link evaluatePolicy}: the action, the rule that decided it and why. */
export interface PolicyDecision {
  /** Approval id. */
  approvalId: string;
  /** `approve`, `reject`, or `leave` for a human. */
  action: PolicyAction;
  /** The rule that matched, e.g. `max-risk`, `deny-tool`, `argument:namespace`, `allow`. */
  rule: string;
  /** A sentence for the audit trail. */
  reason: string;
}
