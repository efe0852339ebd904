import { FINAL_STATUSES, isKnownStatus, type EventApproval as Approval } from "../types";
import { checkPolicy, minutesOf } from "./policy-check";
import { KNOWN_RISKS, type ArgumentPredicate, type AutoApprovalPolicy, type PolicyDecision, type TimeWindow } from "./policy-types";
import { describeValue, foldForDeny, toolOf } from "./tool-identity";

const rankOf = (risk: unknown): number => (KNOWN_RISKS as readonly unknown[]).indexOf(risk);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The rules that mean "this input is unknown", not "the policy says no"; counted as `unknown`. */
export const UNKNOWN_INPUT_RULES: ReadonlySet<string> = new Set(["unknown-status", "unknown-risk", "unknown-tool", "tool-mismatch", "unknown-arguments"]);

/**
 * Evaluates a policy against one approval at time `now`. Rules, first match wins: unknown status,
 * closed status, unknown risk, unknown tool (`tool_name` and `tool_call.name` not both strings),
 * tool mismatch (they differ), workspace, deny-tool, allow-tool, max-risk, unknown arguments,
 * argument predicates, time window; then `allow`. Unknown values are never acted on: they are
 * left for humans. Throws as {@link checkPolicy} for a policy that could approve on a guess.
 *
 * @example
 * ```ts
 * const d = evaluatePolicy({ maxRisk: "write", allowTools: ["kubectl_get"], workspaces: ["ws_kube_staging"] }, approval, new Date());
 * if (d.action === "approve") await approvals.approve(d.approvalId, { note: `bot: ${d.rule}` });
 * ```
 */
export function evaluatePolicy(policy: AutoApprovalPolicy, approval: Approval, now: Date): PolicyDecision {
  checkPolicy(policy);
  const leave = (rule: string, reason: string): PolicyDecision => ({ approvalId: approval.id, action: "leave", rule, reason });
  const status: unknown = approval.status;
  const risk: unknown = approval.risk;
  if (typeof status !== "string" || !isKnownStatus(status)) return leave("unknown-status", `status ${describeValue(status)} is unknown to this bot`);
  if (FINAL_STATUSES.has(status)) return leave("closed", `already ${status}`);
  if (rankOf(risk) < 0) return leave("unknown-risk", `risk ${describeValue(risk)} is unknown to this bot`);
  // A server may omit decided fields or disagree with itself; a rule is never checked against a guess.
  const identity = toolOf(approval);
  if ("unknown" in identity) return leave(identity.unknown, identity.reason);
  const { tool } = identity;
  const workspace: unknown = approval.workspace_id;
  if (policy.workspaces && (typeof workspace !== "string" || !policy.workspaces.includes(workspace))) {
    return leave("workspace", `workspace ${describeValue(workspace)} is not covered by the policy`);
  }
  if (policy.denyTools?.some((denied) => foldForDeny(denied) === foldForDeny(tool))) {
    const reason = `tool ${describeValue(tool)} is denied`;
    return policy.rejectDenied ? { approvalId: approval.id, action: "reject", rule: "deny-tool", reason } : leave("deny-tool", reason);
  }
  if (!policy.allowTools.includes(tool)) return leave("allow-tool", `tool ${describeValue(tool)} is not on the allowlist`);
  if (rankOf(risk) > rankOf(policy.maxRisk)) return leave("max-risk", `risk ${String(risk)} is above ${policy.maxRisk}`);
  const predicates = (policy.argumentPredicates ?? []).filter((p) => p.tool === undefined || p.tool === tool);
  if (predicates.length > 0) {
    const args: unknown = approval.tool_call?.arguments ?? {};
    if (!isRecord(args)) return leave("unknown-arguments", `arguments ${describeValue(args)} are not an object`);
    const failed = failedPredicate(predicates, args);
    if (failed) return leave(`argument:${failed}`, `arguments rejected by predicate ${failed}`);
  }
  if (policy.windows && !policy.windows.some((w) => inWindow(w, now))) return leave("time-window", `${now.toISOString()} is outside every window`);
  return { approvalId: approval.id, action: "approve", rule: "allow", reason: `${String(risk)} ${tool} within policy` };
}

function failedPredicate(predicates: readonly ArgumentPredicate[], args: Readonly<Record<string, unknown>>): string | undefined {
  for (const p of predicates) {
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
