import { nextTurn } from "./backoff";
import { openConnection, type Connection, type ConnectionSettings } from "./connection";
import { createFrameQueue, type FrameQueue } from "./frame-queue";
import { classifyFailure, createReconnectPolicy, type Ending, type ReconnectPolicy } from "./reconnect";
import { createResumePoint, type ResumePoint } from "./resume-point";
import { createSerialIterator, type SerialSource } from "./serial-iterator";
import type { EventStream, EventStreamOptions } from "./stream-options";
import type { EventStreamItem } from "./types";
import { UNTRACED, withSpan, type SpanAttributeValues, type SpanNotes } from "../tracing/with-span";
import { createEventReader } from "./validate";

/**
 * Loop steps (skipped frames, reads, reconnects) one `next()` may take before it lets the event
 * loop run. A fast source of garbage or replays (in-memory bodies, `retry: 0`) settles every step
 * on a microtask, which would otherwise starve timers, I/O and `close()` forever.
 */
const STEPS_PER_TURN = 256;

/**
 * Creates a resilient SSE event stream over an injected opener: reconnects with full-jitter
 * exponential backoff (honouring `retry:`), resends `Last-Event-ID`, drops replayed ids,
 * recycles idle connections, and validates every envelope. Reading is pull-based: nothing is
 * read from the network while the consumer is busy.
 *
 * One piece per concern, composed here: the connection (`connection.ts`), the frame queue, the
 * resume point with its dedupe (`resume-point.ts`), the reconnect policy and the serial iterator.
 *
 * @example
 * ```ts
 * const stream = createEventStream({ open: (ctx) => client.openEvents(ctx), lastEventId: saved });
 * for await (const item of stream) {
 *   if (isStreamReset(item)) await relist();
 *   else if (isApprovalEvent(item)) notify(item.data);
 *   save(stream.lastEventId);
 * }
 * ```
 *
 * Pass the client whose `fetch` the opener uses as `tracedBy` and, when it traces, each reconnect
 * (its wait and the reopen) is a `xerotier.events.reconnect` span, parent of the reopen's call.
 */
export function createEventStream(options: EventStreamOptions, tracedBy?: object): EventStream {
  const stopping = new AbortController();
  const queue = createFrameQueue();
  const resume = createResumePoint({
    lastEventId: options.lastEventId,
    dedupeWindow: options.dedupeWindow ?? 1024,
    onInvalidEvent: options.onInvalidEvent,
    resetOnFirstConnection: options.resetOnFirstConnection === true,
  });
  const policy = createReconnectPolicy({
    baseDelayMs: options.baseDelayMs ?? 1000,
    maxDelayMs: options.maxDelayMs ?? 30_000,
    minDelayMs: options.minDelayMs,
    maxRetries: options.maxRetries ?? Infinity,
    random: options.random ?? Math.random,
    onReconnect: options.onReconnect,
    signal: stopping.signal,
  });
  const settings: ConnectionSettings = {
    open: options.open,
    validate: options.validate ?? createEventReader({ onSchemaDrift: options.onSchemaDrift }),
    idleTimeoutMs: options.idleTimeoutMs ?? 45_000,
    maxBufferSize: options.maxBufferSize ?? 4 * 1024 * 1024,
    stopping: stopping.signal,
    onFrame: queue.push,
    onRetry: policy.setRetry,
  };
  const connections = createConnectionLoop({ settings, resume, policy, queue, healthyAfterMs: options.healthyAfterMs ?? 10_000, tracedBy });

  let finished = false;
  function close(): void {
    if (finished) return;
    finished = true;
    queue.clear();
    options.signal?.removeEventListener("abort", close);
    connections.stop();
    stopping.abort();
  }
  if (options.signal?.aborted) close();
  else options.signal?.addEventListener("abort", close, { once: true });

  const iterator = createSerialIterator(createPuller({ queue, resume, connections, stopping: stopping.signal, isFinished: () => finished, close }));
  return {
    get lastEventId() {
      return resume.lastEventId;
    },
    close,
    nextReady: iterator.nextReady,
    [Symbol.asyncIterator]: () => iterator,
  };
}

/** The connections of one stream, one at a time: opens, reads, and reconnects after a wait. */
interface ConnectionLoop {
  /** Reads once from the open connection, or opens one (after the reconnect wait); frames go to the queue. */
  step(): Promise<void>;
  /** Tears the open connection down. */
  stop(): void;
}

function createConnectionLoop(parts: {
  settings: ConnectionSettings;
  resume: ResumePoint;
  policy: ReconnectPolicy;
  queue: FrameQueue;
  healthyAfterMs: number;
  tracedBy: object | undefined;
}): ConnectionLoop {
  const { settings, resume, policy, queue } = parts;
  let current: Connection | undefined;
  let ended: Ending | undefined;

  function fail(error: unknown, requestedLastEventId: string | undefined): void {
    const kind = classifyFailure(error, requestedLastEventId);
    if (kind === "terminal") throw error;
    // A refused resume point: reconnect without it, and the consumer re-lists.
    if (kind === "rejected") resume.rejected(requestedLastEventId!);
    ended = { error, healthy: false };
  }

  async function connect(): Promise<void> {
    if (ended === undefined) {
      await open();
      return;
    }
    const previous = ended;
    ended = undefined;
    if (!parts.tracedBy) return reconnect(previous, UNTRACED);
    const resumed: SpanAttributeValues = resume.lastEventId === undefined ? {} : { "xerotier.stream.last_event_id": resume.lastEventId };
    return withSpan(parts.tracedBy, "xerotier.events.reconnect", resumed, (notes) => reconnect(previous, notes));
  }

  /** The backoff wait, then the reopen; `notes` gets the attempt, the wait and a failure's kind. */
  async function reconnect(previous: Ending, notes: SpanNotes): Promise<void> {
    const { attempt, delayMs } = await policy.wait(previous, resume.lastEventId);
    notes.set("xerotier.stream.attempt", attempt);
    notes.set("xerotier.stream.delay_ms", delayMs);
    if (settings.stopping.aborted) return;
    const failure = await open();
    if (failure !== undefined) notes.set("error.type", errorType(failure));
  }

  /** Opens a connection; resolves with the error of a failed (retryable) attempt. */
  async function open(): Promise<unknown> {
    const requestedLastEventId = resume.lastEventId;
    const outcome = await openConnection(settings, { lastEventId: requestedLastEventId, attempt: policy.attempt });
    if (outcome === undefined) return undefined;
    if ("error" in outcome) {
      if (outcome.terminal) throw outcome.error;
      fail(outcome.error, requestedLastEventId);
      return outcome.error;
    }
    current = outcome.connection;
    const gap = resume.connected();
    if (gap !== undefined) queue.push(gap);
    return undefined;
  }

  async function read(connection: Connection): Promise<void> {
    const outcome = await connection.read();
    if (outcome.kind !== "ended") return;
    ended = { error: outcome.error, healthy: connection.wasHealthy(parts.healthyAfterMs) };
    connection.stop();
    current = undefined;
  }

  return {
    step: () => (current === undefined ? connect() : read(current)),
    stop: () => {
      current?.stop();
      current = undefined;
    },
  };
}

/** A failure's `error.type`: the HTTP status when it has one, else the error's name. */
function errorType(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === "number") return String(status);
  return error instanceof Error ? error.name : "unknown";
}

/**
 * Hands frames to the consumer: buffered ones synchronously, then reads or reconnects as needed,
 * yielding to the event loop every STEPS_PER_TURN steps.
 */
function createPuller(parts: {
  queue: FrameQueue;
  resume: ResumePoint;
  connections: ConnectionLoop;
  stopping: AbortSignal;
  isFinished: () => boolean;
  close: () => void;
}): SerialSource<EventStreamItem> {
  const { queue, resume, connections, isFinished } = parts;
  // Steps taken since this pull began (or since the last turn), shared by ready() and pull().
  let steps = 0;
  return {
    ready(): EventStreamItem | undefined {
      steps = 0;
      while (steps < STEPS_PER_TURN && !isFinished()) {
        const frame = queue.take();
        if (frame === undefined) return undefined;
        steps += 1;
        const item = resume.deliver(frame);
        if (item !== undefined) return item;
      }
      return undefined;
    },
    async pull(afterWait: boolean): Promise<IteratorResult<EventStreamItem>> {
      if (afterWait) steps = 0;
      while (!isFinished()) {
        steps += 1;
        if (steps > STEPS_PER_TURN) {
          steps = 0;
          await nextTurn(parts.stopping);
          continue;
        }
        const frame = queue.take();
        if (frame !== undefined) {
          const item = resume.deliver(frame);
          if (item !== undefined) return { done: false, value: item };
        } else {
          await connections.step();
        }
      }
      return { done: true, value: undefined };
    },
    close: parts.close,
  };
}
