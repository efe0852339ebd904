import { EventStreamError, isApprovalEvent, isStreamReset, NotFoundError, streamEvents, type StreamEventsOptions, type StreamReset, type XerotierClient } from "@xerotier/api";
import { APPROVAL_EVENT_TYPES, createSerialIterator, type EventStream, type EventStreamItem, type SerialSource } from "@xerotier/api/internal";
import { DeliveredTransitions } from "./delivered-transitions";
import { pollApprovals } from "./poll";
import { Relist } from "./relist";
import { listOpen, withPatience } from "./snapshot";
import { matchesFilter, type ApprovalEvent, type ApprovalFilter } from "./types";
import { linkedController } from "./util";

/**
 * Tuning of the underlying event stream (see `streamEvents` in `@xerotier/api`). `validate`
 * replaces the full (zod) envelope validation; only swap it for a cheaper check you trust.
 */
export type WatchStreamTuning = Pick<
  StreamEventsOptions,
  "idleTimeoutMs" | "baseDelayMs" | "maxDelayMs" | "maxRetries" | "healthyAfterMs" | "random" | "onReconnect" | "onInvalidEvent" | "validate"
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

/** What a step of the watch hands back when its source (stream or polling) has ended. */
const ENDED = Symbol("ended");

/**
 * Watches approval events: the event stream (which already resumes and dedupes across
 * disconnects), re-listing open approvals on `stream.reset`, and polling when the stream is
 * unavailable. Started without `resumeFrom`, it lists the open approvals once its first
 * connection succeeds, then follows (`listFirst`). docs/guides/manage-approvals.md states exactly
 * what synthetic events look like.
 *
 * One serial iterator over the stream's `nextReady()`: an event the stream has already parsed is
 * handed out with one settled promise, not a chain of them through an async generator.
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
  let finished = false;
  let stream: EventStream | undefined;
  let items: AsyncIterator<EventStreamItem> | undefined;
  let polling: AsyncGenerator<ApprovalEvent> | undefined;
  // A `stream.reset` read but not acted on yet: its re-list comes before the next stream item.
  let reset: StreamReset | undefined;
  let startList = listFirst; // the stream's first reset is then the list of "list, then watch"

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

  const listOpenNow = () => withPatience(() => listOpen(client, filter, maxItems, controller.signal, onUnreadable("relist")), controller.signal, 30_000);
  const relist = new Relist(listOpenNow, accept);

  // A stream item as the watch hands it out: an approval event that passes the filter and that the
  // last re-list did not have (the stream already dedupes ids), its transition noted; a reset is kept.
  function fromStream(from: EventStream, item: EventStreamItem): ApprovalEvent | undefined {
    if (isStreamReset(item)) {
      reset = item;
      return undefined;
    }
    lastEventId = from.lastEventId;
    if (!isApprovalEvent(item) || !matchesFilter(item.data, filter) || relist.yielded(item)) return undefined;
    delivered.note(item);
    deliveredAny = true;
    return item;
  }

  // What can be handed out now, without waiting: the re-list's events, then the stream's parsed ones.
  function ready(): ApprovalEvent | undefined {
    const listed = relist.take();
    if (listed !== undefined) return listed;
    if (stream === undefined || reset !== undefined) return undefined;
    for (let item = stream.nextReady(); item !== undefined; item = stream.nextReady()) {
      const event = fromStream(stream, item);
      if (event !== undefined || reset !== undefined) return event;
    }
    return undefined;
  }

  function openStream(): EventStream {
    const opened = streamEvents(client, {
      ...tuning,
      workspaceId: filter.workspaceId,
      agentId: filter.agentId,
      risk: filter.risk,
      types: APPROVAL_EVENT_TYPES,
      lastEventId,
      signal: controller.signal,
      resetOnFirstConnection: listFirst,
    });
    items = opened[Symbol.asyncIterator]();
    return opened;
  }

  // One step on the stream: the re-list a reset asked for, or one item read (undefined: nothing to hand out yet).
  async function streamStep(): Promise<ApprovalEvent | undefined | typeof ENDED> {
    const current = (stream ??= openStream());
    try {
      if (reset !== undefined) {
        const { requestedLastEventId } = reset;
        reset = undefined;
        if (!startList || requestedLastEventId !== undefined) options.onReset?.();
        startList = false;
        await relist.run();
        return undefined;
      }
      const next = await items!.next();
      return next.done ? ENDED : fromStream(current, next.value);
    } catch (error) {
      if (controller.signal.aborted) return ENDED;
      if (requested === "stream" || !isStreamUnavailable(error)) throw error;
      current.close();
      mode = "poll";
      options.onFallback?.(error);
      return undefined;
    }
  }

  async function pollStep(): Promise<ApprovalEvent | typeof ENDED> {
    polling ??= pollApprovals({
      client,
      filter,
      signal: controller.signal,
      intervalMs: pollIntervalMs,
      maxItems,
      resuming: listFirst || lastEventId !== undefined || deliveredAny,
      onUnreadable: onUnreadable("poll"),
      accept,
    });
    const next = await polling.next();
    return next.done ? ENDED : next.value;
  }

  // The end, however it comes (the source ended or failed, return(), close(), the signal): nothing more is handed out.
  function finish(): void {
    if (finished) return;
    finished = true;
    relist.clear();
    controller.abort(); // closes the stream, ends a poll's wait and any list in flight
    controller.dispose();
  }
  controller.signal.addEventListener("abort", finish, { once: true });

  const source: SerialSource<ApprovalEvent> = {
    ready,
    async pull() {
      while (!finished) {
        const event = ready() ?? (mode === "stream" ? await streamStep() : await pollStep());
        if (event === ENDED) break;
        if (event !== undefined) return { done: false, value: event };
      }
      finish();
      return { done: true, value: undefined };
    },
    close: finish,
  };

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
      return createSerialIterator(source);
    },
  };
}
