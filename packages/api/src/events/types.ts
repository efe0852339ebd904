import { EventTypeValues } from "../generated/enums";
import type * as Tolerant from "../generated/tolerant";

/**
 * Event types shared by the SSE stream (`GET /v1/exec/events`) and webhook deliveries.
 * Both carry the same envelope (api-contract §6), so one union serves both.
 */

/**
 * Every event type the Xerotier webhook catalogue documents, as the spec's `EventType` lists them.
 * Kept as a runtime array so guards and tests use the same list as the type.
 */
export const EVENT_TYPES = EventTypeValues;

/** A documented event type, e.g. `"exec.approval_requested"`. */
export type EventType = (typeof EVENT_TYPES)[number];

/** Event types whose `data` is an approval object. */
export const APPROVAL_EVENT_TYPES = [
  "exec.approval_requested",
  "exec.approved",
  "exec.rejected",
  "exec.approval_escalated",
  "exec.approval_timed_out",
] as const satisfies readonly EventType[];

/** Event types whose `data` is an invocation object. */
export const INVOCATION_EVENT_TYPES = [
  "exec.dispatched",
  "exec.completed",
  "exec.failed",
  "exec.timeout",
] as const satisfies readonly EventType[];

/** Event types whose `data` is an agent object. */
export const AGENT_EVENT_TYPES = ["exec.agent_enrolled", "exec.agent_offline"] as const satisfies readonly EventType[];

/** An approval event type, e.g. `"exec.approved"`. */
export type ApprovalEventType = (typeof APPROVAL_EVENT_TYPES)[number];
/** An invocation (exec outcome) event type, e.g. `"exec.completed"`. */
export type InvocationEventType = (typeof INVOCATION_EVENT_TYPES)[number];
/** An agent lifecycle event type, e.g. `"exec.agent_offline"`. */
export type AgentEventType = (typeof AGENT_EVENT_TYPES)[number];

/**
 * `data` of an approval event: the approval, read tolerantly. Only `id` and `status` are sure to
 * be there; every other field may be missing or `null`, and `status` / `risk` may be values this
 * SDK version does not know (see docs/guides/compatibility.md).
 */
export type ApprovalEventData = Tolerant.Approval;
/** `data` of an exec outcome event: the invocation, read tolerantly (`id` and `status` sure). */
export type InvocationEventData = Tolerant.Invocation;
/** `data` of an agent event: the agent, read tolerantly (`id` and `status` sure). */
export type AgentEventData = Tolerant.Agent;

/**
 * The envelope every event shares, for webhooks and SSE alike. Only `id`, `type` and `data` are
 * sure to be there; unknown fields are kept.
 */
export interface EventEnvelope<TType extends string = string, TData = Record<string, unknown>> {
  /** Event id (`evt_…`); unique, so consumers dedupe on it. */
  id: string;
  /** `"event"` when the server sends it (documented, but not needed to use the event, so not required). */
  object?: "event";
  /** The event type. */
  type: TType;
  /** When the event happened, in unix seconds (the one timestamp that is not RFC 3339), when sent. */
  created_at?: number | null;
  /** The object the event is about. Fields this SDK version does not know are kept as received. */
  data: TData;
}

/** An event about an approval (requested, approved, rejected, escalated, timed out). */
export type ApprovalEvent = EventEnvelope<ApprovalEventType, ApprovalEventData>;
/** An event about an invocation outcome (dispatched, completed, failed, timeout). */
export type InvocationEvent = EventEnvelope<InvocationEventType, InvocationEventData>;
/** An event about an agent (enrolled, offline). */
export type AgentEvent = EventEnvelope<AgentEventType, AgentEventData>;

/** Any event of a documented type; `switch (event.type)` narrows `data`. */
export type KnownEvent = ApprovalEvent | InvocationEvent | AgentEvent;

/**
 * An event whose type this SDK version does not know. It passes through untyped so a newer
 * server never crashes an older consumer; check {@link isKnownEvent} before switching on `type`.
 */
export type UnknownEvent = EventEnvelope<string, Record<string, unknown>>;

/**
 * What the event stream yields and `verifyWebhook` returns: a known event or an unknown one.
 *
 * @example
 * ```ts
 * if (isApprovalEvent(event)) console.log(event.type, event.data);
 * else if (!isKnownEvent(event)) console.warn("newer event type", event.type);
 * ```
 */
export type XerotierEvent = KnownEvent | UnknownEvent;

/**
 * The server could not replay from the `Last-Event-ID` the client sent (it is older than what
 * the server holds). Events may have been missed: re-list whatever you track, then carry on.
 */
export interface StreamReset {
  /** Always `"stream.reset"`; use {@link isStreamReset} to tell it from an event. */
  object: "stream.reset";
  /** Always `"stream.reset"` (the SSE `event:` name of the frame). */
  type: "stream.reset";
  /** The resume id the client had sent when the server answered with the reset, if any. */
  requestedLastEventId: string | undefined;
  /** The frame's raw `data:` text, uninterpreted. */
  data: string;
}

/** One item from the event stream: an event, or a {@link StreamReset}. */
export type EventStreamItem = XerotierEvent | StreamReset;

const knownTypes: ReadonlySet<string> = new Set(EVENT_TYPES);
const approvalTypes: ReadonlySet<string> = new Set(APPROVAL_EVENT_TYPES);
const invocationTypes: ReadonlySet<string> = new Set(INVOCATION_EVENT_TYPES);
const agentTypes: ReadonlySet<string> = new Set(AGENT_EVENT_TYPES);

/** True when `type` is one of the documented {@link EventType}s. */
export function isEventType(type: string): type is EventType {
  return knownTypes.has(type);
}

/**
 * True for an event of a documented type; afterwards `switch (event.type)` narrows exactly.
 *
 * @example
 * ```ts
 * if (isKnownEvent(event)) switch (event.type) { case "exec.completed": break; }
 * ```
 */
export function isKnownEvent(item: EventStreamItem): item is KnownEvent {
  return !isStreamReset(item) && knownTypes.has(item.type);
}

/** True for approval events (`exec.approval_requested`, `exec.approved`, …). */
export function isApprovalEvent(item: EventStreamItem): item is ApprovalEvent {
  return !isStreamReset(item) && approvalTypes.has(item.type);
}

/** True for invocation outcome events (`exec.dispatched`, `exec.completed`, …). */
export function isInvocationEvent(item: EventStreamItem): item is InvocationEvent {
  return !isStreamReset(item) && invocationTypes.has(item.type);
}

/** True for agent events (`exec.agent_enrolled`, `exec.agent_offline`). */
export function isAgentEvent(item: EventStreamItem): item is AgentEvent {
  return !isStreamReset(item) && agentTypes.has(item.type);
}

/** True for the {@link StreamReset} marker (re-list, events may have been missed). */
export function isStreamReset(item: EventStreamItem): item is StreamReset {
  // The SDK makes StreamReset items itself; an event always carries `data` as an object.
  return item.object === "stream.reset" && typeof item.data === "string";
}
