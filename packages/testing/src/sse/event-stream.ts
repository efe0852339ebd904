/**
 * The `GET /v1/exec/events` stream: `stream.open` (the resume point), `retry:`, the replay after `Last-Event-ID` (or one
 * `stream.reset` when it is unknown or too old), then live events and `: keep-alive` comments. Faults wrap it from outside.
 */
import type { StoredEvent } from "../domain/events";
import type { Risk } from "../domain/types";
import type { World } from "../domain/world";

/** Timing and buffer of the event stream (the router's options). */
export interface EventStreamSettings {
  /** Value of the first `retry:` frame. Default 3000 ms. */
  retryMs?: number;
  /** Keep-alive comment period in real time. Default 15 000 ms. */
  keepAliveMs?: number;
  /**
   * Bytes this stream may hold for a client that is not reading (default 1 MiB). Past it the
   * client is disconnected (its queue dropped); it resumes later with `Last-Event-ID`.
   */
  streamBufferBytes?: number;
}

/** Options of {@link createEventStreamResponse}. */
export interface EventStreamOptions extends EventStreamSettings {
  /** Resume after this id (from the `Last-Event-ID` header or `last_event_id` query). */
  lastEventId?: string | undefined;
  /** Ends the stream (the request's abort signal: the client went away). */
  signal?: AbortSignal;
}

/** Which events a stream delivers (all when empty). */
export interface EventFilters {
  workspaceId?: string | undefined;
  agentId?: string | undefined;
  /** Only approval and exec events at this risk (agent events have none and are left out). */
  risk?: Risk | undefined;
  /** Only these event types (unknown types match nothing). */
  types?: ReadonlySet<string> | undefined;
}

/** Where an event's data places it: workspaces, agent, risk (agents carry their bound workspaces). */
function scopeOf(data: Record<string, unknown>): { workspaceIds: string[]; agentId: unknown; risk: unknown } {
  if (data.object === "agent") {
    const manifest = data.manifest as { workspace_ids?: unknown } | undefined;
    const ids = Array.isArray(manifest?.workspace_ids) ? (manifest.workspace_ids as string[]) : [];
    return { workspaceIds: ids, agentId: data.id, risk: undefined };
  }
  const ws = data.workspace_id;
  return { workspaceIds: typeof ws === "string" ? [ws] : [], agentId: data.agent_id, risk: data.risk };
}

/** Whether `event` passes `filters`. */
function matchesFilters(event: StoredEvent, filters: EventFilters): boolean {
  if (filters.types && !filters.types.has(event.type)) return false;
  const scope = scopeOf(event.data);
  if (filters.workspaceId !== undefined && !scope.workspaceIds.includes(filters.workspaceId)) return false;
  if (filters.agentId !== undefined && scope.agentId !== filters.agentId) return false;
  if (filters.risk !== undefined && scope.risk !== filters.risk) return false;
  return true;
}

/** `id: <id>` (when given; an empty one clears the client's), `event: <type>`, `data: <JSON on one line>`, a blank line. */
function frame(id: string | undefined, type: string, data: object): string {
  return `${id === undefined ? "" : `id: ${id}\n`}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The `text/event-stream` response for one client. Not Hono's `streamSSE`: its writer queues without a byte bound; this drops a laggard. */
export function createEventStreamResponse(world: World, filters: EventFilters, options: EventStreamOptions = {}): Response {
  const encoder = new TextEncoder();
  let stop: () => void = () => {};

  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let closed = false;
        // Set once the stream goes live; close() may run earlier (an abort during the replay).
        const live: { unsubscribe?: () => void; timer?: ReturnType<typeof setInterval> } = {};
        const close = () => {
          if (closed) return;
          closed = true;
          live.unsubscribe?.();
          if (live.timer !== undefined) clearInterval(live.timer);
          options.signal?.removeEventListener("abort", close);
          try {
            controller.close();
          } catch {
            // Already closed or errored by the consumer.
          }
        };
        stop = close;
        const write = (frame: string) => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(frame));
          } catch {
            return close();
          }
          // A client that falls this far behind is dropped, so its queue cannot grow without bound;
          // error() first: it drops the queued frames, close() then only stops the live feed.
          if ((controller.desiredSize ?? 0) < 0) {
            controller.error(new Error("event stream client fell behind its send buffer; resume with Last-Event-ID"));
            close();
          }
        };
        const send = (event: StoredEvent) => {
          if (matchesFilters(event, filters)) write(frame(event.id, event.type, event));
        };

        if (options.signal?.aborted) return close();
        options.signal?.addEventListener("abort", close, { once: true });
        // since() and subscribe() run in the same tick, so no event falls between replay and live.
        const replay = world.events.since(options.lastEventId);
        const head = world.events.latestId();
        // stream.open first: its id is the resume point (the requested id, so a drop before the replay skips nothing; else
        // the head; none yet: no id), so a connection that drops before any event still resumes losslessly. It carries
        // data because SSE parsers dispatch nothing for a frame without one.
        const resumeId = replay.reset ? head : (options.lastEventId ?? head);
        write(frame(resumeId || undefined, "stream.open", { object: "stream.open", latest_event_id: resumeId ?? null }));
        write(`retry: ${Math.max(0, Math.floor(options.retryMs ?? 3000))}\n\n`);
        // stream.reset ("re-list"): its id is the newest event id (empty: none), so a client that re-listed resumes from now.
        const reset = { object: "stream.reset", reason: replay.reason ?? "reset", last_event_id: options.lastEventId ?? "" };
        if (replay.reset) write(frame(head ?? "", "stream.reset", reset));
        for (const event of replay.events) send(event);
        if (closed) return;
        live.unsubscribe = world.events.subscribe(send);
        live.timer = setInterval(() => write(": keep-alive\n\n"), options.keepAliveMs ?? 15_000);
        (live.timer as { unref?: () => void }).unref?.();
      },
      cancel() {
        stop();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: options.streamBufferBytes ?? 1024 * 1024 }),
  );

  return new Response(body, { status: 200, headers: { "content-type": "text/event-stream", "cache-control": "no-cache" } });
}
