/**
 * Headers an opener should send on `GET /v1/exec/events`: SSE accept and the resume point.
 * Nothing more, so browsers' CORS preflight has as little to allow as possible; auth is the
 * client's business. An id that cannot be a header value (a character above U+00FF, or a
 * control character) is left out: send it as the `last_event_id` query parameter instead
 * (`isHeaderSafeEventId`), as `streamEvents` does.
 *
 * @example
 * ```ts
 * const open: EventStreamOpener = ({ lastEventId, signal }) =>
 *   client.fetch("/v1/exec/events", { headers: eventStreamRequestHeaders(lastEventId), signal });
 * ```
 */
export function eventStreamRequestHeaders(lastEventId?: string): Record<string, string> {
  const headers: Record<string, string> = { accept: "text/event-stream" };
  if (lastEventId && isHeaderSafeEventId(lastEventId)) headers["last-event-id"] = lastEventId;
  return headers;
}

/**
 * Whether `id` can be sent as a `Last-Event-ID` header value: only U+0020–U+00FF and tab
 * (`Headers` throws on anything else, which would fail every reconnect).
 *
 * @example
 * ```ts
 * isHeaderSafeEventId("evt_00000022"); // true
 * isHeaderSafeEventId("evt_☕"); // false: send it as ?last_event_id= instead
 * ```
 */
export function isHeaderSafeEventId(id: string): boolean {
  return /^[\t\x20-\x7e\x80-\xff]*$/.test(id);
}
