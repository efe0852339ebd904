// The generated predicates are only a shortcut: whenever one says yes, zod must say yes too and
// hand back an equal value, or the fast path would let through what the spec forbids.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as fast from "../generated/validators";
import { tolerantChecks, type FieldIssue } from "../generated/tolerant";
import { AgentStatusEventSchema, ApprovalEventSchema, EventEnvelopeSchema, InvocationEventSchema, InvocationTransitionSchema } from "../generated/zod";
import { validateEventEnvelope } from "./validate";
import { EVENT_TYPES } from "./types";
import { dataFor } from "./__fixtures__/factories";
import { envelope } from "./__fixtures__/harness";

const pairs = [
  [fast.isEventEnvelope, EventEnvelopeSchema],
  [fast.isApprovalEvent, ApprovalEventSchema],
  [fast.isInvocationEvent, InvocationEventSchema],
  [fast.isAgentStatusEvent, AgentStatusEventSchema],
] as const;

/** A valid event of any documented type with one field replaced by an arbitrary JSON value (or removed). */
const mutatedEvent = fc
  .record({
    type: fc.constantFrom(...EVENT_TYPES),
    inData: fc.boolean(),
    field: fc.nat(),
    value: fc.option(fc.jsonValue(), { nil: undefined }),
  })
  .map(({ type, inData, field, value }) => {
    const event = envelope("evt_1", type, dataFor(type)) as unknown as Record<string, unknown>;
    const target = inData ? (event.data as Record<string, unknown>) : event;
    const keys = Object.keys(target);
    const key = keys[field % keys.length]!;
    if (value === undefined) delete target[key];
    else target[key] = value;
    return event;
  });

describe("generated fast predicates", () => {
  it("accept every documented type's valid event", () => {
    for (const type of EVENT_TYPES) expect(validateEventEnvelope(envelope("evt_1", type, dataFor(type))).ok).toBe(true);
    for (const type of EVENT_TYPES) expect(fast.isEventEnvelope(envelope("evt_1", type, dataFor(type)))).toBe(true);
  });

  it("never accept what zod rejects, and what they accept zod returns unchanged", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedEvent, fc.jsonValue()), (raw) => {
        for (const [predicate, schema] of pairs) {
          if (!predicate(raw)) continue;
          const parsed = schema.safeParse(raw);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(raw);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("accept nothing the tolerant check finds an issue or drift in (so readAs needs no strict fast path)", () => {
    const tolerant = [
      [fast.isEventEnvelope, tolerantChecks.EventEnvelope],
      [fast.isApprovalEvent, tolerantChecks.ApprovalEvent],
      [fast.isInvocationEvent, tolerantChecks.InvocationEvent],
      [fast.isAgentStatusEvent, tolerantChecks.AgentStatusEvent],
    ] as const;
    fc.assert(
      fc.property(fc.oneof(mutatedEvent, fc.jsonValue()), (raw) => {
        for (const [predicate, check] of tolerant) {
          if (!predicate(raw)) continue;
          const issues: FieldIssue[] = [];
          check(raw as Record<string, unknown>, "", issues, issues);
          expect(issues).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("read an invocation's transitions field by field, as zod does (a case the random events reach only sometimes)", () => {
    const transition = { from: null, to: "queued", at: "2026-12-07T10:00:00Z", actor: "system" };
    for (const candidate of [transition, { ...transition, from: "queued", to: "running", reason: null }, { ...transition, from: "paused" }, { ...transition, actor: 7 }]) {
      expect(fast.isInvocationTransition(candidate)).toBe(InvocationTransitionSchema.safeParse(candidate).success);
    }
    expect(fast.isInvocationTransition(transition)).toBe(true);
    expect(fast.isInvocationTransition({ ...transition, from: "paused" })).toBe(false);
  });

  it("defer an own __proto__ key to zod, which drops it", () => {
    const raw = JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(envelope("evt_1", "exec.brand_new")).slice(1)}`) as unknown;
    expect(fast.isEventEnvelope(raw)).toBe(false);
    const result = validateEventEnvelope(raw);
    expect(result.ok && Object.hasOwn(result.event, "__proto__")).toBe(false);
  });
});
