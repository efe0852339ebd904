import { describe, expect, it } from "vitest";
import { validateEventEnvelope } from "./validate";
import { EVENT_TYPES } from "./types";
import { agentData, approvalData, event, invocationData } from "./__fixtures__/factories";
import { envelope } from "./__fixtures__/harness";

const issuesOf = (raw: unknown): string => {
  const result = validateEventEnvelope(raw);
  if (result.ok) throw new Error("expected the event to be rejected");
  return result.issues;
};

describe("validateEventEnvelope", () => {
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

  it("rejects a known type whose data is not a valid object of its family, naming the field path under data", () => {
    expect(issuesOf(event("exec.approval_requested", { ...approvalData(), risk: "catastrophic" }))).toMatch(/^data\.risk: /);
    expect(issuesOf(event("exec.completed", { ...invocationData(), exit_code: 1.5 }))).toMatch(/^data\.exit_code: /);
    expect(issuesOf(event("exec.agent_offline", { ...agentData(), manifest: { ...agentData().manifest, version: -1 } }))).toMatch(
      /^data\.manifest\.version: /,
    );
    const { prompt: _dropped, ...withoutPrompt } = approvalData();
    expect(issuesOf(event("exec.approved", withoutPrompt))).toMatch(/^data\.prompt: /);
  });

  it("rejects placeholder data on a known type, naming every missing field", () => {
    const issues = issuesOf(event("exec.approved", { id: "a1" }));
    for (const field of ["object", "status", "risk", "workspace_id", "invocation_id", "tool_call", "escalation_level"]) {
      expect(issues).toContain(`data.${field}: `);
    }
    expect(issues).not.toContain("data.id: ");
  });

  it("checks data against the family of its type: an invocation is not valid data for an approval event", () => {
    expect(issuesOf(event("exec.approved", invocationData()))).toMatch(/data\.object: /);
    expect(issuesOf(event("exec.dispatched", agentData()))).toMatch(/data\.object: /);
  });

  it("rejects a non-integer created_at, a wrong object, missing data, and non-objects, naming each path", () => {
    const result = validateEventEnvelope({ id: "evt_1", object: "list", type: "exec.failed", created_at: 1.5 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toMatch(/object: .*; created_at: .*; data: /);
    for (const raw of [null, 42, "evt", [], {}]) expect(validateEventEnvelope(raw).ok).toBe(false);
  });

  it("rejects an empty id or type", () => {
    expect(validateEventEnvelope({ ...envelope(""), type: "" })).toEqual({ ok: false, issues: expect.stringMatching(/^id: .*; type: /) });
  });
});
