import type { SseMessage } from "./sse-decoder";
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

/** How one SSE frame is interpreted, before dedupe. */
export type Frame =
  | { kind: "event"; event: XerotierEvent }
  | { kind: "reset"; reset: StreamReset }
  | { kind: "invalid"; report: InvalidEventReport };

/** The SSE `event:` name the server uses to say "your Last-Event-ID is too old, re-list". */
export const STREAM_RESET_EVENT = "stream.reset";

/**
 * Interprets one SSE frame. Never throws: bad JSON, a failing envelope, or even a throwing
 * validator all become an `invalid` frame.
 *
 * Rule for a frame whose SSE `event:` name differs from the envelope's `type`: the envelope
 * wins (it is what webhooks deliver and what was validated), and the event is delivered as
 * usual. The one exception is `event: stream.reset`, which is recognised by its SSE name.
 */
export function interpretFrame(
  message: SseMessage,
  validate: ValidateEvent,
  requestedLastEventId: string | undefined,
): Frame {
  if (message.event === STREAM_RESET_EVENT) {
    return {
      kind: "reset",
      reset: { object: "stream.reset", type: "stream.reset", requestedLastEventId, data: message.data },
    };
  }
  const invalid = (issues: string): Frame => ({
    kind: "invalid",
    report: { raw: message.data, id: message.id, type: message.event, issues },
  });
  let json: unknown;
  try {
    json = JSON.parse(message.data);
  } catch (error) {
    return invalid(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const result = validate(json);
    return result.ok ? { kind: "event", event: result.event } : invalid(result.issues);
  } catch (error) {
    return invalid(`validator threw: ${error instanceof Error ? error.message : String(error)}`);
  }
}
