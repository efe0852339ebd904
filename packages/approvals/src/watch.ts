import { EventStreamError, isApprovalEvent, isStreamReset, NotFoundError, streamEvents, type StreamEventsOptions, type XerotierClient } from "@xerotier/api";
import { APPROVAL_EVENT_TYPES } from "@xerotier/api/internal";
import { DeliveredTransitions } from "./delivered-transitions";
import { pollApprovals } from "./poll";
import { listOpen, withPatience } from "./snapshot";
import { syntheticEvent } from "./synthetic";
import { matchesFilter, type ApprovalEvent, type ApprovalFilter } from "./types";
import { linkedController } from "./util";

/**
 * Tuning of the underlying event stream (see `streamEvents` in `@xerotier/api`). `validate`
 * replaces the full (zod) envelope validation; only swap it for a cheaper check you trust.
 */
export type WatchStreamTuning = Pick<
  StreamEventsOptions,
  "idleTimeoutMs" | "initialRetryMs" | "maxRetryMs" | "maxAttempts" | "healthyAfterMs" | "random" | "onReconnect" | "onInvalidEvent" | "validate"
>;

/** Options of `approvals.watch`: a filter plus resume point, cancellation and fallback tuning. */
export interface WatchOptions extends ApprovalFilter {
  /** Aborting it ends iteration cleanly (no error) and closes the connection. */
  signal?: AbortSignal;
  /** A `lastEventId` saved from an earlier watch: every later event is delivered, none twice. */
  resumeFrom?: string;
  /**
   * List, then watch: once the first connection succeeds (however many attempts failed before),
   * yield the open approvals not delivered yet as synthetic `exec.approval_requested` events, then
   * follow the stream. So the watch's "now" is when it was started, not when it first got
   * through. Default: `true` without `resumeFrom` (there is no other way to know what landed
   * before the first connection), `false` with it (the resume point replays what came after it).
   */
  listFirst?: boolean;
  /** `auto` (default): the event stream, falling back to polling; `stream`: never poll; `poll`: only poll. */
  mode?: "auto" | "stream" | "poll";
  /** Polling period of the fallback. Default 5 000 ms. */
  pollIntervalMs?: number;
  /** Newest approvals read per poll and per re-list. Default 1 000. */
  maxItems?: number;
  /** How many delivered transitions re-lists and polls remember at least, to drop duplicates (up to twice as many are). Default 10 000. */
  dedupeWindow?: number;
  /** Called once when the watch switches to polling, with the error that made it. */
  onFallback?: (error: unknown) => void;
  /** Called when a `stream.reset` arrives, before the re-list (not for the first list of `listFirst`). */
  onReset?: () => void;
  /** Event stream tuning (reconnect backoff, idle timeout, …). */
  stream?: WatchStreamTuning;
}

/** A running watch: iterate it once; persist `lastEventId` to resume after a restart. */
export interface ApprovalWatch extends AsyncIterable<ApprovalEvent> {
  /**
   * Id of the last stream event delivered (or skipped by the filter), i.e. the resume point.
   * Synthetic events (re-list, polling) do not move it.
   */
  readonly lastEventId: string | undefined;
  /** `stream` until the watch falls back, then `poll`. */
  readonly mode: "stream" | "poll";
  /** Ends iteration promptly; idempotent. */
  close(): void;
}

/** True for the failures that mean "this router has no usable event stream": poll instead. */
export function isStreamUnavailable(error: unknown): boolean {
  return error instanceof NotFoundError || (error instanceof EventStreamError && error.reason === "unexpected_content_type");
}

/**
 * Watches approval events: the event stream (which already resumes and dedupes across
 * disconnects), re-listing open approvals on `stream.reset`, and polling when the stream is
 * unavailable. Started without `resumeFrom`, it lists the open approvals once its first
 * connection succeeds, then follows (`listFirst`). docs/guides/manage-approvals.md states exactly
 * what synthetic events look like.
 */
export function watchApprovals(client: XerotierClient, options: WatchOptions = {}): ApprovalWatch {
  const { signal, resumeFrom, mode: requested = "auto", stream: tuning = {} } = options;
  const filter: ApprovalFilter = { workspaceId: options.workspaceId, status: options.status, risk: options.risk, agentId: options.agentId };
  const pollIntervalMs = options.pollIntervalMs ?? 5000;
  const maxItems = options.maxItems ?? 1000;
  const controller = linkedController(signal);
  const delivered = new DeliveredTransitions(options.dedupeWindow ?? 10_000);
  let lastEventId = resumeFrom || undefined;
  const listFirst = options.listFirst ?? lastEventId === undefined;
  let mode: "stream" | "poll" = requested === "poll" ? "poll" : "stream";
  let deliveredAny = false;
  let started = false;
  // Approvals the last re-list yielded as requested: the stream's own copy of that transition, if
  // it follows (an approval made between the connection and the list), is not yielded again.
  const relisted = new Set<string>();

  // Every yielded event goes through here: remember its transition, so re-lists and polls skip it.
  const accept = (event: ApprovalEvent): boolean => {
    if (delivered.has(event) || !matchesFilter(event.data, filter)) return false;
    delivered.add(event);
    deliveredAny = true;
    return true;
  };

  // A listed approval without `status` is skipped and reported like a status-less event on the stream.
  // Its report carries `{ object: "event", source, data }` as `raw`, where the stream's carries the frame.
  const onUnreadable = (source: "relist" | "poll") => (approval: unknown, issues: string) => {
    try {
      tuning.onInvalidEvent?.({ raw: JSON.stringify({ object: "event", source, data: approval }), id: undefined, type: undefined, issues });
    } catch {
      // A throwing hook must not stop the watch (the stream guards it the same way).
    }
  };

  async function* relist(): AsyncGenerator<ApprovalEvent> {
    const open = await withPatience(() => listOpen(client, filter, maxItems, controller.signal, onUnreadable("relist")), controller.signal, 30_000);
    const now = Date.now();
    relisted.clear();
    for (const approval of open ?? []) {
      const event = syntheticEvent("relist", "exec.approval_requested", approval, now);
      if (!accept(event)) continue;
      relisted.add(approval.id);
      yield event;
    }
  }

  // A stream event whose transition the last re-list already yielded.
  const relistedBefore = (event: ApprovalEvent): boolean => event.type === "exec.approval_requested" && relisted.delete(event.data.id);

  // One generator layer for the hot path: every extra async generator costs a promise hop per event.
  async function* run(): AsyncGenerator<ApprovalEvent> {
    try {
      if (mode === "stream") {
        const stream = streamEvents(client, {
          ...tuning,
          workspaceId: filter.workspaceId,
          agentId: filter.agentId,
          risk: filter.risk,
          types: APPROVAL_EVENT_TYPES,
          lastEventId,
          signal: controller.signal,
          resetOnFirstConnection: listFirst,
        });
        let startList = listFirst; // the stream's first reset is then the list of "list, then watch"
        try {
          for await (const item of stream) {
            if (isStreamReset(item)) {
              if (!startList || item.requestedLastEventId !== undefined) options.onReset?.();
              startList = false;
              yield* relist();
              continue;
            }
            lastEventId = stream.lastEventId;
            // A stream event goes out (the stream already dedupes ids) unless the last re-list had it; its transition is noted.
            if (!isApprovalEvent(item) || !matchesFilter(item.data, filter) || relistedBefore(item)) continue;
            delivered.note(item);
            deliveredAny = true;
            yield item;
          }
          return;
        } catch (error) {
          if (controller.signal.aborted) return;
          if (requested === "stream" || !isStreamUnavailable(error)) throw error;
          mode = "poll";
          options.onFallback?.(error);
        } finally {
          stream.close();
        }
      }
      yield* pollApprovals({
        client,
        filter,
        signal: controller.signal,
        intervalMs: pollIntervalMs,
        maxItems,
        resuming: listFirst || lastEventId !== undefined || deliveredAny,
        onUnreadable: onUnreadable("poll"),
        accept,
      });
    } finally {
      controller.dispose();
    }
  }

  return {
    get lastEventId() {
      return lastEventId;
    },
    get mode() {
      return mode;
    },
    close() {
      controller.abort();
    },
    [Symbol.asyncIterator]() {
      if (started) throw new TypeError("An approval watch can be iterated only once; start a new watch with resumeFrom.");
      started = true;
      return run();
    },
  };
}
