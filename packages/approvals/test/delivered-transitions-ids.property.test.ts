// Property: the transition memory keys on the approval id exactly as delivered, whatever its
// shape: a UUID (the documented form), an empty or a longer id, or one with any UTF-16 code unit
// (lone surrogates too). Two ids that differ are never taken for one another.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DeliveredTransitions } from "../src/delivered-transitions";
import type { ApprovalEvent, ApprovalEventType } from "../src/types";

const TYPES: ApprovalEventType[] = ["exec.approval_requested", "exec.approval_escalated", "exec.approved", "exec.rejected", "exec.approval_timed_out"];

function eventOf(type: ApprovalEventType, id: string, level: number): ApprovalEvent {
  return { id: `evt_${id}`, object: "event", type, created_at: 0, data: { id, escalation_level: level } } as unknown as ApprovalEvent;
}

const idArbitrary = fc.oneof(
  fc.uuid(),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 80 }), // any code unit, lone surrogates too
  fc.string({ minLength: 30, maxLength: 40 }), // around the length a UUID takes
  fc.string({ maxLength: 3 }).map((suffix) => `7e57a000-0000-4000-8000-000000000001${suffix}`), // alike in their first 36 units
);

describe("DeliveredTransitions ids", () => {
  it("remembers the ids of the last `window` stream deliveries exactly, and no other id", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TYPES), fc.nat({ max: 3 })), { maxLength: 40 }),
        (window, ids, deliveries) => {
          const memory = new DeliveredTransitions(window);
          const delivered: ApprovalEvent[] = deliveries.map(([pick, type, level]) => eventOf(type, ids[pick % ids.length]!, level));
          for (const event of delivered) memory.note(event);
          for (const event of delivered.slice(-window)) expect(memory.has(event)).toBe(true);
          for (const id of ids) {
            const neverDelivered = !delivered.some((event) => event.data.id === id && event.type === "exec.approved");
            if (neverDelivered) expect(memory.has(eventOf("exec.approved", id, 0))).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keys an id that is not a string (a custom `validate` let it through) as it always did, by its text", () => {
    const memory = new DeliveredTransitions(4);
    memory.note(eventOf("exec.approved", 42 as unknown as string, 0));
    memory.note(eventOf("exec.approved", "7e57a000-0000-4000-8000-000000000001", 0));
    expect(memory.has(eventOf("exec.approved", "42", 0))).toBe(true);
    expect(memory.has(eventOf("exec.approved", "43", 0))).toBe(false);
  });
});
