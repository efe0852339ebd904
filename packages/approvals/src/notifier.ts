import { clampRetryDelay, MAX_RETRY_DELAY_MS } from "@xerotier/api/internal";
import type { Approvals } from "./approvals";
import type { Checkpoint } from "./checkpoint";
import { StaleLeaseError, type Coordination, type CoordinationError } from "./coordination";
import { deliveryKey } from "./delivery-key";
import { checkpointCoordination, memoryCoordination } from "./memory-coordination";
import { createDelivery } from "./notifier-delivery";
import { HealthTracker, type NotifierHealth } from "./notifier-health";
import type { Leadership } from "./notifier-leadership";
import { OrderedCommits } from "./ordered-commits";
import { reportingCoordination } from "./reporting-coordination";
import { latestEventId } from "./start-position";
import type { NotifierDelivery, NotifierStats } from "./notifier-types";
import type { ApprovalEvent } from "./types";
import { linkedController } from "./util";
import type { WatchOptions } from "./watch";

// Bounds an option into [min, max]; NaN takes the minimum, so no delay ever becomes 0 or 2^31+.
function clamp(value: number, min: number, max: number): number {
  return Number.isNaN(value) ? min : Math.min(max, Math.max(min, value));
}

/** Where a leader's watch starts: its resume point, and whether it lists the open approvals first. */
interface WatchStart {
  resumeFrom: string | undefined;
  listFirst: boolean;
}

/** The ledger's note that `resumePoint` is where a fresh coordination started (it lists first). */
const startMarker = (resumePoint: string): string => `notifier-start:${resumePoint}`;

/** How a failed delivery is retried: bounded retries with full-jitter exponential backoff. */
export interface DeliveryRetry {
  /** Retries per event after the first attempt (0–99). Default 4. */
  maxRetries?: number;
  /** Backoff ceiling of the first retry, doubling per retry (100 ms – 5 min, the SDK's `clampRetryDelay` range). Default 1 000 ms. */
  baseDelayMs?: number;
  /** Cap of the backoff (100 ms – 5 min). Default 30 000 ms. */
  maxDelayMs?: number;
  /** One attempt that takes longer is aborted (its `signal`) and counts as failed (1 ms – 5 min). Default 30 000 ms. */
  timeoutMs?: number;
}

/** Options of {@link createNotifier}. */
export interface NotifierOptions extends NotifierDelivery {
  /** The approvals helper whose `watch` feeds the notifier. */
  approvals: Approvals;
  /** Which approvals to notify about, plus any other watch option except `signal`, `resumeFrom` and `listFirst` (the notifier decides). */
  filter?: Omit<WatchOptions, "signal" | "resumeFrom" | "listFirst">;
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
   * Hears of each failed coordination call (a database unreachable past `unavailableTimeoutMs`,
   * refused permissions…): the notifier then waits in standby and tries again; `run()` goes on.
   * `error.cause` is the coordination's own error. A throwing hook is ignored.
   */
  onCoordinationError?: (error: CoordinationError) => void;
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
   * Delivers one event from another source (e.g. `parseApprovalWebhook`) with the same rules as the
   * stream: in its approval's order, stale transitions dropped, retried. It runs on any replica,
   * leading or not, and keeps to one delivery per transition across the fleet: it claims the
   * delivery key in the coordination's ledger first (while another replica or the leader's stream
   * delivers it, it waits: that claim ends with the delivery, or with the lease when that replica
   * died) and records it after. Resolves `true` when it delivered, `false` when it was a
   * duplicate, stale, given up on (`onDeliveryFailed`) or stopped. Rejects only when the
   * coordination cannot be read (answer the webhook with a 5xx so it is sent again).
   */
  handle(event: ApprovalEvent): Promise<boolean>;
  /** Live counters. */
  readonly stats: Readonly<NotifierStats>;
  /**
   * Its role (leader, standby, stopped), whether its coordination answers, its last commit and its
   * last coordination failure: plain JSON for a readiness probe (serve `healthy`).
   */
  health(): NotifierHealth;
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
  const health = new HealthTracker(options.onCoordinationError);
  const coordination = reportingCoordination(options.coordination ?? (options.checkpoint ? checkpointCoordination(options.checkpoint) : memoryCoordination()), health);
  const concurrency = clamp(Math.floor(options.concurrency ?? 1), 1, 1000);
  const pendingLimit = Math.max(1000, concurrency * 100); // events read ahead of a slow one, at most
  const maxRetries = clamp(options.retry?.maxRetries ?? 4, 0, 99);
  const baseDelayMs = clampRetryDelay(options.retry?.baseDelayMs ?? 1000);
  const maxDelayMs = clampRetryDelay(options.retry?.maxDelayMs ?? 30_000);
  const timeoutMs = clamp(options.retry?.timeoutMs ?? 30_000, 1, MAX_RETRY_DELAY_MS);
  const stats: NotifierStats = { delivered: 0, failed: 0, duplicates: 0, superseded: 0, leaderships: 0, lastEventId: undefined };
  const deliver = createDelivery(coordination, options, { maxRetries, baseDelayMs, maxDelayMs, timeoutMs }, stats);
  let stopper = new AbortController();

  // The webhook path: any replica, no lease; the claim in the ledger keeps it to one delivery.
  async function handle(event: ApprovalEvent): Promise<boolean> {
    const turn = { signal: stopper.signal, mayDeliver: () => true, fencingToken: 0, recordedBy: "settle" } as const;
    return (await deliver(event, turn)) === "delivered";
  }

  // Delivers one event of the watch as the leader, then commits it in order.
  async function deliverInOrder(event: ApprovalEvent, leadership: Leadership, commits: OrderedCommits, resumePoint: string | undefined, signal: AbortSignal): Promise<void> {
    const entry = commits.push(resumePoint); // before any await: watch order
    const turn = { signal, mayDeliver: () => leadership.holds(), fencingToken: leadership.lease.fencingToken, recordedBy: "commit" } as const;
    const outcome = await deliver(event, turn);
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

  // One term as the leader; `leading` aborts on stop or when the lease is lost.
  async function lead(leading: AbortSignal, leadership: Leadership, startPosition: Promise<string | undefined>): Promise<void> {
    const watching = linkedController(leading);
    const commits = new OrderedCommits(coordination, () => leadership.lease.fencingToken, (point) => (stats.lastEventId = point));
    const inFlight = new Set<Promise<void>>();
    let failure: unknown;
    try {
      const { resumeFrom, listFirst } = await startingPoint(leadership, startPosition, watching.signal);
      stats.lastEventId = resumeFrom;
      const watch = options.approvals.watch({ ...options.filter, signal: watching.signal, listFirst, ...(resumeFrom ? { resumeFrom } : {}) });
      for await (const event of watch) {
        const task: Promise<void> = deliverInOrder(event, leadership, commits, watch.lastEventId, leading)
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
      failure ??= error;
    } finally {
      watching.abort();
      watching.dispose();
    }
    if (failure instanceof StaleLeaseError) return leadership.lose(); // another replica leads: step down
    if (failure !== undefined) throw failure; // whileLeading tells an outage, a stop and a bug apart
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
      await health.whileLeading(coordination, controller.signal, (leading, leadership) => lead(leading, leadership, startPosition), (leadership) => {
        if (leadership) stats.leaderships += 1;
      });
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
    health: () => health.snapshot(stats.lastEventId),
  };
}
