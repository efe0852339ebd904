// Property: the watch's lazy transition memory forgets nothing among the last `window`
// deliveries, whether they came from the stream (logged) or a re-list/poll (added), never
// invents a delivery, and holds at most 2 × `window` transitions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DeliveredTransitions } from "../src/delivered-transitions";
import { transitionKey } from "../src/synthetic";
import type { ApprovalEvent, ApprovalEventType } from "../src/types";

const TYPES: ApprovalEventType[] = ["exec.approval_requested", "exec.approval_escalated", "exec.approved", "exec.rejected", "exec.approval_timed_out"];

/** Just what a transition is made of: the type, the approval id and (for escalations) the level. */
function eventOf(type: ApprovalEventType, approval: number, level: number | null | undefined): ApprovalEvent {
  const data = { id: `7e57a000-0000-4000-8000-${String(approval).padStart(12, "0")}`, escalation_level: level };
  return { id: `evt_${approval}`, object: "event", type, created_at: 0, data } as unknown as ApprovalEvent;
}

const eventArbitrary = fc
  .tuple(fc.constantFrom(...TYPES), fc.nat({ max: 12 }), fc.constantFrom(0, 1, 2, null, undefined))
  .map(([type, approval, level]) => eventOf(type, approval, level));

/** `stream` deliveries are logged, `relist` ones checked then added, `check` only asks. */
const opArbitrary = fc.record({ via: fc.constantFrom("stream", "stream", "relist", "check"), event: eventArbitrary });

describe("DeliveredTransitions properties", () => {
  it("remembers every transition of the last `window` deliveries, nothing never delivered, at most 2 × window", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(opArbitrary, { maxLength: 60 }), (window, ops) => {
        const memory = new DeliveredTransitions(window);
        const deliveries: string[] = []; // transition keys, oldest first
        const everyEvent = ops.map((op) => op.event);
        for (const { via, event } of ops) {
          const key = transitionKey(event.type, event.data);
          if (via === "stream") {
            memory.note(event);
            deliveries.push(key);
          } else {
            const known = memory.has(event);
            if (deliveries.slice(-window).includes(key)) expect(known).toBe(true);
            if (!deliveries.includes(key)) expect(known).toBe(false);
            if (via === "relist" && !known) {
              memory.add(event);
              deliveries.push(key);
            }
          }
        }
        const recent = new Set(deliveries.slice(-window));
        const remembered = new Set(everyEvent.filter((event) => memory.has(event)).map((event) => transitionKey(event.type, event.data)));
        for (const key of recent) expect(remembered.has(key)).toBe(true);
        for (const key of remembered) expect(deliveries).toContain(key);
        expect(remembered.size).toBeLessThanOrEqual(2 * window);
      }),
      { numRuns: 1000 },
    );
  });

  it("a re-list after a long live stream skips exactly the transitions the stream delivered recently", () => {
    const memory = new DeliveredTransitions(100);
    for (let approval = 0; approval < 1000; approval += 1) memory.note(eventOf("exec.approval_requested", approval, 0));
    const relisted = [998, 999, 1000, 1001].map((approval) => memory.has(eventOf("exec.approval_requested", approval, 0)));
    expect(relisted).toEqual([true, true, false, false]);
    // A decision on a delivered request is a different transition, so it still goes out.
    expect(memory.has(eventOf("exec.approved", 999, 0))).toBe(false);
  });
});
