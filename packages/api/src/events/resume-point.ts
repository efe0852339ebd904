import { safeCall } from "./failure";
import type { Frame } from "./frames";
import { RecentIds } from "./recent-ids";
import type { InvalidEventReport } from "./frames";
import type { EventStreamItem, StreamReset } from "./types";

/**
 * Where the stream stands: the resume point (`lastEventId`), the ids already delivered (so a
 * replay is dropped), and whether the next connection starts with a gap the consumer must re-list.
 */
export interface ResumePoint {
  /** Id of the last frame handed to the consumer; sent as `Last-Event-ID` on the next connection. */
  readonly lastEventId: string | undefined;
  /** The item a frame becomes for the consumer, or `undefined` when it is skipped (a replay, `stream.open`, invalid). */
  deliver(frame: Frame): EventStreamItem | undefined;
  /** The server refused `requestedId`: forget it, and surface a reset with the next connection. */
  rejected(requestedId: string): void;
  /** A connection was accepted: the reset to surface first when it starts with a gap. */
  connected(): Frame | undefined;
}

/** Options of {@link createResumePoint}. */
export interface ResumePointOptions {
  lastEventId: string | undefined;
  /** How many delivered ids to remember for dropping replays. */
  dedupeWindow: number;
  onInvalidEvent: ((report: InvalidEventReport) => void) | undefined;
  /** Surface a reset with the first accepted connection too (the consumer lists, then watches). */
  resetOnFirstConnection: boolean;
}

/** The resume bookkeeping of one event stream; see {@link ResumePoint}. */
export function createResumePoint(options: ResumePointOptions): ResumePoint {
  const seen = new RecentIds(options.dedupeWindow);
  let lastEventId = options.lastEventId || undefined;
  if (lastEventId !== undefined) seen.add(lastEventId);
  // Connections accepted so far: a later one without a resume point may have missed events.
  let connections = 0;
  let rejectedId: string | undefined;

  return {
    get lastEventId() {
      return lastEventId;
    },
    deliver(frame) {
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
    },
    rejected(requestedId) {
      if (lastEventId === requestedId) lastEventId = undefined;
      rejectedId = requestedId;
    },
    connected() {
      const first = connections === 0 && options.resetOnFirstConnection;
      const gap = lastEventId === undefined && (connections > 0 || rejectedId !== undefined);
      connections += 1;
      if (!gap && !first) return undefined;
      const requested = rejectedId;
      rejectedId = undefined;
      return { kind: "reset", reset: clientReset(requested, gap ? undefined : "first connection"), id: undefined };
    },
  };
}

/**
 * The reset the stream itself surfaces when it reconnects without a resume point (the first
 * connection dropped before any id, or the server rejected the id): events may have been missed.
 * With `resetOnFirstConnection`, also on the first connection (reason "first connection").
 */
function clientReset(rejectedId: string | undefined, reason = rejectedId === undefined ? "reconnected without a resume point" : "the server rejected the resume point"): StreamReset {
  const data = JSON.stringify({ object: "stream.reset", origin: "client", reason, last_event_id: rejectedId ?? null });
  return { object: "stream.reset", type: "stream.reset", requestedLastEventId: rejectedId, data };
}
