import type { XerotierClient } from "../client";
import type { components } from "../generated/schema";
import { createEventStream } from "./event-stream";
import { eventStreamRequestHeaders, isHeaderSafeEventId } from "./request-headers";
import type { EventStream, EventStreamOptions } from "./stream-options";
import type { SchemaDriftHandler } from "../reader/drift";

/** Which events to receive from `GET /v1/exec/events`; every filter is optional. */
export interface EventFilters {
  /** Only events of this workspace. */
  workspaceId?: string;
  /** Only events of this agent. */
  agentId?: string;
  /** Only approval and exec events at this risk level. */
  risk?: components["schemas"]["Risk"];
  /** Only these event types (documented or not). */
  types?: readonly string[];
}

/**
 * The request path for one connection: an id that cannot travel as the `Last-Event-ID` header
 * goes percent-encoded in the `last_event_id` query parameter (which the contract also accepts).
 */
function resumePath(path: string, query: URLSearchParams, lastEventId: string | undefined): string {
  if (!lastEventId || isHeaderSafeEventId(lastEventId)) return path;
  const withId = new URLSearchParams(query);
  withId.set("last_event_id", lastEventId);
  return `/v1/exec/events?${withId}`;
}

/** Options for {@link streamEvents}: filters plus every `EventStreamOptions` except `open`. */
export type StreamEventsOptions = EventFilters & Omit<EventStreamOptions, "open">;

/**
 * Follows the project's event stream through the client, so auth, request ids, connect
 * retries and typed errors are the client's. Reconnects with jittered backoff, resumes with
 * `Last-Event-ID`, never yields the same event twice, and surfaces `stream.reset`.
 *
 * @example
 * ```ts
 * const stream = streamEvents(client, { workspaceId: "ws_8f2c1a04b9e7", types: ["exec.approval_requested"], lastEventId: saved });
 * for await (const item of stream) {
 *   if (isStreamReset(item)) await relist();
 *   else if (isApprovalEvent(item)) notify(item.data);
 *   await save(stream.lastEventId);
 * }
 * ```
 */
export function streamEvents(client: XerotierClient, options: StreamEventsOptions = {}): EventStream {
  const { workspaceId, agentId, risk, types, ...streamOptions } = options;
  const query = new URLSearchParams();
  if (workspaceId) query.set("workspace_id", workspaceId);
  if (agentId) query.set("agent_id", agentId);
  if (risk) query.set("risk", risk);
  if (types?.length) query.set("types", types.join(","));
  const path = `/v1/exec/events${query.size ? `?${query}` : ""}`;

  return createEventStream({
    onSchemaDrift: driftToLogger(client),
    ...streamOptions,
    open: ({ lastEventId, signal }) =>
      client.fetch(resumePath(path, query, lastEventId), { method: "GET", headers: eventStreamRequestHeaders(lastEventId), signal }),
  }, client);
}

/** The default drift hook: one `warn` per drifting field on the client's logger, if it has one. */
function driftToLogger(client: XerotierClient): SchemaDriftHandler | undefined {
  const logger = client.logger;
  if (!logger?.warn) return undefined;
  return (report) => logger.warn?.("schema drift: a field has the wrong type; the event was delivered", { ...report });
}
