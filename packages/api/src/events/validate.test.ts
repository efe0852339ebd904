import { describe, expect, it } from "vitest";
import type { SchemaDriftReport } from "../reader/drift";
import { createEventReader, validateEventEnvelope } from "./validate";
import { EVENT_TYPES } from "./types";
import { agentData, approvalData, event, invocationData } from "./__fixtures__/factories";
import { envelope } from "./__fixtures__/harness";

const issuesOf = (raw: unknown): string => {
  const result = validateEventEnvelope(raw);
  if (result.ok) throw new Error("expected the event to be rejected");
  return result.issues;
};

/** Reads each value with one reader; returns whether each was delivered, and the drift reported. */
function readAll(values: unknown[]): { delivered: boolean[]; drift: SchemaDriftReport[] } {
  const drift: SchemaDriftReport[] = [];
  const read = createEventReader({ onSchemaDrift: (report) => drift.push(report) });
  return { delivered: values.map((value) => read(value).ok), drift };
}

describe("validateEventEnvelope (the tolerant event reader)", () => {
  it("accepts a well-formed envelope and returns it as the event", () => {
    const approved = envelope("evt_1", "exec.approved", approvalData({ id: "a", status: "approved" }));
    expect(validateEventEnvelope(approved)).toEqual({
      ok: true,
      event: envelope("evt_1", "exec.approved", approvalData({ id: "a", status: "approved" })),
    });
  });

  it("accepts every documented type carrying a valid object of its family as data", () => {
    for (const type of EVENT_TYPES) expect(validateEventEnvelope(envelope("evt_1", type))).toEqual({ ok: true, event: envelope("evt_1", type) });
  });

  it("accepts unknown types, so newer servers do not break older SDKs", () => {
    expect(validateEventEnvelope(envelope("evt_1", "exec.brand_new")).ok).toBe(true);
  });

  it("passes an unknown type with arbitrary data through unchanged, checking only the envelope", () => {
    const data = { id: "a1", risk: "catastrophic", nested: [{ deep: null }], count: 3 };
    expect(validateEventEnvelope(envelope("evt_1", "exec.brand_new", data))).toEqual({ ok: true, event: envelope("evt_1", "exec.brand_new", data) });
  });

  it("keeps envelope fields it does not know", () => {
    const result = validateEventEnvelope({ ...envelope("evt_1"), api_version: "2026-01-01" });
    expect(result.ok && (result.event as unknown as Record<string, unknown>).api_version).toBe("2026-01-01");
  });

  it("keeps fields it does not know inside the data of a known type, nested ones included", () => {
    const data = { ...approvalData(), sla_tier: "gold", tool_call: { name: "kubectl_drain", arguments: {}, dry_run: true } };
    const raw = { ...envelope("evt_1", "exec.approval_requested", data), api_version: "2026-01-01" };
    expect(validateEventEnvelope(raw)).toEqual({ ok: true, event: raw });
  });

  it("delivers unknown enum values, broken bounds and omitted decided fields as received, reporting no drift", () => {
    const { escalation_level: _e, prompt: _p, ...bare } = approvalData();
    const raws = [
      event("exec.approval_requested", { ...approvalData(), risk: "critical", status: "awaiting_quorum" }),
      event("exec.agent_offline", { ...agentData(), manifest: { ...agentData().manifest, version: -1 } }),
      event("exec.approved", bare),
      event("exec.approved", { ...approvalData(), note: null, decided_by: null, agent_id: null, prompt: null }),
      { ...event("exec.failed"), id: "not-an-evt-id", object: undefined, created_at: undefined },
    ];
    expect(readAll(raws)).toEqual({ delivered: raws.map(() => true), drift: [] });
    expect(validateEventEnvelope(raws[0])).toEqual({ ok: true, event: raws[0] });
  });

  it("delivers a field of the wrong type, reporting it with its path, expected and received type", () => {
    const raw = event("exec.completed", { ...invocationData(), exit_code: 1.5, transitions: [{ to: 7 }] });
    expect(readAll([raw])).toEqual({
      delivered: [true],
      drift: [
        { schema: "InvocationEvent", field: "data.exit_code", expected: "integer", received: "number", id: "evt_01J9ZK3F" },
        { schema: "InvocationEvent", field: "data.transitions[].to", expected: "string", received: "integer", id: "evt_01J9ZK3F" },
      ],
    });
  });

  it("reports each drifting field once per reader, however many events show it", () => {
    const raws = Array.from({ length: 300 }, (_, i) => event("exec.approval_requested", { ...approvalData(), timeout_seconds: "900" }, { id: `evt_${i}` }));
    const { delivered, drift } = readAll(raws);
    expect(delivered.every(Boolean)).toBe(true);
    expect(drift.map((d) => d.field)).toEqual(["data.timeout_seconds"]);
  });

  it("skips a documented type whose resource lacks the fields it cannot be used without, naming them", () => {
    expect(issuesOf(event("exec.approved", { id: "a1" }))).toBe("data.status: expected string, got missing");
    expect(issuesOf(event("exec.approved", { status: "approved" }))).toBe("data.id: expected string, got missing");
    expect(issuesOf(event("exec.completed", { id: 7, status: "completed" }))).toBe("data.id: expected string, got integer");
    expect(validateEventEnvelope(event("exec.approved", { id: "a1", status: "approved" })).ok).toBe(true);
  });

  it("reads an approval event by its type, whatever object its data claims to be", () => {
    // The strict reading (the router's conformance check) rejects this; a reader must not drop it.
    expect(validateEventEnvelope(event("exec.approved", invocationData())).ok).toBe(true);
  });

  it("rejects missing data, non-object data and non-objects, but delivers a wrong-typed created_at", () => {
    expect(issuesOf({ id: "evt_1", object: "event", type: "exec.failed", created_at: 1 })).toBe("data: expected object, got missing");
    expect(issuesOf({ id: "evt_1", type: "exec.failed", data: [] })).toBe("data: expected object, got array");
    for (const raw of [null, 42, "evt", [], {}]) expect(validateEventEnvelope(raw).ok).toBe(false);
    expect(readAll([{ ...event("exec.failed"), created_at: 1.5 }]).drift.map((d) => d.field)).toEqual(["created_at"]);
  });

  it("rejects an empty or missing id or type", () => {
    expect(issuesOf({ ...envelope(""), type: "" })).toMatch(/^id: expected a non-empty string/);
    expect(issuesOf({ ...envelope("evt_1"), type: "" })).toMatch(/^type: expected a non-empty string/);
    expect(issuesOf({ type: "exec.failed", data: {} })).toMatch(/^id: /);
  });

  it("never lets a failing drift hook stop delivery", () => {
    const read = createEventReader({
      onSchemaDrift: () => {
        throw new Error("hook failed");
      },
    });
    expect(read(event("exec.completed", { ...invocationData(), exit_code: "0" })).ok).toBe(true);
  });
});
