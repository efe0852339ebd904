import { RecentIds } from "@xerotier/api";
import type { Approvals } from "./approvals";
import type { Checkpoint } from "./checkpoint";
import type { ApprovalEvent } from "./types";
import { backoff, linkedController, sleep } from "./util";
import type { WatchOptions } from "./watch";

/** How a failed delivery is retried: bounded attempts with full-jitter exponential backoff. */
export interface DeliveryRetry {
  /** Attempts per event, the first included. Default 5. */
  attempts?: number;
  /** Delay before the second attempt. Default 1 000 ms. */
  initialDelayMs?: number;
  /** Cap of the backoff. Default 30 000 ms. */
  maxDelayMs?: number;
}

/** What `deliver` is told besides the event. */
export interface DeliveryContext {
  /** 1 for the first attempt. */
  attempt: number;
  /** Aborted when the notifier stops; pass it to your `fetch`. */
  signal: AbortSignal;
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
  /** Called when an event could not be delivered after every attempt; the notifier then moves on. */
  onDeliveryFailed?: (event: ApprovalEvent, error: unknown) => void;
  /** How many event ids to remember for dropping duplicates. Default 10 000. */
  dedupeWindow?: number;
}

/** Counters of a notifier, for logs and health checks. */
export interface NotifierStats {
  /** Events delivered. */
  delivered: number;
  /** Events given up on after every attempt (reported through `onDeliveryFailed`). */
  failed: number;
  /** Events dropped because their id was already handled. */
  duplicates: number;
  /** The resume point last saved. */
  lastEventId: string | undefined;
}

/** A running (or runnable) notifier. */
export interface Notifier {
  /** Watches and delivers until `signal` aborts or {@link Notifier.stop} is called; resolves with the stats. */
  run(signal?: AbortSignal): Promise<NotifierStats>;
  /** Stops a running notifier cleanly (the in-flight delivery is aborted, its event not checkpointed). */
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
 * The notifier kit: runs `approvals.watch`, calls `deliver(event)` once per event id, retries a
 * failed delivery with backoff a bounded number of times (then reports it via
 * `onDeliveryFailed` and moves on, so one bad event never blocks the stream), and saves the
 * resume point after each handled event so a restart neither misses nor repeats a notification.
 *
 * @example
 * ```ts
 * const notifier = createNotifier({
 *   approvals,
 *   filter: { workspaceId: "ws_kube_prod" },
 *   deliver: (event) => postToSlack(event),
 *   checkpoint: fileCheckpoint("./approvals.checkpoint.json"),
 * });
 * await notifier.run(AbortSignal.timeout(60_000));
 * ```
 */
export function createNotifier(options: NotifierOptions): Notifier {
  const attempts = Math.max(1, options.retry?.attempts ?? 5);
  const initialDelayMs = options.retry?.initialDelayMs ?? 1000;
  const maxDelayMs = options.retry?.maxDelayMs ?? 30_000;
  const seen = new RecentIds(options.dedupeWindow ?? 10_000);
  const stats: NotifierStats = { delivered: 0, failed: 0, duplicates: 0, lastEventId: undefined };
  let stopper = new AbortController();

  async function handle(event: ApprovalEvent, signal: AbortSignal = stopper.signal): Promise<boolean> {
    if (seen.has(event.id)) {
      stats.duplicates += 1;
      return false;
    }
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (signal.aborted) return false;
      try {
        await options.deliver(event, { attempt, signal });
        seen.add(event.id);
        stats.delivered += 1;
        return true;
      } catch (error) {
        lastError = error;
        if (attempt < attempts) await sleep(backoff(attempt, initialDelayMs, maxDelayMs), signal);
      }
    }
    if (signal.aborted) return false; // stopping: not a failure, and not checkpointed either
    seen.add(event.id);
    stats.failed += 1;
    try {
      options.onDeliveryFailed?.(event, lastError);
    } catch {
      // A throwing reporter must not stop the notifier.
    }
    return false;
  }

  async function run(signal?: AbortSignal): Promise<NotifierStats> {
    stopper = new AbortController();
    const controller = linkedController(signal, stopper.signal);
    try {
      const resumeFrom = await options.checkpoint?.load();
      stats.lastEventId = resumeFrom;
      const watch = options.approvals.watch({ ...options.filter, signal: controller.signal, ...(resumeFrom ? { resumeFrom } : {}) });
      for await (const event of watch) {
        await handle(event, controller.signal);
        if (controller.signal.aborted) break; // the event in flight is not checkpointed: it is redone after a restart
        const resumePoint = watch.lastEventId;
        if (resumePoint !== undefined && resumePoint !== stats.lastEventId) {
          await options.checkpoint?.save(resumePoint);
          stats.lastEventId = resumePoint;
        }
      }
      return { ...stats };
    } finally {
      controller.abort();
      controller.dispose();
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
