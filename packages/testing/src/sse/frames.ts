import type { StoredEvent } from "../domain/events";

/** The SSE event name of the "resume impossible, re-list" notice. */
export const STREAM_RESET = "stream.reset";

/** The SSE event name of the first frame of every connection: "your resume point is this id". */
export const STREAM_OPEN = "stream.open";

/** `id: <id>\nevent: <type>\ndata: <envelope JSON on one line>\n\n`. */
export function eventFrame(event: StoredEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** `retry: <ms>\n\n`: the reconnect delay the client should use. */
export function retryFrame(ms: number): string {
  return `retry: ${Math.max(0, Math.floor(ms))}\n\n`;
}

/** The keep-alive comment. */
export const KEEP_ALIVE_FRAME = ": keep-alive\n\n";

/**
 * The `stream.reset` frame. Its `id:` is the newest event id (empty when there is none), so a
 * client that reconnects after re-listing resumes from now instead of being reset again.
 */
export function resetFrame(lastEventId: string, reason: string, headId: string | undefined): string {
  const data = JSON.stringify({ object: STREAM_RESET, reason, last_event_id: lastEventId });
  return `id: ${headId ?? ""}\nevent: ${STREAM_RESET}\ndata: ${data}\n\n`;
}

/**
 * The `stream.open` frame sent first on every connection. Its `id:` is the client's resume point
 * (absent when there is none yet), so a connection that drops before any event still resumes
 * losslessly; it carries `data` because SSE parsers dispatch nothing for a frame without one.
 */
export function openFrame(resumeId: string | undefined): string {
  const data = JSON.stringify({ object: STREAM_OPEN, latest_event_id: resumeId ?? null });
  return `${resumeId ? `id: ${resumeId}\n` : ""}event: ${STREAM_OPEN}\ndata: ${data}\n\n`;
}
