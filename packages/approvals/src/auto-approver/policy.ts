import type { EventApproval as Approval } from "../types";

/** The risks this SDK knows, in increasing order; any other string is unknown and left to humans. */
export const KNOWN_RISKS = ["read", "write", "destructive", "irreversible"] as const;
/** A risk this SDK knows. */
export type KnownRisk = (typeof KNOWN_RISKS)[number];
/** The ceilings a policy may name: a bot never approves `destructive` or `irreversible` calls on its own. */
export type AutoApprovableRisk = "read" | "write";
const AUTO_APPROVABLE: readonly string[] = ["read", "write"];

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

/** What the auto-approver may decide on its own, as plain data. Everything else is left for humans. */
export interface AutoApprovalPolicy {
  /** The highest risk approved automatically: `read` or `write` (anything else is a `RangeError`). */
  maxRisk: AutoApprovableRisk;
  /** Only approvals of these workspaces; every workspace when omitted. */
  workspaces?: readonly string[];
  /** Only these tools; every tool when omitted. */
  allowTools?: readonly string[];
  /** Never these tools (checked before the allowlist). */
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

const OPEN = new Set(["pending", "escalated"]);
const CLOSED = new Set(["approved", "rejected", "timed_out"]);
const rankOf = (risk: string): number => (KNOWN_RISKS as readonly string[]).indexOf(risk);

/**
 * Evaluates a policy against one approval at time `now`. Rules, first match wins: unknown status,
 * closed status, unknown risk, workspace, deny-tool, allow-tool, max-risk, argument predicates,
 * time window; then `allow`. Unknown values are never acted on: they are left for humans.
 *
 * @example
 * ```ts
 * const d = evaluatePolicy({ maxRisk: "write", workspaces: ["ws_kube_staging"] }, approval, new Date());
 * if (d.action === "approve") await approvals.approve(d.approvalId, { note: `bot: ${d.rule}` });
 * ```
 */
export function evaluatePolicy(policy: AutoApprovalPolicy, approval: Approval, now: Date): PolicyDecision {
  checkPolicy(policy);
  const leave = (rule: string, reason: string): PolicyDecision => ({ approvalId: approval.id, action: "leave", rule, reason });
  const status = approval.status as string;
  const risk = approval.risk as string;
  const tool = approval.tool_call?.name ?? approval.tool_name;
  if (!OPEN.has(status) && !CLOSED.has(status)) return leave("unknown-status", `status '${status}' is unknown to this bot`);
  if (CLOSED.has(status)) return leave("closed", `already ${status}`);
  if (rankOf(risk) < 0) return leave("unknown-risk", `risk '${risk}' is unknown to this bot`);
  // A server may omit decided fields; a rule is never checked against a guess.
  if (!tool) return leave("unknown-tool", "the approval names no tool");
  const workspace = approval.workspace_id;
  if (policy.workspaces && (!workspace || !policy.workspaces.includes(workspace))) {
    return leave("workspace", `workspace ${workspace ?? "(missing)"} is not covered by the policy`);
  }
  if (policy.denyTools?.includes(tool)) {
    const reason = `tool ${tool} is denied`;
    return policy.rejectDenied ? { approvalId: approval.id, action: "reject", rule: "deny-tool", reason } : leave("deny-tool", reason);
  }
  if (policy.allowTools && !policy.allowTools.includes(tool)) return leave("allow-tool", `tool ${tool} is not on the allowlist`);
  if (rankOf(risk) > rankOf(policy.maxRisk)) return leave("max-risk", `risk ${risk} is above ${policy.maxRisk}`);
  const failed = failedPredicate(policy.argumentPredicates ?? [], tool, approval.tool_call?.arguments ?? {});
  if (failed) return leave(`argument:${failed}`, `arguments rejected by predicate ${failed}`);
  if (policy.windows && !policy.windows.some((w) => inWindow(w, now))) return leave("time-window", `${now.toISOString()} is outside every window`);
  return { approvalId: approval.id, action: "approve", rule: "allow", reason: `${risk} ${tool} within policy` };
}

/** Refuses a policy whose ceiling is above `write` (e.g. from untyped config): it is never widened or guessed. */
export function checkPolicy(policy: AutoApprovalPolicy): void {
  if (!AUTO_APPROVABLE.includes(policy.maxRisk as string)) {
    throw new RangeError(`maxRisk must be "read" or "write"; got ${JSON.stringify(policy.maxRisk)}.`);
  }
}

function failedPredicate(predicates: readonly ArgumentPredicate[], tool: string, args: Readonly<Record<string, unknown>>): string | undefined {
  for (const p of predicates) {
    if (p.tool !== undefined && p.tool !== tool) continue;
    let ok = false;
    try {
      ok = p.test(args) === true;
    } catch {
      ok = false; // a predicate that throws has not said yes
    }
    if (!ok) return p.name;
  }
  return undefined;
}

function minutesOf(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new TypeError(`time window bound '${hhmm}' is not HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** True when `now` (UTC) falls inside the window. */
export function inWindow(window: TimeWindow, now: Date): boolean {
  const [from, to] = [minutesOf(window.from), minutesOf(window.to)];
  const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
  const day = now.getUTCDay();
  if (from <= to) return (window.days?.includes(day) ?? true) && minute >= from && minute < to;
  // Spans midnight: the early-morning part belongs to the window that started the day before.
  if (minute >= from) return window.days?.includes(day) ?? true;
  return minute < to && (window.days?.includes((day + 6) % 7) ?? true);
}
