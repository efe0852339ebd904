import { clampRetryDelay, RecentIds, retryDelayMs, sleep } from "@xerotier/api/internal";
import type { Approvals } from "./approvals";
import type { Checkpoint } from "./checkpoint";
import { StaleLeaseError, type Coordination } from "./coordination";
import { decisionKeys, deliveryKey, transitionRank } from "./delivery-key";
import { checkpointCoordination, memoryCoordination } from "./memory-coordination";
import { ApprovalLanes } from "./notifier-lanes";
import { acquireLeadership, type Leadership } from "./notifier-leadership";
import { OrderedCommits } from "./ordered-commits";
import { latestEventId } from "./start-position";
import type { ApprovalEvent } from "./types";
import { linkedController } from "./util";

const MAX_DELAY_MS = 600_000;

// Bounds an option into [min, max]; NaN takes the minimum, so no delay ever becomes 0 or 2^31+.
function clamp(value: number, min: number, max: number): number {
  return Number.isNaN(value) ? min : Math.min(max, Math.max(min, value));
}
import type { WatchOptions } from "./watch";

/** Where a leader's watch starts: its resume point, and whether it lists the open approvals first. */
interface WatchStart {
  resumeFrom: string | undefined;
  listFirst: boolean;
}

/** The ledger's note that `resumePoint` is where a fresh coordination started (it lists first). */
const startMarker = (resumePoint: string): string => `notifier-start:${resumePoint}`;

/** How one event's delivery ended; "aborted" (stopping, or the lease lost) is not finished. */
type Outcome = "delivered" | "failed" | "duplicate" | "superseded" | "aborted";

/** How a failed delivery is retried: bounded attempts with full-jitter exponential backoff. */
export interface DeliveryRetry {
  /** Attempts per event, the first included (1–100). Default 5. */
  attempts?: number;
  /** Delay before the second attempt (100 ms – 5 min, the SDK's `clampRetryDelay` range). Default 1 000 ms. */
  initialDelayMs?: number;
  /** Cap of the backoff (100 ms – 5 min). Default 30 000 ms. */
  maxDelayMs?: number;
  /** One attempt that takes longer is aborted (its `signal`) and counts as failed (1 ms – 10 min). Default 30 000 ms. */
  attemptTimeoutMs?: number;
}

/** What `deliver` is told besides the event. */
export interface DeliveryContext {
  /** 1 for the first attempt. */
  attempt: number;
  /**
   * The notification's stable identity, `<approval id>:<event type>` (see {@link deliveryKey}):
   * the same for every attempt and for a redelivery after a crash. Give it to the sink as its
   * dedup key (PagerDuty `dedup_key`, an `Idempotency-Key` header).
   */
  deliveryKey: string;
  /** Aborted when the notifier stops or the attempt times out; pass it to your `fetch`. */
  signal: AbortSignal;
}

/** What `onDeliveryFailed` is told besides the event and the last error. */
export interface DeliveryFailure {
  /** The notification's stable identity (see {@link DeliveryContext.deliveryKey}). */
  deliveryKey: string;
  /** How many attempts were made. */
  attempts: number;
}

/** Options of {@link createNotifier}. */
export interface NotifierOptions {
  /** The approvals helper whose `watch` feeds the notifier. */
  approvals: Approvals;
  /** Which approvals to notify about, plus any other watch option except `signal`, `resumeFrom` and `listFirst` (the notifier decides). */
  filter?: Omit<WatchOptions, "signal" | "resumeFrom" | "listFirst">;
  /** Sends one notification; throw (or reject) to have it retried. */
  deliver: (event: ApprovalEvent, context: DeliveryContext) => Promise<void> | void;
  /**
   * Keeps the resume point on one host; without it (and without `coordination`) a restart starts
   * from "now". Shorthand for `coordination: checkpointCoordination(checkpoint)`, plus the
   * checkpoint's own `acquire()` lock. Give either this or `coordination`, not both.
   */
  checkpoint?: Checkpoint;
  /**
   * Where replicas agree on one leader, the resume point and the ledger of delivered keys (e.g.
   * `postgresCoordination` from `@xerotier/approvals/postgres`): only the lease holder delivers.
   */
  coordination?: Coordination;
  /** Deliveries in flight at once (1–1 000). Default 1. The resume point still only passes finished ones. */
  concurrency?: number;
  /** Retry policy of failed deliveries. */
  retry?: DeliveryRetry;
  /**
   * The dead letter: called once when an event could not be delivered after every attempt. The
   * notifier then moves on and its checkpoint passes the event, so one failing sink or poison
   * event never blocks later ones; keep what you are given here if you must redeliver it.
   */
  onDeliveryFailed?: (event: ApprovalEvent, error: unknown, failure: DeliveryFailure) => void;
  /** How many delivery keys to remember for dropping duplicates. Default 10 000. */
  dedupeWindow?: number;
}

/** Counters of a notifier, for logs and health checks. */
export interface NotifierStats {
  /** Events delivered. */
  delivered: number;
  /** Events given up on after every attempt (reported through `onDeliveryFailed`). */
  failed: number;
  /** Events dropped because their delivery key was already handled (here or in the ledger). */
  duplicates: number;
  /**
   * Events not delivered (or not retried) because a later transition of the same approval came
   * first: a request or escalation still waiting or retrying when the decision is known.
   */
  superseded: number;
  /** Times this notifier became the leader. */
  leaderships: number;
  /** The resume point last saved. */
  lastEventId: string | undefined;
}

/** A running (or runnable) notifier. */
export interface Notifier {
  /** Watches and delivers until `signal` aborts or {@link Notifier.stop} is called; resolves with the stats. */
  run(signal?: AbortSignal): Promise<NotifierStats>;
  /**
   * Stops a running notifier cleanly: the in-flight delivery's `signal` aborts; if it still
   * succeeds its event is checkpointed, otherwise it is redone after a restart.
   */
  stop(): void;
  /**
   * Delivers one event from another source (e.g. `parseApprovalWebhook`) with the same dedupe and
   * retry rules (keys in the coordination's ledger count as duplicates); resolves `true` when
   * delivered, `false` when a duplicate or given up on. It delivers whether or not this replica
   * leads and does not write the ledger: call it on one replica only.
   */
  handle(event: ApprovalEvent): Promise<boolean>;
  /** Live counters. */
  readonly stats: Readonly<NotifierStats>;
}

/**
 * The notifier kit: runs `approvals.watch`, calls `deliver(event)` once per delivery key (one per
 * approval transition), retries a failed delivery with backoff a bounded number of times (then
 * reports it via `onDeliveryFailed` and moves on, so one bad event never blocks the stream), and
 * commits the resume point past each handled event.
 *
 * It follows the {@link Coordination} protocol: only the lease holder watches and delivers (a
 * standby retries acquiring), the lease is renewed every `leaseMs / 3`, a key the ledger already
 * has is skipped, and a leader whose lease is lost (or whose commit is refused as stale) stops
 * delivering at once and goes back to standby. With `concurrency: N`, N deliveries run at once and
 * the resume point is the newest event that, with every earlier one, finished. One approval's
 * events still reach `deliver` one at a time, in arrival order, and a later transition supersedes
 * an earlier one still waiting or retrying (a request is never paged after its decision).
 *
 * Delivery is at least once: a process killed during `deliver` redelivers that event after a
 * restart, with the same `deliveryKey`, so a sink that deduplicates on it sees it once. With a
 * `checkpoint`, `run()` first calls its `acquire()` (a second notifier on the same
 * `fileCheckpoint` fails with `CheckpointLockedError`) and `release()` when it ends.
 *
 * @example
 * ```ts
 * const notifier = createNotifier({
 *   approvals,
 *   filter: { workspaceId: "ws_kube_prod" },
 *   deliver: (event, { deliveryKey }) => pagerDuty.trigger({ dedup_key: deliveryKey, summary: event.data.prompt }),
 *   checkpoint: fileCheckpoint("./approvals.checkpoint.json"), // or, on several hosts:
 *   // coordination: postgresCoordination({ connectionString, name: "pagerduty" }),
 * });
 * await notifier.run(AbortSignal.timeout(60_000));
 * ```
 */
export function createNotifier(options: NotifierOptions): Notifier {
  if (options.checkpoint && options.coordination) throw new TypeError("Give createNotifier either `checkpoint` or `coordination`, not both.");
  const coordination = options.coordination ?? (options.checkpoint ? checkpointCoordination(options.checkpoint) : memoryCoordination());
  const concurrency = clamp(Math.floor(options.concurrency ?? 1), 1, 1000);
  const pendingLimit = Math.max(1000, concurrency * 100); // events read ahead of a slow one, at most
  const attempts = clamp(options.retry?.attempts ?? 5, 1, 100);
  const initialDelayMs = clampRetryDelay(options.retry?.initialDelayMs ?? 1000);
  const maxDelayMs = clampRetryDelay(options.retry?.maxDelayMs ?? 30_000);
  const attemptTimeoutMs = clamp(options.retry?.attemptTimeoutMs ?? 30_000, 1, MAX_DELAY_MS);
  const seen = new RecentIds(options.dedupeWindow ?? 10_000);
  const busy = new Set<string>(); // keys being delivered right now: a second copy is a duplicate
  const lanes = new ApprovalLanes();
  const stats: NotifierStats = { delivered: 0, failed: 0, duplicates: 0, superseded: 0, leaderships: 0, lastEventId: undefined };
  let stopper = new AbortController();

  // The stop signal reaches `deliver` (its fetch aborts) but does not cut it short: a delivery
  // that still succeeds is counted and checkpointed. The attempt timeout does cut it short.
  async function attempt(event: ApprovalEvent, key: string, n: number, signal: AbortSignal): Promise<void> {
    const timeout = AbortSignal.timeout(attemptTimeoutMs);
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

  // "aborted": stopping or leadership lost, neither a failure nor finished (redone by whoever leads next).
  // "superseded": a later transition of the approval is known; no (further) attempt.
  async function deliverWithRetry(event: ApprovalEvent, key: string, signal: AbortSignal, superseded: AbortSignal, mayDeliver: () => boolean): Promise<Outcome> {
    let lastError: unknown;
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
      await sleep(retryDelayMs(n, { baseMs: initialDelayMs, capMs: maxDelayMs }), waiting.signal).catch(() => undefined);
    } finally {
      waiting.dispose();
    }
  }

  // A transition is stale once its approval's decision was handled (here or by any replica).
  async function alreadyHandled(event: ApprovalEvent, key: string, signal: AbortSignal): Promise<"duplicate" | "superseded" | undefined> {
    if (seen.has(key) || busy.has(key)) return "duplicate";
    const decisions = decisionKeys(event);
    if (decisions.some((k) => seen.has(k))) return "superseded";
    const ledger = await coordination.wasDelivered([key, ...decisions], { signal });
    if (ledger.has(key)) return "duplicate";
    return decisions.some((k) => ledger.has(k)) ? "superseded" : undefined;
  }

  // One event, whatever its source, in its approval's lane: dedupe, deliver with retries, count.
  function deliverInLane(event: ApprovalEvent, signal: AbortSignal, mayDeliver: () => boolean): Promise<Outcome> {
    const key = deliveryKey(event);
    return lanes.run(event.data.id, transitionRank(event), async ({ superseded }) => {
      const handled = superseded.aborted ? "superseded" : await alreadyHandled(event, key, signal);
      if (handled !== undefined) return count(key, handled);
      busy.add(key);
      try {
        const outcome = await deliverWithRetry(event, key, signal, superseded, mayDeliver);
        return outcome === "aborted" ? outcome : count(key, outcome);
      } finally {
        busy.delete(key);
      }
    });
  }

  function count(key: string, outcome: Exclude<Outcome, "aborted">): Outcome {
    seen.add(key);
    if (outcome === "duplicate") stats.duplicates += 1;
    else stats[outcome] += 1;
    return outcome;
  }

  async function handle(event: ApprovalEvent): Promise<boolean> {
    return (await deliverInLane(event, stopper.signal, () => true)) === "delivered";
  }

  // Delivers one event of the watch as the leader, then commits it in order.
  async function deliverInOrder(event: ApprovalEvent, leadership: Leadership, commits: OrderedCommits, resumePoint: string | undefined, signal: AbortSignal): Promise<void> {
    const entry = commits.push(resumePoint); // before any await: watch order
    const outcome = await deliverInLane(event, signal, () => leadership.holds());
    if (outcome === "aborted") return; // not finished: the resume point stays before it
    await commits.finish(entry, outcome === "delivered" ? deliveryKey(event) : undefined);
  }

  // Where this replica started: read when `run` starts, before it leads (so the read never eats
  // into a lease), only while the coordination has no resume point, and used only if this
  // replica becomes the first leader of that fresh coordination.
  async function readStartPosition(signal: AbortSignal): Promise<string | undefined> {
    const client = options.approvals.client as Approvals["client"] | undefined;
    if (options.filter?.mode === "poll" || !client) return undefined;
    if ((await coordination.load({ signal }).catch(() => undefined)) !== undefined) return undefined; // a leader reads it again
    return latestEventId(client, options.filter ?? {}, signal).catch((error: unknown) => {
      if (!signal.aborted) client.logger?.warn?.("notifier: could not read the event stream's position; it lists what is pending once connected", { error: String(error) });
      return undefined;
    });
  }

  // Where the leader's watch starts, and whether it lists the open approvals first. A fresh
  // coordination has no resume point: the leader commits its start position (with a marker in the
  // ledger) before its first delivery and lists, so the successor of a leader that dies before its
  // resume point moved on starts there too (nothing missed in between) and lists again (ledger-deduped).
  async function startingPoint(leadership: Leadership, startPosition: Promise<string | undefined>, signal: AbortSignal): Promise<WatchStart> {
    const committed = await coordination.load({ signal });
    if (committed !== undefined) {
      const untouched = (await coordination.wasDelivered([startMarker(committed)], { signal })).size > 0;
      return { resumeFrom: committed, listFirst: untouched };
    }
    const start = await startPosition;
    if (start !== undefined) await coordination.commit({ deliveryKeys: [startMarker(start)], resumePoint: start, fencingToken: leadership.lease.fencingToken }, { signal });
    return { resumeFrom: start, listFirst: true };
  }

  async function lead(leadership: Leadership, startPosition: Promise<string | undefined>, runSignal: AbortSignal): Promise<void> {
    const watching = linkedController(runSignal, leadership.lost);
    const delivering = linkedController(runSignal, leadership.lost); // stopping aborts both; only losing the lease cuts a commit off
    const commits = new OrderedCommits(coordination, () => leadership.lease.fencingToken, (point) => (stats.lastEventId = point));
    const inFlight = new Set<Promise<void>>();
    let failure: unknown;
    try {
      const { resumeFrom, listFirst } = await startingPoint(leadership, startPosition, watching.signal);
      stats.lastEventId = resumeFrom;
      const watch = options.approvals.watch({ ...options.filter, signal: watching.signal, listFirst, ...(resumeFrom ? { resumeFrom } : {}) });
      for await (const event of watch) {
        const task: Promise<void> = deliverInOrder(event, leadership, commits, watch.lastEventId, delivering.signal)
          .catch((error: unknown) => {
            failure ??= error;
            watching.abort();
          })
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
        while (inFlight.size >= concurrency || (inFlight.size > 0 && commits.size >= pendingLimit)) await Promise.race(inFlight);
        if (failure !== undefined || watching.signal.aborted) break;
      }
      await Promise.all(inFlight);
    } catch (error) {
      await Promise.all(inFlight);
      if (error instanceof StaleLeaseError) return leadership.lose(); // the starting commit was refused: another replica leads
      if (!runSignal.aborted && !leadership.lost.aborted) throw error; // else: an abort while stopping or stepping down
    } finally {
      watching.abort();
      watching.dispose();
      delivering.dispose();
    }
    if (failure instanceof StaleLeaseError) return leadership.lose(); // another replica leads: step down
    if (failure !== undefined && !leadership.lost.aborted && !runSignal.aborted) throw failure;
  }

  async function run(signal?: AbortSignal): Promise<NotifierStats> {
    stopper = new AbortController(); // before any await, so a stop() right after run() is not lost
    const controller = linkedController(signal, stopper.signal);
    try {
      await options.checkpoint?.acquire?.(); // refuses to share the resume point with another notifier
    } catch (error) {
      controller.dispose();
      throw error;
    }
    const startPosition = readStartPosition(controller.signal);
    try {
      while (!controller.signal.aborted) {
        const leadership = await acquireLeadership(coordination, controller.signal);
        if (!leadership) break;
        stats.leaderships += 1;
        try {
          await lead(leadership, startPosition, controller.signal);
        } finally {
          await leadership.end();
        }
      }
      return { ...stats };
    } finally {
      controller.abort();
      controller.dispose();
      await options.checkpoint?.release?.();
    }
  }

  return {
    run,
    stop: () => stopper.abort(),
    handle,
    get stats() {
      return { ...stats };
    },
  };
}
