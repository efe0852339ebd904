/**
 * Headers an opener should send on `GET /v1/exec/events`: SSE accept, no caching, and the
 * resume point. Merge them into the client request; auth is the client's business.
 *
 * @example
 * ```ts
 * const open: EventStreamOpener = ({ lastEventId, signal }) =>
 *   client.fetchRaw("/v1/exec/events", { headers: eventStreamRequestHeaders(lastEventId), signal });
 * ```
 */
export function eventStreamRequestHeaders(lastEventId?: string): Record<string, string> {
  const headers: Record<string, string> = { accept: "text/event-stream", "cache-control": "no-cache" };
  if (lastEventId) headers["last-event-id"] = lastEventId;
  return headers;
}
