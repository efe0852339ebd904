import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock";
import { createEventLog, eventId } from "../../src/domain/events";

describe("the event log", () => {
  it("stamps monotonic zero-padded ids, the envelope shape and unix seconds from the clock", () => {
    const clock = createManualClock(Date.UTC(2026, 10, 24, 9, 0, 0, 700));
    const log = createEventLog(clock, 10);
    const first = log.append("exec.completed", { id: "inv_1" });
    clock.advance(1000);
    const second = log.append("exec.failed", { id: "inv_2" });
    expect(first).toEqual({ id: "evt_00000001", object: "event", type: "exec.completed", created_at: 1795510800, data: { id: "inv_1" } });
    expect(second).toMatchObject({ id: "evt_00000002", created_at: 1795510801 });
    expect(log.latestId()).toBe("evt_00000002");
  });

  it("snapshots data, so later changes to the resource do not rewrite history", () => {
    const log = createEventLog(createManualClock());
    const resource = { status: "pending" };
    log.append("exec.approval_requested", resource);
    resource.status = "approved";
    expect(log.list()[0]!.data).toEqual({ status: "pending" });
  });

  it("keeps only the newest `limit` events", () => {
    const log = createEventLog(createManualClock(), 3);
    for (let i = 0; i < 5; i++) log.append("t", {});
    expect(log.list().map((e) => e.id)).toEqual([eventId(3), eventId(4), eventId(5)]);
  });

  it("since(): nothing for no id; the later events when resumable; a reset when too old, unknown or malformed", () => {
    const log = createEventLog(createManualClock(), 3);
    for (let i = 0; i < 5; i++) log.append("t", {});
    expect(log.since(undefined)).toEqual({ events: [], reset: false });
    expect(log.since(eventId(2)).events.map((e) => e.id)).toEqual([eventId(3), eventId(4), eventId(5)]);
    expect(log.since(eventId(5))).toEqual({ events: [], reset: false });
    expect(log.since(eventId(1))).toMatchObject({ reset: true, reason: "last_event_id is older than the retained history" });
    expect(log.since(eventId(9)).reset).toBe(true);
    expect(log.since("evt_abc").reset).toBe(true);
  });

  it("notifies subscribers until they unsubscribe, and survives a throwing subscriber", () => {
    const log = createEventLog(createManualClock());
    const seen: string[] = [];
    log.subscribe(() => {
      throw new Error("closed stream");
    });
    const stop = log.subscribe((e) => seen.push(e.id));
    log.append("a", {});
    stop();
    log.append("b", {});
    expect(seen).toEqual([eventId(1)]);
  });
});
