// One event-stream connection of the probe: opened through the client, read for a bounded time
// and size, its frames and keep-alive comments timed.
import { APIUserAbortError, type XerotierError } from "@xerotier/api";
import { createSseDecoder, eventStreamRequestHeaders, timerDelay, type SseMessage } from "@xerotier/api/internal";
import { noteFailure, noteRequestId, stoppedBy, type CallResult } from "./calls";
import { operationLog, type ProbeState } from "./state";

/** A frame as received, with when it came (ms after the connection opened). */
export interface TimedFrame extends SseMessage {
  atMs: number;
}

/** What one connection showed. */
export interface StreamSession {
  status: number;
  contentType: string;
  frames: TimedFrame[];
  /** When each comment line (`: keep-alive`) came, in ms after the connection opened. */
  comments: number[];
  /** How long it was read, in ms. */
  watchedMs: number;
  /** The server ended the stream before the watch did. */
  endedByServer: boolean;
  /** The body as received, up to the byte bound (for recording). */
  text: string;
  /** Reading stopped at the byte bound. */
  truncated: boolean;
}

/** How to read one connection. */
export interface SessionPlan {
  lastEventId?: string;
  durationMs: number;
  maxBytes: number;
  /** Stop early once the frames so far answer the question. */
  enough?: (frames: readonly TimedFrame[]) => boolean;
}

/** Opens `GET /v1/exec/events` and reads it; failures are noted on the `streamEvents` operation like any call's. */
export async function readEventStream(state: ProbeState, plan: SessionPlan): Promise<{ kind: "ok"; session: StreamSession } | Exclude<CallResult, { kind: "ok" }>> {
  const log = operationLog(state, "streamEvents");
  const refused = state.budget.take();
  if (refused) {
    log.skipped ??= refused;
    return { kind: "skipped", reason: refused };
  }
  state.onStep?.("streamEvents");
  log.calls += 1;
  const watch = new AbortController();
  const timer = setTimeout(() => watch.abort(), timerDelay(plan.durationMs));
  // The watch ends at its duration, at the probe's deadline, or when the caller aborts.
  const signal = AbortSignal.any([state.budget.signal, watch.signal]);
  try {
    const response = await state.client.fetch("/v1/exec/events", { headers: eventStreamRequestHeaders(plan.lastEventId), signal });
    noteRequestId(state, "streamEvents", response.headers.get("x-request-id"));
    log.answered += 1;
    const session = await readSession(response, plan, signal);
    state.budget.throwIfAborted();
    return { kind: "ok", session };
  } catch (error) {
    const stopped = stoppedBy(state, log, error);
    if (stopped) return stopped;
    const known = error as XerotierError;
    if (known instanceof APIUserAbortError) return { kind: "skipped", reason: "no response headers within the watch" };
    noteFailure(state, "streamEvents", log, known);
    return { kind: "error", error: known };
  } finally {
    clearTimeout(timer);
    watch.abort();
  }
}

async function readSession(response: Response, plan: SessionPlan, signal: AbortSignal): Promise<StreamSession> {
  const started = Date.now();
  const session: StreamSession = {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    frames: [],
    comments: [],
    watchedMs: 0,
    endedByServer: false,
    text: "",
    truncated: false,
  };
  const elapsed = () => Date.now() - started;
  const decoder = createSseDecoder({ onMessage: (message) => session.frames.push({ ...message, atMs: elapsed() }) });
  const comments = commentScanner(() => session.comments.push(elapsed()));
  const text = new TextDecoder();
  const reader = response.body?.getReader();
  // A custom fetch (an in-process router) may not end the body on abort: race each read with the watch.
  const watched = new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));
  watched.catch(() => undefined);
  let bytes = 0;
  try {
    for (;;) {
      if (!reader || signal.aborted) break;
      const { done, value } = await Promise.race([reader.read(), watched]);
      if (done) {
        session.endedByServer = true;
        break;
      }
      bytes += value.byteLength;
      if (bytes > plan.maxBytes) {
        session.truncated = true;
        break;
      }
      const chunk = text.decode(value, { stream: true });
      session.text += chunk;
      comments(chunk);
      decoder.push(value);
      if (plan.enough?.(session.frames)) break;
    }
  } catch {
    // The watch ended (abort) or the connection dropped: what was read stands.
  } finally {
    await reader?.cancel().catch(() => undefined);
  }
  session.watchedMs = elapsed();
  return session;
}

/** Calls `onComment` for each line starting with `:` (SSE comments), across chunk boundaries. */
function commentScanner(onComment: () => void): (chunk: string) => void {
  let atLineStart = true;
  let afterCr = false;
  return (chunk) => {
    for (const char of chunk) {
      if (char === "\n" && afterCr) {
        afterCr = false;
        continue; // the LF of a CRLF
      }
      afterCr = char === "\r";
      if (atLineStart && char === ":") onComment();
      atLineStart = char === "\n" || char === "\r";
    }
  };
}
