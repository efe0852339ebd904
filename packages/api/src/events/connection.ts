import { timerDelay } from "../core/delay";
import { parseRetryAfter } from "../core/retry-after";
import { unlessAborted } from "./backoff";
import { EventStreamError } from "./errors";
import { discard } from "./failure";
import { interpretFrame, oversizedFrame, type Frame } from "./frames";
import { createSseDecoder } from "./sse-decoder";
import type { EventStreamOpener } from "./stream-options";
import type { ValidateEvent } from "./validate";

/** One open SSE connection: its body, its decoder, and what tells whether it was healthy. */
export interface Connection {
  /** Reads the next chunk into the decoder (frames go to `onFrame`); see {@link ReadOutcome}. */
  read(): Promise<ReadOutcome>;
  /** Whether it carried a valid event or reset, or received bytes for `healthyAfterMs`. */
  wasHealthy(healthyAfterMs: number): boolean;
  /** Aborts the request and cancels the body; idempotent. */
  stop(): void;
}

/** After one read: `more` (a chunk was decoded), `ended` (with the reason), or `closed` (the stream closed). */
export type ReadOutcome = { kind: "more" } | { kind: "ended"; error: unknown } | { kind: "closed" };

/** What opening gave: a connection, a failure (`terminal` ones end the stream), or nothing (closed). */
export type OpenOutcome = { connection: Connection } | { error: unknown; terminal: boolean } | undefined;

/** What every connection of one stream shares. */
export interface ConnectionSettings {
  open: EventStreamOpener;
  validate: ValidateEvent;
  /** A connection that waits this long for its headers or for a complete line is recycled; 0 or Infinity disables. */
  idleTimeoutMs: number;
  maxBufferSize: number;
  /** Aborted when the stream closes; every connection's own signal follows it. */
  stopping: AbortSignal;
  /** Receives each decoded frame, in order. */
  onFrame(frame: Frame): void;
  /** Receives the server's `retry:` value. */
  onRetry(ms: number): void;
}

const noop = (): void => {};

/**
 * Opens one connection and waits for its response for at most `idleTimeoutMs` (a server that
 * accepts and never answers is noticed like a silent one). An opener that throws synchronously
 * has a local bug: that propagates.
 */
export async function openConnection(
  settings: ConnectionSettings,
  context: { lastEventId: string | undefined; attempt: number },
): Promise<OpenOutcome> {
  const controller = new AbortController();
  const abortConnection = (): void => controller.abort();
  settings.stopping.addEventListener("abort", abortConnection, { once: true });
  // Every exit aborts this connection's signal, so nothing the opener hung on it stays live.
  const release = (): void => {
    settings.stopping.removeEventListener("abort", abortConnection);
    controller.abort();
  };
  let answer: { response: Response } | { error: unknown } | undefined;
  try {
    answer = await awaitResponse(settings, controller, context);
  } catch (error) {
    release();
    throw error;
  }
  if (answer === undefined || "error" in answer) {
    release();
    return answer === undefined || settings.stopping.aborted ? undefined : { error: answer.error, terminal: false };
  }
  const refusal = refusalOf(answer.response);
  if (refusal !== undefined) {
    discard(answer.response);
    release();
    return refusal;
  }
  return { connection: readerOf(answer.response.body!, settings, context.lastEventId, release) };
}

async function awaitResponse(
  settings: ConnectionSettings,
  controller: AbortController,
  context: { lastEventId: string | undefined; attempt: number },
): Promise<{ response: Response } | { error: unknown } | undefined> {
  const opening = Promise.resolve(settings.open({ lastEventId: context.lastEventId, signal: controller.signal, attempt: context.attempt }));
  opening.then((late) => controller.signal.aborted && discard(late), noop); // an opener that ignored our abort
  let timedOut = false;
  const timer = hasIdleTimeout(settings.idleTimeoutMs)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timerDelay(settings.idleTimeoutMs))
    : undefined;
  try {
    // The connection's signal: aborted by close() and by the timer above.
    const response = await unlessAborted(opening, controller.signal);
    if (timedOut) return { error: idleError(settings.idleTimeoutMs, "headers") };
    return settings.stopping.aborted || response === undefined ? undefined : { response };
  } catch (error) {
    if (settings.stopping.aborted) return undefined;
    return { error: timedOut ? idleError(settings.idleTimeoutMs, "headers") : error };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The connection over an accepted body: reads chunk by chunk under the idle timer, which counts
 * the time spent waiting for the network since the last complete line (a trickle of bytes inside
 * one line is silence; a busy consumer is not).
 */
function readerOf(
  body: ReadableStream<Uint8Array>,
  settings: ConnectionSettings,
  requestedLastEventId: string | undefined,
  release: () => void,
): Connection {
  const reader = body.getReader();
  const openedAt = Date.now();
  let bytes = 0;
  let validFrames = 0; // garbage alone does not make a connection healthy
  let waitedMs = 0; // waiting in reads since the last complete line
  const decoder = createSseDecoder({
    maxBufferSize: settings.maxBufferSize,
    onRetry: settings.onRetry,
    onMessage: (message) => {
      const frame = interpretFrame(message, settings.validate, requestedLastEventId);
      if (frame.kind === "event" || frame.kind === "reset") validFrames += 1;
      settings.onFrame(frame);
    },
    onOversized: (message) => settings.onFrame(oversizedFrame(message, settings.maxBufferSize)),
  });
  const stop = (): void => {
    release();
    reader.cancel().catch(noop);
  };
  const read = async (): Promise<ReadOutcome> => {
    let idle = false;
    const startedAt = Date.now();
    const timer = hasIdleTimeout(settings.idleTimeoutMs)
      ? setTimeout(() => {
          idle = true;
          stop(); // resolves the pending read below
        }, timerDelay(settings.idleTimeoutMs - waitedMs))
      : undefined;
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (error) {
      return settings.stopping.aborted ? { kind: "closed" } : { kind: "ended", error: idle ? idleError(settings.idleTimeoutMs) : error };
    } finally {
      clearTimeout(timer);
    }
    if (settings.stopping.aborted) return { kind: "closed" };
    if (idle) return { kind: "ended", error: idleError(settings.idleTimeoutMs) };
    if (result.done) {
      decoder.end();
      return { kind: "ended", error: undefined };
    }
    bytes += result.value.byteLength;
    const lines = decoder.lines;
    decoder.push(result.value);
    waitedMs = decoder.lines === lines ? waitedMs + Date.now() - startedAt : 0;
    return { kind: "more" };
  };
  const wasHealthy = (healthyAfterMs: number): boolean => validFrames > 0 || (bytes > 0 && Date.now() - openedAt >= healthyAfterMs);
  return { read, wasHealthy, stop };
}

function hasIdleTimeout(ms: number): boolean {
  return ms > 0 && Number.isFinite(ms);
}

function idleError(ms: number, phase: "headers" | "body" = "body"): EventStreamError {
  const what = phase === "headers" ? "No response headers" : "No complete line (not even a keep-alive)";
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
