/**
 * Headers an opener should send on `GET /v1/exec/events`: SSE accept and the resume point.
 * Nothing more, so browsers' CORS preflight has as little to allow as possible; auth is the
 * client's business.
 *
 * @example
 * ```ts
 * const open: EventStreamOpener = ({ lastEventId, signal }) =>
 *   client.fetch("/v1/exec/events", { headers: eventStreamRequestHeaders(lastEventId), signal });
 * ```
 */
export function eventStreamRequestHeaders(lastEventId?: string): Record<string, string> {
  const headers: Record<string, string> = { accept: "text/event-stream" };
  if (lastEventId) headers["last-event-id"] = lastEventId;
  return headers;
}
