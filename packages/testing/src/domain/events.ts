import type { Clock } from "../clock";

/** One event as stored and sent: exactly the spec's event envelope. */
export interface StoredEvent {
  /** `evt_` and a zero-padded sequence number; ids sort in append order. */
  id: string;
  object: "event";
  type: string;
  /** Unix seconds from the world's clock. */
  created_at: number;
  data: Record<string, unknown>;
}

/** What `since()` found: the events after the id, or a reset when the id is unknown or too old. */
export interface EventReplay {
  events: StoredEvent[];
  /** True when the id is older than the retained history, from another server, or malformed. */
  reset: boolean;
  /** Why a reset was needed (for the `stream.reset` frame). */
  reason?: string;
}

/**
 * The world's bounded, append-only event history, feeding the SSE stream (replay and live).
 *
 * @example
 * const log = createEventLog(clock, 1000);
 * const stop = log.subscribe((e) => console.log(e.type));
 * log.append("exec.completed", invocation);
 */
export interface EventLog {
  /** Appends an event (data is snapshotted), notifies subscribers and returns it. `at` overrides the time (seeding). */
  append(type: string, data: object, options?: { at?: number }): StoredEvent;
  /** Every retained event after `lastEventId`; `undefined` replays nothing (live only). */
  since(lastEventId: string | undefined): EventReplay;
  /** Calls `fn` for every event appended from now on. Returns the unsubscribe function. */
  subscribe(fn: (event: StoredEvent) => void): () => void;
  /** The retained history, oldest first. */
  list(): StoredEvent[];
  /** The id of the newest event, if any. */
  latestId(): string | undefined;
  /** How many events the history keeps. */
  readonly limit: number;
}

const ID_PATTERN = /^evt_(\d{1,15})$/;

/** Formats the `n`th event id: `evt_00000001`. */
export function eventId(seq: number): string {
  return `evt_${String(seq).padStart(8, "0")}`;
}

/** The sequence number in an event id, or undefined when it is not one of ours. */
export function eventSeq(id: string): number | undefined {
  const match = ID_PATTERN.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** Creates an empty event log that keeps the newest `limit` events. */
export function createEventLog(clock: Clock, limit = 1000, idsAfter = 0): EventLog {
  const history: StoredEvent[] = [];
  const subscribers = new Set<(event: StoredEvent) => void>();
  // Ids continue after a previous world's (a router reset), so none is ever issued twice.
  let seq = idsAfter;

  return {
    limit,
    append(type, data, options = {}) {
      seq += 1;
      const event: StoredEvent = {
        id: eventId(seq),
        object: "event",
        type,
        created_at: Math.floor((options.at ?? clock.now()) / 1000), // Unix seconds
        data: structuredClone(data) as Record<string, unknown>,
      };
      history.push(event);
      if (history.length > limit) history.splice(0, history.length - limit);
      for (const fn of [...subscribers]) {
        try {
          fn(event);
        } catch {
          // A failing subscriber (e.g. a closed stream) must not break the domain operation.
        }
      }
      return event;
    },
    since(lastEventId) {
      if (lastEventId === undefined) return { events: [], reset: false };
      const requested = eventSeq(lastEventId);
      const oldest = history.length > 0 ? (eventSeq(history[0]!.id) ?? 0) : seq + 1;
      const reset = (reason: string): EventReplay => ({ events: [], reset: true, reason: `last_event_id is ${reason}` });
      if (requested === undefined) return reset("not an event id this server issued");
      if (requested <= idsAfter && idsAfter > 0) return reset("from before the router was reset");
      if (requested > seq) return reset("newer than this server's history");
      // Resuming is lossless only if the event right after the requested one is still held.
      if (requested + 1 < oldest) return reset("older than the retained history");
      return { events: history.filter((e) => (eventSeq(e.id) ?? 0) > requested), reset: false };
    },
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
    list: () => [...history],
    latestId: () => history[history.length - 1]?.id,
  };
}
