import { clampRetryDelay, timerDelay } from "../core/delay";
import { parseRetryAfter } from "../core/retry-after";
import { sleep } from "../core/sleep";
import { backoffDelay, nextTurn, unlessAborted } from "./backoff";
import { EventStreamError } from "./errors";
import { discard, isTerminal, rejectsResumePoint, retryAfterOf, safeCall } from "./failure";
import { interpretFrame, type Frame } from "./frames";
import { RecentIds } from "./recent-ids";
import { createSseDecoder, type OversizedSseMessage, type SseDecoder } from "./sse-decoder";
import type { EventStream, EventStreamOptions } from "./stream-options";
import type { EventStreamItem, StreamReset } from "./types";
import { createEventReader } from "./validate";

interface Connection {
  reader: ReadableStreamDefaultReader<Uint8Array>;
  decoder: SseDecoder;
  openedAt: number;
  bytes: number;
  /** Frames that were a valid event or a reset; garbage alone does not make a connection healthy. */
  validFrames: number;
  stop(): void;
}

const noop = (): void => {};

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
 * @example
 * ```ts
 * const stream = createEventStream({ open: (ctx) => client.openEvents(ctx), lastEventId: saved });
 * for await (const item of stream) {
 *   if (isStreamReset(item)) await relist();
 *   else if (isApprovalEvent(item)) notify(item.data);
 *   save(stream.lastEventId);
 * }
 * ```
 */
export function createEventStream(options: EventStreamOptions): EventStream {
  const validate = options.validate ?? createEventReader({ onSchemaDrift: options.onSchemaDrift });
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const maxAttempts = options.maxAttempts ?? Infinity;
  const healthyAfterMs = options.healthyAfterMs ?? 10_000;
  const maxBufferSize = options.maxBufferSize ?? 4 * 1024 * 1024;
  const random = options.random ?? Math.random;
  const hasIdleTimeout = idleTimeoutMs > 0 && Number.isFinite(idleTimeoutMs);

  const stopping = new AbortController();
  const seen = new RecentIds(options.dedupeWindow ?? 1024);
  // Parsed frames not yet handed out; `head` is the next one (no Array#shift per event).
  let queue: Frame[] = [];
  let head = 0;
  let lastEventId = options.lastEventId || undefined;
  if (lastEventId !== undefined) seen.add(lastEventId);
  let retryMs = options.initialRetryMs ?? 1000;
  let attempt = 0;
  let failures = 0;
  let conn: Connection | undefined;
  // Connections that got a usable response; a later one without a resume point may have a gap.
  let connections = 0;
  let rejectedResumeId: string | undefined;
  let ended: { error: unknown; healthy: boolean } | undefined;
  let finished = false;

  function close(): void {
    if (finished) return;
    finished = true;
    queue = [];
    head = 0;
    options.signal?.removeEventListener("abort", close);
    conn?.stop();
    conn = undefined;
    stopping.abort();
  }
  if (options.signal?.aborted) close();
  else options.signal?.addEventListener("abort", close, { once: true });

  function deliver(frame: Frame): EventStreamItem | undefined {
    if (frame.kind === "open") {
      // Only a resume point where there is none: a held one may be older than the server's head.
      if (lastEventId === undefined && frame.id) lastEventId = frame.id;
      return undefined;
    }
    if (frame.kind === "event") {
      if (seen.has(frame.event.id)) return undefined; // a replay of something already delivered
      seen.add(frame.event.id);
    }
    // An empty `id:` clears the resume point, as in the SSE spec.
    if (frame.id !== undefined) lastEventId = frame.id || undefined;
    if (frame.kind === "invalid") {
      safeCall(options.onInvalidEvent, frame.report);
      return undefined;
    }
    return frame.kind === "event" ? frame.event : frame.reset;
  }

  function fail(error: unknown, requestedLastEventId: string | undefined): void {
    if (requestedLastEventId !== undefined && rejectsResumePoint(error)) {
      // The server refuses our resume point: reconnect without it, and the consumer re-lists.
      if (lastEventId === requestedLastEventId) lastEventId = undefined;
      rejectedResumeId = requestedLastEventId;
      ended = { error, healthy: false };
      return;
    }
    if (isTerminal(error)) throw error;
    ended = { error, healthy: false };
  }

  /** A reset item for a connection that starts without a resume point after an earlier one. */
  function gapReset(): Frame | undefined {
    if (lastEventId !== undefined || (connections === 0 && rejectedResumeId === undefined)) return undefined;
    const requested = rejectedResumeId;
    rejectedResumeId = undefined;
    return { kind: "reset", reset: clientReset(requested), id: undefined };
  }

  async function waitBeforeReconnect(previous: { error: unknown; healthy: boolean }): Promise<void> {
    if (previous.healthy) {
      failures = 0;
      attempt = 1;
    } else {
      failures += 1;
      attempt += 1;
    }
    if (failures >= maxAttempts) {
      throw new EventStreamError("max_attempts", `Event stream gave up after ${failures} consecutive failed connections.`, {
        cause: previous.error,
      });
    }
    // One clamp for Retry-After, `retry:` and backoff alike: no storm at 0 ms, no 2^31 ms overflow.
    const delayMs = clampRetryDelay(
      retryAfterOf(previous.error) ?? backoffDelay({ attempt, baseMs: Math.max(1, retryMs), maxMs: maxRetryMs, random }),
      { minMs: options.minRetryMs },
    );
    safeCall(options.onReconnect, { attempt, delayMs, error: previous.error, lastEventId });
    await sleep(delayMs, stopping.signal).catch(() => undefined); // a stop ends the loop, not an error
  }

  /**
   * Calls the opener and waits for its response, for at most `idleTimeoutMs`: a server that
   * accepts and never answers is noticed like a silent one. `undefined` when the stream closed.
   */
  async function awaitResponse(
    controller: AbortController,
    requestedLastEventId: string | undefined,
  ): Promise<{ response: Response } | { error: unknown } | undefined> {
    // An opener that throws synchronously has a local bug or misconfiguration: that propagates.
    const opening = Promise.resolve(options.open({ lastEventId: requestedLastEventId, signal: controller.signal, attempt }));
    opening.then((late) => (finished || controller.signal.aborted) && discard(late), noop); // an opener that ignored our abort
    let timedOut = false;
    const timer = hasIdleTimeout
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timerDelay(idleTimeoutMs))
      : undefined;
    try {
      // The connection's signal: aborted by close() and by the timer above.
      const response = await unlessAborted(opening, controller.signal);
      if (timedOut) return { error: idleError(idleTimeoutMs, "headers") };
      return finished || response === undefined ? undefined : { response };
    } catch (error) {
      if (finished) return undefined;
      return { error: timedOut ? idleError(idleTimeoutMs, "headers") : error };
    } finally {
      clearTimeout(timer);
    }
  }

  async function connect(): Promise<void> {
    if (ended !== undefined) {
      const previous = ended;
      ended = undefined;
      await waitBeforeReconnect(previous);
      if (finished) return;
    }
    const controller = new AbortController();
    const abortConnection = (): void => controller.abort();
    stopping.signal.addEventListener("abort", abortConnection, { once: true });
    // Every exit aborts this connection's signal, so nothing the opener hung on it stays live.
    const release = (): void => {
      stopping.signal.removeEventListener("abort", abortConnection);
      controller.abort();
    };
    const requestedLastEventId = lastEventId;
    const reset = gapReset();
    let outcome: Awaited<ReturnType<typeof awaitResponse>>;
    try {
      outcome = await awaitResponse(controller, requestedLastEventId);
    } catch (error) {
      release();
      throw error;
    }
    if (outcome === undefined || "error" in outcome) {
      release();
      if (outcome !== undefined && !finished) fail(outcome.error, requestedLastEventId);
      return;
    }
    const response = outcome.response;
    const refusal = refusalOf(response);
    if (refusal !== undefined) {
      discard(response);
      release();
      if (refusal.terminal) throw refusal.error;
      return fail(refusal.error, requestedLastEventId);
    }
    const reader = response.body!.getReader();
    const opened: Connection = {
      reader,
      openedAt: Date.now(),
      bytes: 0,
      validFrames: 0,
      decoder: createSseDecoder({
        maxBufferSize,
        onRetry: (ms) => (retryMs = ms),
        onMessage: (message) => {
          const frame = interpretFrame(message, validate, requestedLastEventId);
          if (frame.kind === "event" || frame.kind === "reset") opened.validFrames += 1;
          queue.push(frame);
        },
        onOversized: (message) => queue.push(oversizedFrame(message, maxBufferSize)),
      }),
      stop: () => {
        release();
        reader.cancel().catch(noop);
      },
    };
    conn = opened;
    connections += 1;
    if (reset !== undefined) queue.push(reset);
  }

  function endConnection(c: Connection, error: unknown): void {
    const healthy = c.validFrames > 0 || (c.bytes > 0 && Date.now() - c.openedAt >= healthyAfterMs);
    c.stop();
    conn = undefined;
    ended = { error, healthy };
  }

  async function readFrom(c: Connection): Promise<void> {
    let idle = false;
    const timer = hasIdleTimeout
      ? setTimeout(() => {
          idle = true;
          c.stop(); // resolves the pending read below
        }, timerDelay(idleTimeoutMs))
      : undefined;
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await c.reader.read();
    } catch (error) {
      if (!finished) endConnection(c, idle ? idleError(idleTimeoutMs) : error);
      return;
    } finally {
      clearTimeout(timer);
    }
    if (finished) return;
    if (idle) return endConnection(c, idleError(idleTimeoutMs));
    if (result.done) {
      c.decoder.end();
      return endConnection(c, undefined);
    }
    c.bytes += result.value.byteLength;
    c.decoder.push(result.value);
  }

  /** The next buffered frame, or undefined when the buffer is drained (then it is reset). */
  function takeQueued(): Frame | undefined {
    if (head < queue.length) return queue[head++];
    if (head > 0) {
      queue.length = 0;
      head = 0;
    }
    return undefined;
  }

  /**
   * Hands out a buffered item synchronously, taking at most STEPS_PER_TURN frames; `steps` says
   * how many it took, so a pull that continues after it still yields within the same budget.
   */
  let steps = 0;
  function fromBuffer(): EventStreamItem | undefined {
    steps = 0;
    while (steps < STEPS_PER_TURN && !finished) {
      const frame = takeQueued();
      if (frame === undefined) return undefined;
      steps += 1;
      const item = deliver(frame);
      if (item !== undefined) return item;
    }
    return undefined;
  }

  async function pull(): Promise<IteratorResult<EventStreamItem>> {
    while (!finished) {
      steps += 1;
      if (steps > STEPS_PER_TURN) {
        steps = 0;
        await nextTurn(stopping.signal);
        continue;
      }
      const frame = takeQueued();
      if (frame !== undefined) {
        const item = deliver(frame);
        if (item !== undefined) return { done: false, value: item };
      } else if (conn === undefined) {
        await connect();
      } else {
        await readFrom(conn);
      }
    }
    return { done: true, value: undefined };
  }

  // Calls are serialised so overlapping next() calls see events in order: while a pull is in
  // flight, later calls queue behind it; otherwise a buffered event is answered at once, without
  // the async machinery (one settled promise per event instead of a chain of them).
  let inFlight = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const settled = (): void => {
    inFlight -= 1;
  };
  const slowNext = (): Promise<IteratorResult<EventStreamItem>> =>
    pull().catch((error: unknown) => {
      close();
      throw error;
    });
  const iterator: AsyncIterableIterator<EventStreamItem> = {
    next: () => {
      if (inFlight === 0) {
        const item = finished ? undefined : fromBuffer();
        if (item !== undefined) return Promise.resolve({ done: false, value: item });
        inFlight += 1;
        const result = slowNext();
        chain = result.then(settled, settled);
        return result;
      }
      inFlight += 1;
      const result = chain.then(() => {
        steps = 0;
        return slowNext();
      });
      chain = result.then(settled, settled);
      return result;
    },
    return: () => {
      close();
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]: () => iterator,
  };

  return {
    get lastEventId() {
      return lastEventId;
    },
    close,
    [Symbol.asyncIterator]: () => iterator,
  };
}

function idleError(ms: number, phase: "headers" | "body" = "body"): EventStreamError {
  const what = phase === "headers" ? "No response headers" : "No data (not even a keep-alive)";
  return new EventStreamError("idle_timeout", `${what} for ${ms} ms; reconnecting.`);
}

/**
 * Why a response cannot be read as the event stream, if it cannot: `terminal` ones end the
 * stream (204 "do not reconnect", a proxy's non-SSE answer), the others reconnect or stop by status.
 */
function refusalOf(response: Response): { error: unknown; terminal: boolean } | undefined {
  const status = response.status;
  if (status === 204) {
    const message = "The server answered HTTP 204 No Content: per the SSE spec, do not reconnect.";
    return { error: new EventStreamError("no_content", message, { status }), terminal: true };
  }
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), Date.now());
    return { error: new EventStreamError("unexpected_status", `Event stream answered HTTP ${status}.`, { status, retryAfterMs }), terminal: false };
  }
  const contentType = response.headers.get("content-type") ?? "";
  if (!/^\s*text\/event-stream\s*(;|$)/i.test(contentType)) {
    const message =
      `Event stream answered with Content-Type "${contentType}" instead of text/event-stream; ` +
      "a proxy may be interfering with SSE (fall back to polling).";
    return { error: new EventStreamError("unexpected_content_type", message, { contentType }), terminal: true };
  }
  if (response.body === null) return { error: new Error("Event stream response has no body."), terminal: false };
  return undefined;
}

/** The report of an event dropped for exceeding `maxBufferSize`; its id still moves the resume point. */
function oversizedFrame(message: OversizedSseMessage, maxBufferSize: number): Frame {
  const issues = `event larger than maxBufferSize (${maxBufferSize} characters); skipped`;
  return { kind: "invalid", report: { raw: "", id: message.id, type: message.event, issues }, id: message.id };
}


/**
 * The reset the stream itself surfaces when it reconnects without a resume point (the first
 * connection dropped before any id, or the server rejected the id): events may have been missed.
 */
function clientReset(rejectedId: string | undefined): StreamReset {
  const reason = rejectedId === undefined ? "reconnected without a resume point" : "the server rejected the resume point";
  const data = JSON.stringify({ object: "stream.reset", origin: "client", reason, last_event_id: rejectedId ?? null });
  return { object: "stream.reset", type: "stream.reset", requestedLastEventId: rejectedId, data };
}
