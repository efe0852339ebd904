import { describe, expect, expectTypeOf, it } from "vitest";
import {
  EVENT_TYPES,
  isAgentEvent,
  isApprovalEvent,
  isEventType,
  isInvocationEvent,
  isKnownEvent,
  isStreamReset,
  type ApprovalEvent,
  type EventStreamItem,
  type KnownEvent,
  type StreamReset,
} from "./types";
import { envelope } from "./__fixtures__/harness";

const reset: StreamReset = { object: "stream.reset", type: "stream.reset", requestedLastEventId: "evt_1", data: "" };

describe("event type guards", () => {
  it("classify every documented type into exactly one family", () => {
    const families = EVENT_TYPES.map((type) => {
      const event = envelope("evt_1", type);
      return [isApprovalEvent(event), isInvocationEvent(event), isAgentEvent(event)].filter(Boolean).length;
    });
    expect(families).toEqual(EVENT_TYPES.map(() => 1));
  });

  it("sort exec events by the object their data carries", () => {
    expect(isApprovalEvent(envelope("e", "exec.approval_timed_out"))).toBe(true);
    expect(isInvocationEvent(envelope("e", "exec.timeout"))).toBe(true);
    expect(isAgentEvent(envelope("e", "exec.agent_enrolled"))).toBe(true);
  });

  it("treat unknown types as unknown, never as a known family", () => {
    const event = envelope("evt_1", "exec.brand_new");
    expect([isKnownEvent(event), isApprovalEvent(event), isInvocationEvent(event), isAgentEvent(event), isEventType("x")]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("tell a stream reset apart from events, even one whose type is stream.reset", () => {
    expect([isStreamReset(reset), isKnownEvent(reset), isStreamReset(envelope("e", "stream.reset"))]).toEqual([true, false, false]);
  });

  it("narrow the static type so a switch on type is exhaustive over known events", () => {
    const item = envelope("e", "exec.approved") as EventStreamItem;
    if (isApprovalEvent(item)) expectTypeOf(item).toEqualTypeOf<ApprovalEvent>();
    if (isKnownEvent(item)) expectTypeOf(item).toEqualTypeOf<KnownEvent>();
    if (isStreamReset(item)) expectTypeOf(item).toEqualTypeOf<StreamReset>();
    expect(isKnownEvent(item)).toBe(true);
  });
});
