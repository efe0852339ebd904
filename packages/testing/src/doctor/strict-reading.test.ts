import { describe, expect, it } from "vitest";
import { openapiDocument } from "../generated/openapi";
import { createFindingTally } from "./findings";
import { componentSchema } from "./spec-schemas";
import { isRfc3339, readStrictly } from "./strict-reading";

// The doctor's strict reading: one finding per field, with whether the SDK depends on it.
const example = (name: string) => structuredClone(openapiDocument.components.schemas[name].examples[0]);
const read = (name: string, value: unknown) => readStrictly(componentSchema(name), value);

describe("the strict reading of a value", () => {
  it("finds nothing in any example of the spec", () => {
    for (const [name, schema] of Object.entries<{ examples?: unknown[] }>(openapiDocument.components.schemas)) {
      for (const value of schema.examples ?? []) expect(read(name, value), name).toEqual([]);
    }
  });

  it("reports a required field that is absent, marking whether the SDK needs it (x-tolerant-required)", () => {
    const approval = example("Approval");
    delete approval.risk;
    delete approval.status;
    expect(read("Approval", approval)).toEqual([
      { path: "$.status", kind: "missing", expected: "string", received: "absent", sdkDepends: true },
      { path: "$.risk", kind: "missing", expected: "string", received: "absent", sdkDepends: false },
    ]);
  });

  it("reports an unknown enum value as drift the SDK tolerates, even on a field it needs", () => {
    const approval = example("Approval");
    approval.status = "cancelling";
    expect(read("Approval", approval)).toEqual([
      { path: "$.status", kind: "unknown_value", expected: expect.stringContaining("one of pending"), received: '"cancelling"', sdkDepends: false },
    ]);
  });

  it("reports another JSON type, which the SDK depends on only for the fields it needs", () => {
    const invocation = example("Invocation");
    invocation.status = 3;
    invocation.exit_code = "0";
    expect(read("Invocation", invocation)).toEqual([
      { path: "$.status", kind: "type", expected: "string", received: "integer", sdkDepends: true },
      { path: "$.exit_code", kind: "type", expected: "integer or null", received: "string", sdkDepends: false },
    ]);
  });

  it("reports undeclared fields, at any depth, as drift", () => {
    const agent = example("Agent");
    agent.zone = "b";
    agent.manifest.signature_alg = "ed25519";
    expect(read("Agent", agent)).toEqual([
      { path: "$.manifest.signature_alg", kind: "unknown_field", expected: "no such field", received: "string", sdkDepends: false },
      { path: "$.zone", kind: "unknown_field", expected: "no such field", received: "string", sdkDepends: false },
    ]);
  });

  it("keeps free-form objects free (arguments, parameters, an event's data)", () => {
    const invocation = example("Invocation");
    invocation.arguments = { anything: { goes: [1, 2] } };
    expect(read("Invocation", invocation)).toEqual([]);
  });

  it("checks the documented id prefixes, UUID approvals and RFC 3339 timestamps", () => {
    const approval = example("Approval");
    approval.id = "apr_1";
    approval.created_at = "2026-11-24 09:00";
    const workspace = example("Workspace");
    workspace.id = "kubernetes-prod";
    expect(read("Approval", approval).map((f) => [f.path, f.kind])).toEqual([
      ["$.id", "id_format"],
      ["$.created_at", "timestamp"],
    ]);
    expect(read("Workspace", workspace)).toEqual([
      { path: "$.id", kind: "id_format", expected: "matching ^ws_[A-Za-z0-9_]+$", received: '"kubernetes-prod"', sdkDepends: false },
    ]);
  });

  it("reads the event envelope's created_at as unix seconds, not RFC 3339", () => {
    const event = example("ApprovalEvent");
    event.created_at = "2026-11-24T09:00:00Z";
    expect(read("ApprovalEvent", event)).toEqual([{ path: "$.created_at", kind: "type", expected: "integer", received: "string", sdkDepends: false }]);
  });

  it("explains a nullable field by the branch that fits: a new status, not 'expected null'", () => {
    const invocation = example("Invocation");
    invocation.transitions[0].from = "paused";
    invocation.error = { code: 5 };
    expect(read("Invocation", invocation)).toEqual([
      { path: "$.error.message", kind: "missing", expected: "string", received: "absent", sdkDepends: false },
      { path: "$.error.code", kind: "type", expected: "string", received: "integer", sdkDepends: false },
      { path: "$.transitions[0].from", kind: "unknown_value", expected: expect.stringContaining("one of queued"), received: '"paused"', sdkDepends: false },
    ]);
  });

  it("knows the properties of every allOf branch (a join key with its secret)", () => {
    const minted = example("JoinKeyWithSecret");
    expect(read("JoinKeyWithSecret", minted)).toEqual([]);
    delete minted.key;
    minted.scope = "edge";
    expect(read("JoinKeyWithSecret", minted).map((f) => [f.path, f.kind])).toEqual([
      ["$.scope", "unknown_field"],
      ["$.key", "missing"],
    ]);
  });

  it("follows the SDK's needs into list items: an agent without status is unusable, without region is drift", () => {
    const agent = example("Agent");
    delete agent.status;
    delete agent.region;
    const findings = read("AgentList", { object: "list", data: [agent], has_more: false });
    expect(findings.map((f) => [f.path, f.sdkDepends])).toEqual([
      ["$.data[0].status", true],
      ["$.data[0].region", false],
    ]);
  });

  it("never shows a key-shaped value it received", () => {
    const approval = example("Approval");
    approval.status = "xero_acme_0123456789abcdef";
    expect(read("Approval", approval)[0]?.received).toBe('"xero_[REDACTED]"');
  });

  it("keeps at most 500 findings however large the value", () => {
    const items = Array.from({ length: 400 }, () => ({}));
    expect(read("AgentList", { object: "list", data: items, has_more: false })).toHaveLength(500);
  });
});

describe("the report's findings", () => {
  it("collapse list items into [] and count them", () => {
    const tally = createFindingTally();
    const approval = () => ({ ...example("Approval"), status: "cancelling" });
    tally.add(read("ApprovalList", { object: "list", data: [approval(), approval(), approval()], has_more: false }));
    expect(tally.list()).toEqual([expect.objectContaining({ path: "$.data[].status", kind: "unknown_value", count: 3 })]);
  });
});

describe("RFC 3339 date-times", () => {
  it.each(["2026-11-24T09:00:00Z", "2026-11-24t09:00:00.123456+05:30", "2024-02-29T23:59:60Z"])("accepts %s", (value) => {
    expect(isRfc3339(value)).toBe(true);
  });
  it.each(["2026-11-24", "2026-11-24T09:00:00", "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "1795510800", "2026-11-24T24:00:00Z"])("refuses %s", (value) => {
    expect(isRfc3339(value)).toBe(false);
  });
});
