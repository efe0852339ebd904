import type { Context, Hono } from "hono";
import type { RouterEnv } from "../http/env";
import type { World } from "../domain/world";
import { parseEventFilters } from "../sse/filters";
import { createEventStreamResponse, type EventStreamFaults } from "../sse/handler";

/** Settings of the event stream route. */
export interface EventStreamRouteOptions {
  /** First `retry:` value. Default 3000 ms. */
  retryMs?: number;
  /** Keep-alive comment period (real time). Default 15 000 ms. */
  keepAliveMs?: number;
  /** Bytes each stream may buffer for a client that is not reading before it is dropped. Default 1 MiB. */
  maxBufferedBytes?: number;
  /** Per-request fault injection (see src/sse/handler.ts). */
  faults?: (c: Context<RouterEnv>) => EventStreamFaults | undefined;
}

/** `GET /v1/exec/events`. */
export function registerEventRoutes(app: Hono<RouterEnv>, world: World, prefix: string, options: EventStreamRouteOptions = {}): void {
  app.get(`${prefix}/exec/events`, (c) => {
    const filters = parseEventFilters((name) => c.req.query(name));
    // The header wins over the query parameter; an empty value means "no resume point".
    const lastEventId = c.req.header("last-event-id") || c.req.query("last_event_id") || undefined;
    return createEventStreamResponse(world, filters, {
      lastEventId,
      signal: c.req.raw.signal,
      retryMs: options.retryMs,
      keepAliveMs: options.keepAliveMs,
      faults: options.faults?.(c),
      ...(options.maxBufferedBytes !== undefined ? { maxBufferedBytes: options.maxBufferedBytes } : {}),
    });
  });
}
