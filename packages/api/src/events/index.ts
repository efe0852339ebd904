// Public surface of the event layer; src/index.ts re-exports this file.
export {
  AGENT_EVENT_TYPES,
  APPROVAL_EVENT_TYPES,
  EVENT_TYPES,
  INVOCATION_EVENT_TYPES,
  isAgentEvent,
  isApprovalEvent,
  isEventType,
  isInvocationEvent,
  isKnownEvent,
  isStreamReset,
} from "./types";
export type {
  AgentEvent,
  AgentEventData,
  AgentEventType,
  ApprovalEvent,
  ApprovalEventData,
  ApprovalEventType,
  EventEnvelope,
  EventStreamItem,
  EventType,
  InvocationEvent,
  InvocationEventData,
  InvocationEventType,
  KnownEvent,
  StreamReset,
  UnknownEvent,
  XerotierEvent,
} from "./types";
export { createEventStream } from "./event-stream";
export type {
  EventStream,
  EventStreamOpenContext,
  EventStreamOpener,
  EventStreamOptions,
  ReconnectInfo,
} from "./stream-options";
export type { InvalidEventReport } from "./frames";
export { EventStreamError } from "./errors";
export type { EventStreamErrorReason } from "./errors";
export { createEventReader, validateEventEnvelope } from "./validate";
export type { EventReaderOptions, EventValidationResult, ValidateEvent } from "./validate";
export { eventStreamRequestHeaders, isHeaderSafeEventId } from "./request-headers";
export { streamEvents } from "./stream-events";
export type { EventFilters, StreamEventsOptions } from "./stream-events";
export { RecentIds } from "./recent-ids";
