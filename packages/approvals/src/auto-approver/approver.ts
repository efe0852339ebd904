import type { Approvals } from "../approvals";
import type { Coordination, CoordinationError } from "../coordination";
import type { CoordinationHealth } from "../notifier-health";
import type { EventApproval as Approval } from "../types";
import type { WatchOptions } from "../watch";
import type { AutoApprovalPolicy, PolicyDecision } from "./policy-types";

/**
 * A custom leader test, for replicas that already elect a leader some other way (prefer
 * `coordination`, which uses the notifier's lease). Contract: `isLeader()` is asked right before each
 * decision is sent; a replica that answers false records `not-leader` and sends nothing. Back it
 * with a lease (e.g. the notifier's fleet coordination) so at most one replica says true at once;
 * a decision that races a lease hand-over is still safe: the router keeps the first decision, and
 * the second is recorded as `already-resolved` (conflicting, or the same with another note).
 */
export interface LeaderGate {
  /** True while this replica holds the lease. */
  isLeader(): boolean | Promise<boolean>;
}

/** What happened to one decision: sent, only reported (dry run), or why nothing was sent. */
export type DecisionOutcome = "sent" | "dry-run" | "left" | "not-leader" | "already-resolved" | "expired" | "failed";

/** One line of the audit trail: the policy's decision, what the bot did, and the note it sent. */
export interface DecisionRecord extends PolicyDecision {
  /** What the bot did about it. */
  outcome: DecisionOutcome;
  /** The note sent with the decision (names the bot and the rule). */
  note: string;
  /** When it was decided. */
  at: string;
  /** The error message, for `failed`. */
  error?: string;
}

/** Counters for a health check. */
export interface AutoApproverStats {
  /** Approvals evaluated. */
  evaluated: number;
  /** Approvals sent. */
  approved: number;
  /** Rejections sent. */
  rejected: number;
  /** Left for humans by the policy (incl. unknown input). */
  left: number;
  /** Left because the input was unknown: status, risk, tool (missing, wrong type, or `tool_name` and `tool_call.name` disagreeing) or arguments (also counted in `left`). */
  unknown: number;
  /** Would have been sent, but dry run. */
  dryRun: number;
  /** Not sent: another replica leads. */
  notLeader: number;
  /** Someone decided first, or the approval expired. */
  raced: number;
  /** Sending failed. */
  failed: number;
  /** Times this replica took the coordination's lease (0 without `coordination`). */
  leaderships: number;
}

/** Options of {@link createAutoApprover}. */
export interface AutoApproverOptions {
  /** The approvals API (`createApprovals(client)`). */
  approvals: Pick<Approvals, "approve" | "reject" | "watch">;
  /** What may be decided automatically. */
  policy: AutoApprovalPolicy;
  /** Named in every note, e.g. `staging-approver`. */
  botName: string;
  /** Report what would be done; send nothing. Default false. */
  dryRun?: boolean;
  /** Called with every decision record. */
  onDecision?: (record: DecisionRecord) => void;
  /**
   * The notifier's fleet coordination (`memoryCoordination`, `postgresCoordination`, …; use its
   * own `name`, not the notifier's): `run` waits for the lease, and only the lease holder
   * watches and decides; a replica that loses the lease stops and goes back to standby. Give
   * either this or `leader`, not both; every replica decides when both are omitted.
   */
  coordination?: Coordination;
  /**
   * Hears of each failed call of `coordination` (a database unreachable past its patience, refused
   * permissions…): the bot then waits in standby and tries again; `run()` goes on. `error.cause`
   * is the coordination's own error. A throwing hook is ignored.
   */
  onCoordinationError?: (error: CoordinationError) => void;
  /** A custom leader test instead of `coordination`. */
  leader?: LeaderGate;
  /** Watch options (workspace filter, mode, resume point…); `signal` comes from `run`. */
  watch?: Omit<WatchOptions, "signal">;
  /** Decision records kept in memory. Default 1 000. */
  maxRecords?: number;
  /** Clock for time windows. */
  now?: () => Date;
}

/** A running auto-approver. */
export interface AutoApprover {
  /**
   * Sweeps open approvals, then follows the watch until `signal` aborts. With `coordination`,
   * it first waits for the lease, and after a lost lease waits for it again.
   */
  run(signal?: AbortSignal): Promise<void>;
  /**
   * Evaluates and acts on one approval (idempotent per approval id within the memory window).
   * With `coordination` it only sends while `run` holds the lease (else `not-leader`).
   */
  consider(approval: Approval): Promise<DecisionRecord>;
  /** Counters for a health check. */
  stats(): AutoApproverStats;
  /** The most recent decision records, oldest first. */
  records(): readonly DecisionRecord[];
  /**
   * Its role, whether its coordination answers and its last coordination failure, as the
   * notifier's `health()`: plain JSON for a readiness probe (serve `healthy`). Without
   * `coordination` it is `leader` while `run` follows (a `leader` gate is asked per decision).
   */
  health(): CoordinationHealth;
}
