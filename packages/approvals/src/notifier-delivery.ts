/**
 * One event's delivery, whatever its source (the watch, `handle()`): in its approval's lane, dropped
 * when handled before or stale, claimed in the coordination's ledger, attempted with bounded
 * retries, and counted.
 */
import { RecentIds, retryDelayMs, sleep } from "@xerotier/api/internal";
import type { Coordination } from "./coordination";
import { decisionKeys, deliveryKey, transitionRank } from "./delivery-key";
import { claimDelivery, type HeldClaim } from "./notifier-claim";
import { ApprovalLanes } from "./notifier-lanes";
import type { NotifierDelivery, NotifierStats } from "./notifier-types";
import type { ApprovalEvent } from "./types";
import { linkedController } from "./util";

/**
 * How one event's delivery ended. "aborted" (stopping, the lease or the claim lost) is not
 * finished: whoever delivers next redoes it. "superseded": a later transition of the approval is
 * known, so no (further) attempt.
 */
export type Outcome = "delivered" | "failed" | "duplicate" | "superseded" | "aborted";

/** The retry policy, bounded already. */
export interface DeliveryLimits {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
}

/** Where one delivery runs. */
export interface DeliveryTurn {
  /** Stopping (or the lease lost): reaches `deliver`'s signal, ends waits. */
  signal: AbortSignal;
  /** Checked right before each attempt (the lease still held). */
  mayDeliver(): boolean;
  /** The lease's token when leading (a successor takes its claims over at once); 0 outside a lease. */
  fencingToken: number;
  /** Who records a delivered key: the ordered commit (the leader's watch), or `settle` here. */
  recordedBy: "commit" | "settle";
}

/** Delivers events one transition at a time; see {@link Outcome}. */
export type Deliver = (event: ApprovalEvent, turn: DeliveryTurn) => Promise<Outcome>;

/** Builds the delivery of one notifier, on its (reporting) coordination. */
export function createDelivery(
  coordination: Coordination,
  options: NotifierDelivery,
  limits: DeliveryLimits,
  stats: NotifierStats,
): Deliver {
  const seen = new RecentIds(options.dedupeWindow ?? 10_000);
  const lanes = new ApprovalLanes();

  // The stop signal reaches `deliver` (its fetch aborts) but does not cut it short: a delivery
  // that still succeeds is counted and checkpointed. The attempt timeout does cut it short.
  async function attempt(event: ApprovalEvent, key: string, n: number, signal: AbortSignal): Promise<void> {
    const timeout = AbortSignal.timeout(limits.timeoutMs);
    const controller = linkedController(signal, timeout);
    let onTimeout: (() => void) | undefined;
    try {
      await Promise.race([
        options.deliver(event, { attempt: n, deliveryKey: key, signal: controller.signal }),
        new Promise<never>((_, reject) => timeout.addEventListener("abort", (onTimeout = () => reject(timeout.reason)), { once: true })),
      ]);
    } finally {
      if (onTimeout) timeout.removeEventListener("abort", onTimeout);
      controller.dispose();
    }
  }

  async function withRetries(event: ApprovalEvent, key: string, signal: AbortSignal, superseded: AbortSignal, mayDeliver: () => boolean): Promise<Outcome> {
    let lastError: unknown;
    const attempts = limits.maxRetries + 1;
    for (let n = 1; n <= attempts; n += 1) {
      if (signal.aborted || !mayDeliver()) return "aborted";
      if (superseded.aborted) return "superseded";
      try {
        await attempt(event, key, n, signal);
        return "delivered";
      } catch (error) {
        lastError = error;
        if (n < attempts) await backoff(n, signal, superseded);
      }
    }
    if (signal.aborted) return "aborted";
    if (superseded.aborted) return "superseded";
    try {
      options.onDeliveryFailed?.(event, lastError, { deliveryKey: key, attempts });
    } catch {
      // A throwing reporter must not stop the notifier.
    }
    return "failed";
  }

  // Waits before retry `n + 1`; a stop or a later transition ends the wait at once.
  async function backoff(n: number, signal: AbortSignal, superseded: AbortSignal): Promise<void> {
    const waiting = linkedController(signal, superseded);
    try {
      await sleep(retryDelayMs(n, { baseDelayMs: limits.baseDelayMs, maxDelayMs: limits.maxDelayMs }), waiting.signal).catch(() => undefined);
    } finally {
      waiting.dispose();
    }
  }

  // A transition is stale once its approval's decision was handled (here or by any replica).
  async function alreadyHandled(event: ApprovalEvent, key: string, signal: AbortSignal): Promise<"duplicate" | "superseded" | undefined> {
    if (seen.has(key)) return "duplicate";
    const decisions = decisionKeys(event);
    if (decisions.some((k) => seen.has(k))) return "superseded";
    const ledger = await coordination.wasDelivered([key, ...decisions], { signal });
    if (ledger.has(key)) return "duplicate";
    return decisions.some((k) => ledger.has(k)) ? "superseded" : undefined;
  }

  // Claimed: deliver while the claim holds, then settle it. A failed write is not thrown (the
  // coordination reported it): the delivery happened, and an unsettled claim runs out with its lease.
  async function underClaim(event: ApprovalEvent, key: string, claim: HeldClaim, turn: DeliveryTurn, superseded: AbortSignal): Promise<Outcome> {
    let outcome: Outcome = "aborted";
    try {
      outcome = await withRetries(event, key, turn.signal, superseded, () => turn.mayDeliver() && claim.holds());
    } finally {
      const settle = outcome === "delivered" ? (turn.recordedBy === "settle" ? "delivered" : undefined) : "released";
      await claim.end(settle).catch(() => undefined);
    }
    return outcome;
  }

  function count(key: string, outcome: Outcome): Outcome {
    if (outcome === "aborted") return outcome;
    seen.add(key);
    if (outcome === "duplicate") stats.duplicates += 1;
    else stats[outcome] += 1;
    return outcome;
  }

  return (event, turn) => {
    const key = deliveryKey(event);
    return lanes.run(event.data.id, transitionRank(event), async ({ superseded }) => {
      const handled = superseded.aborted ? "superseded" : await alreadyHandled(event, key, turn.signal);
      if (handled !== undefined) return count(key, handled);
      const waiting = linkedController(turn.signal, superseded);
      let claimed: Awaited<ReturnType<typeof claimDelivery>>;
      try {
        claimed = await claimDelivery(coordination, key, turn.fencingToken, waiting.signal);
      } finally {
        waiting.dispose();
      }
      if (claimed.result === "delivered") return count(key, "duplicate");
      if (claimed.result === "stopped") return count(key, superseded.aborted && !turn.signal.aborted ? "superseded" : "aborted");
      return count(key, await underClaim(event, key, claimed.claim, turn, superseded));
    });
  };
}
