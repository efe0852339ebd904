import { RecentIds } from "@xerotier/api/internal";
import { ApprovalAlreadyResolvedError, ApprovalExpiredError } from "../errors";
import { HealthTracker } from "../notifier-health";
import type { Leadership } from "../notifier-leadership";
import { reportingCoordination } from "../reporting-coordination";
import type { EventApproval as Approval } from "../types";
import { linkedController } from "../util";
import type { AutoApprover, AutoApproverOptions, AutoApproverStats, DecisionOutcome, DecisionRecord } from "./approver";
import { checkPolicy } from "./policy-check";
import { evaluatePolicy, UNKNOWN_INPUT_RULES } from "./policy";
import type { PolicyDecision } from "./policy-types";

/**
 * A policy-driven auto-approver: evaluates each open approval with {@link evaluatePolicy}, sends
 * approve/reject with a note naming the bot and the rule, leaves everything else (and every
 * unknown risk or status) for humans, and keeps counters and a bounded audit trail. With
 * `coordination` only the holder of its lease decides (the notifier's leadership, renewed every
 * `leaseMs / 3`), so on several replicas each approval is decided by one of them.
 *
 * @example
 * ```ts
 * const bot = createAutoApprover({ approvals, botName: "staging-bot", policy: { maxRisk: "write", allowTools: ["kubectl_get"], workspaces: ["ws_kube_staging"] } });
 * await bot.run(signal);
 * ```
 */
export function createAutoApprover(options: AutoApproverOptions): AutoApprover {
  if (options.coordination && options.leader) throw new TypeError("Give createAutoApprover either `coordination` or `leader`, not both.");
  checkPolicy(options.policy);
  const stats: AutoApproverStats = { evaluated: 0, approved: 0, rejected: 0, left: 0, unknown: 0, dryRun: 0, notLeader: 0, raced: 0, failed: 0, leaderships: 0 };
  const log: DecisionRecord[] = [];
  const maxRecords = Math.max(1, options.maxRecords ?? 1000);
  const done = new RecentIds(10_000);
  const now = options.now ?? (() => new Date());
  const health = new HealthTracker(options.onCoordinationError);
  const coordination = options.coordination && reportingCoordination(options.coordination, health);
  let leadership: Leadership | undefined; // the lease `run` holds right now, with `coordination`

  // Asked right before each send: a lease must still be held, not merely have been held.
  const mayDecide = async (): Promise<boolean> => {
    if (coordination) return leadership?.holds() ?? false;
    return options.leader ? await options.leader.isLeader() : true;
  };

  const record = (decision: PolicyDecision, outcome: DecisionOutcome, note: string, error?: string): DecisionRecord => {
    const entry: DecisionRecord = { ...decision, outcome, note, at: now().toISOString(), ...(error === undefined ? {} : { error }) };
    log.push(entry);
    if (log.length > maxRecords) log.shift();
    options.onDecision?.(entry);
    return entry;
  };

  async function send(decision: PolicyDecision, note: string): Promise<DecisionOutcome> {
    const call = decision.action === "approve" ? options.approvals.approve : options.approvals.reject;
    const result: { note?: string | null } | undefined = await call(decision.approvalId, { note });
    // The same decision made first by someone else resolves quietly; its note tells it apart.
    if (typeof result?.note === "string" && result.note !== note) {
      stats.raced += 1;
      return "already-resolved";
    }
    if (decision.action === "approve") stats.approved += 1;
    else stats.rejected += 1;
    return "sent";
  }

  async function act(decision: PolicyDecision, note: string): Promise<DecisionRecord> {
    if (decision.action === "leave") {
      stats.left += 1;
      if (UNKNOWN_INPUT_RULES.has(decision.rule)) stats.unknown += 1;
      return record(decision, "left", note);
    }
    if (options.dryRun) {
      stats.dryRun += 1;
      return record(decision, "dry-run", note);
    }
    if (!(await mayDecide())) {
      stats.notLeader += 1;
      return record(decision, "not-leader", note);
    }
    try {
      const outcome = await send(decision, note);
      done.add(decision.approvalId);
      return record(decision, outcome, note);
    } catch (error) {
      if (error instanceof ApprovalAlreadyResolvedError || error instanceof ApprovalExpiredError) {
        stats.raced += 1;
        done.add(decision.approvalId);
        return record(decision, error instanceof ApprovalExpiredError ? "expired" : "already-resolved", note);
      }
      stats.failed += 1;
      return record(decision, "failed", note, error instanceof Error ? error.message : String(error));
    }
  }

  async function consider(approval: Approval): Promise<DecisionRecord> {
    stats.evaluated += 1;
    const decision = evaluatePolicy(options.policy, approval, now());
    // The API caps a note at 2 000 characters; the bot and the rule come first, so they survive.
    const note = `${options.botName}: ${decision.action} by rule ${decision.rule} (${decision.reason})`.slice(0, 2000);
    if (decision.action !== "leave" && done.has(approval.id)) return record({ ...decision, action: "leave", rule: "seen" }, "left", note);
    return act(decision, note);
  }

  // List, then watch (the watch's `listFirst`): what already waits is swept once the first
  // connection succeeds, then new requests and escalations follow; one path, so none is seen twice.
  async function follow(signal?: AbortSignal): Promise<void> {
    const watch = options.approvals.watch({ listFirst: true, ...options.watch, ...(signal ? { signal } : {}) });
    for await (const { type, data } of watch) {
      if (signal?.aborted) return; // stopped or the lease lost: nothing already read is considered any more
      if (type === "exec.approval_requested" || type === "exec.approval_escalated") await consider(data);
    }
  }

  async function run(signal?: AbortSignal): Promise<void> {
    if (!coordination) return followAlone(signal);
    const running = linkedController(signal);
    try {
      // Failures of the coordination are waited out in standby, and reported, like the notifier's.
      await health.whileLeading(coordination, running.signal, follow, (held) => {
        leadership = held;
        if (held) stats.leaderships += 1;
      });
    } finally {
      running.dispose();
    }
  }

  // Without a coordination every replica decides (or its `leader` gate does, per decision).
  async function followAlone(signal?: AbortSignal): Promise<void> {
    health.role = "leader";
    try {
      await follow(signal);
    } finally {
      health.role = "stopped";
    }
  }

  return { run, consider, stats: () => ({ ...stats }), records: () => [...log], health: () => health.standing() };
}
