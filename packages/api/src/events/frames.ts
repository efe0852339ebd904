import type { OversizedSseMessage, SseMessage } from "./sse-lines";
import type { StreamReset, XerotierEvent } from "./types";
import type { ValidateEvent } from "./validate";

/** An SSE frame that was skipped because it is not a valid event; passed to `onInvalidEvent`. */
export interface InvalidEventReport {
  /** The frame's raw `data:` text. */
  raw: string;
  /** The frame's SSE `id:`, if any. */
  id: string | undefined;
  /** The frame's SSE `event:` name, if any. */
  type: string | undefined;
  /** What is wrong, on one line (JSON syntax error or envelope issues). */
  issues: string;
}

/**
 * How one SSE frame is interpreted, before dedupe. `id` is the frame's SSE `id:`, which moves the
 * resume point even when the frame is skipped.
 */
export type Frame =
  | { kind: "event"; event: XerotierEvent; id: string | undefined }
  | { kind: "reset"; reset: StreamReset; id: string | undefined }
  /** The server's `stream.open` notice: its `id:` is a resume point; it is never yielded. */
  | { kind: "open"; id: string | undefined }
  | { kind: "invalid"; report: InvalidEventReport; id: string | undefined };

/** The SSE `event:` name the server uses to say "your Last-Event-ID is too old, re-list". */
export const STREAM_RESET_EVENT = "stream.reset";

/** The SSE `event:` name of the first frame of a connection, whose `id:` is the resume point. */
export const STREAM_OPEN_EVENT = "stream.open";

/**
 * Interprets one SSE frame. Never throws: bad JSON, a failing envelope, or even a throwing
 * validator all become an `invalid` frame.
 *
 * Rule for a frame whose SSE `event:` name differs from the envelope's `type`: the envelope
 * wins (it is what webhooks deliver and what was validated), and the event is delivered as
 * usual. The exceptions are `event: stream.reset` and `event: stream.open`, recognised by their SSE name.
 */
export function interpretFrame(
  message: SseMessage,
  validate: ValidateEvent,
  requestedLastEventId: string | undefined,
): Frame {
  const id = message.id;
  if (message.event === STREAM_OPEN_EVENT) return { kind: "open", id };
  if (message.event === STREAM_RESET_EVENT) {
    return {
      kind: "reset",
      reset: { object: "stream.reset", type: "stream.reset", requestedLastEventId, data: message.data },
      id,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(message.data);
  } catch (error) {
    return invalid(message, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const result = validate(json);
    return result.ok ? { kind: "event", event: result.event, id } : invalid(message, result.issues);
  } catch (error) {
    return invalid(message, `validator threw: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function invalid(message: SseMessage, issues: string): Frame {
  return { kind: "invalid", report: { raw: message.data, id: message.id, type: message.event, issues }, id: message.id };
}

/** The report of an event dropped for exceeding `maxBufferSize`; its id still moves the resume point. */
export function oversizedFrame(message: OversizedSseMessage, maxBufferSize: number): Frame {
  const issues = `event larger than maxBufferSize (${maxBufferSize} characters); skipped`;
  return { kind: "invalid", report: { raw: "", id: message.id, type: message.event, issues }, id: message.id };
}
