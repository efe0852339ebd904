import { RecentIds } from "@xerotier/api";
import type { Approvals } from "./approvals";
import type { Checkpoint } from "./checkpoint";
import { deliveryKey } from "./delivery-key";
import type { ApprovalEvent } from "./types";
import { backoff, linkedController, sleep } from "./util";

const MAX_DELAY_MS = 600_000;

// Bounds an option into [min, max]; NaN takes the minimum, so no delay ever becomes 0 or 2^31+.
function clamp(value: number, min: number, max: number): number {
  return Number.isNaN(value) ? min : Math.min(max, Math.max(min, value));
}
import type { WatchOptions } from "./watch";

/** How a failed delivery is retried: bounded attempts with full-jitter exponential backoff. */
export interface DeliveryRetry {
  /** Attempts per event, the first included (1–100). Default 5. */
  attempts?: number;
  /** Delay before the second attempt (1 ms – 10 min). Default 1 000 ms. */
  initialDelayMs?: number;
  /** Cap of the backoff (1 ms – 10 min). Default 30 000 ms. */
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
  /** Which approvals to notify about, plus any other watch option except `signal` and `resumeFrom`. */
  filter?: Omit<WatchOptions, "signal" | "resumeFrom">;
  /** Sends one notification; throw (or reject) to have it retried. */
  deliver: (event: ApprovalEvent, context: DeliveryContext) => Promise<void> | void;
  /** Keeps the resume point; without one a restart starts from "now". */
  checkpoint?: Checkpoint;
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
  /** Events dropped because their delivery key was already handled. */
  duplicates: number;
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
   * retry rules; resolves `true` when delivered, `false` when a duplicate or given up on.
   */
  handle(event: ApprovalEvent): Promise<boolean>;
  /** Live counters. */
  readonly stats: Readonly<NotifierStats>;
}

/**
 * The notifier kit: runs `approvals.watch`, calls `deliver(event)` once per delivery key (one per
 * approval transition), retries a failed delivery with backoff a bounded number of times (then
 * reports it via `onDeliveryFailed` and moves on, so one bad event never blocks the stream), and
 * saves the resume point after each handled event.
 *
 * Delivery is at least once: a process killed during `deliver` redelivers that event after a
 * restart, with the same `deliveryKey`, so a sink that deduplicates on it sees it once. `run()`
 * first calls the checkpoint's `acquire()` (a second notifier on the same `fileCheckpoint` fails
 * with `CheckpointLockedError`) and `release()` when it ends.
 *
 * @example
 * ```ts
 * const notifier = createNotifier({
 *   approvals,
 *   filter: { workspaceId: "ws_kube_prod" },
 *   deliver: (event, { deliveryKey }) => pagerDuty.trigger({ dedup_key: deliveryKey, summary: event.data.prompt }),
 *   checkpoint: fileCheckpoint("./approvals.checkpoint.json"),
 * });
 * await notifier.run(AbortSignal.timeout(60_000));
 * ```
 */
export function createNotifier(options: NotifierOptions): Notifier {
  const attempts = clamp(options.retry?.attempts ?? 5, 1, 100);
  const initialDelayMs = clamp(options.retry?.initialDelayMs ?? 1000, 1, MAX_DELAY_MS);
  const maxDelayMs = clamp(options.retry?.maxDelayMs ?? 30_000, 1, MAX_DELAY_MS);
  const attemptTimeoutMs = clamp(options.retry?.attemptTimeoutMs ?? 30_000, 1, MAX_DELAY_MS);
  const seen = new RecentIds(options.dedupeWindow ?? 10_000);
  const stats: NotifierStats = { delivered: 0, failed: 0, duplicates: 0, lastEventId: undefined };
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

  async function handle(event: ApprovalEvent, signal: AbortSignal = stopper.signal): Promise<boolean> {
    const key = deliveryKey(event);
    if (seen.has(key)) {
      stats.duplicates += 1;
      return false;
    }
    let lastError: unknown;
    for (let n = 1; n <= attempts; n += 1) {
      if (signal.aborted) return false;
      try {
        await attempt(event, key, n, signal);
        seen.add(key);
        stats.delivered += 1;
        return true;
      } catch (error) {
        lastError = error;
        if (n < attempts) await sleep(backoff(n, initialDelayMs, maxDelayMs), signal);
      }
    }
    if (signal.aborted) return false; // stopping: not a failure, and not checkpointed either
    seen.add(key);
    stats.failed += 1;
    try {
      options.onDeliveryFailed?.(event, lastError, { deliveryKey: key, attempts });
    } catch {
      // A throwing reporter must not stop the notifier.
    }
    return false;
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
    try {
      const resumeFrom = await options.checkpoint?.load();
      stats.lastEventId = resumeFrom;
      const watch = options.approvals.watch({ ...options.filter, signal: controller.signal, ...(resumeFrom ? { resumeFrom } : {}) });
      for await (const event of watch) {
        const delivered = await handle(event, controller.signal);
        // Stopping: an event whose delivery did not finish is not checkpointed (redone after a restart).
        if (controller.signal.aborted && !delivered) break;
        const resumePoint = watch.lastEventId;
        if (resumePoint !== undefined && resumePoint !== stats.lastEventId) {
          await options.checkpoint?.save(resumePoint);
          stats.lastEventId = resumePoint;
        }
        if (controller.signal.aborted) break;
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
    handle: (event) => handle(event),
    get stats() {
      return { ...stats };
    },
  };
}
