import { describe, expect, it } from "vitest";
import type { Approval } from "../src/index";
import { createAutoApprover, evaluatePolicy, type AutoApprovalPolicy } from "../src/auto-approver";
import { inWindow } from "../src/auto-approver/policy";

const NOON_WED = new Date("2026-11-25T12:00:00Z");

function approval(overrides: Partial<Record<keyof Approval, unknown>> = {}): Approval {
  return {
    id: "a1",
    object: "approval",
    status: "pending",
    risk: "write",
    workspace_id: "ws_staging",
    agent_id: "agt_1",
    invocation_id: "inv_1",
    tool_name: "kubectl_scale",
    tool_call: { name: "kubectl_scale", arguments: { namespace: "web", replicas: 3 } },
    prompt: "scale web",
    timeout_seconds: 900,
    expires_at: "2026-11-25T12:15:00Z",
    created_at: "2026-11-25T12:00:00Z",
    decided_at: null,
    decided_by: null,
    note: null,
    escalation_level: 0,
    ...overrides,
  } as Approval;
}

const base: AutoApprovalPolicy = { maxRisk: "write", allowTools: ["kubectl_scale"] };

describe("evaluatePolicy: one row per rule", () => {
  const rows: Array<{ name: string; policy: AutoApprovalPolicy; approval: Approval; now?: Date; action: string; rule: string }> = [
    { name: "within policy", policy: base, approval: approval(), action: "approve", rule: "allow" },
    { name: "escalated is still decidable", policy: base, approval: approval({ status: "escalated" }), action: "approve", rule: "allow" },
    { name: "unknown status", policy: base, approval: approval({ status: "on_hold" }), action: "leave", rule: "unknown-status" },
    { name: "already decided", policy: base, approval: approval({ status: "approved" }), action: "leave", rule: "closed" },
    { name: "timed out", policy: base, approval: approval({ status: "timed_out" }), action: "leave", rule: "closed" },
    { name: "unknown risk", policy: base, approval: approval({ risk: "catastrophic" }), action: "leave", rule: "unknown-risk" },
    { name: "no tool named (a server that omits decided fields)", policy: base, approval: approval({ tool_name: undefined, tool_call: undefined }), action: "leave", rule: "unknown-tool" },
    { name: "no workspace under a workspace rule", policy: { ...base, workspaces: ["ws_staging"] }, approval: approval({ workspace_id: undefined }), action: "leave", rule: "workspace" },
    { name: "unknown risk even with the highest ceiling", policy: base, approval: approval({ risk: "" }), action: "leave", rule: "unknown-risk" },
    { name: "risk above ceiling", policy: base, approval: approval({ risk: "destructive" }), action: "leave", rule: "max-risk" },
    { name: "risk below ceiling", policy: base, approval: approval({ risk: "read" }), action: "approve", rule: "allow" },
    { name: "workspace not covered", policy: { ...base, workspaces: ["ws_prod"] }, approval: approval(), action: "leave", rule: "workspace" },
    { name: "workspace covered", policy: { ...base, workspaces: ["ws_staging"] }, approval: approval(), action: "approve", rule: "allow" },
    { name: "denied tool left", policy: { ...base, denyTools: ["kubectl_scale"] }, approval: approval(), action: "leave", rule: "deny-tool" },
    { name: "denied tool rejected", policy: { ...base, denyTools: ["kubectl_scale"], rejectDenied: true }, approval: approval(), action: "reject", rule: "deny-tool" },
    { name: "deny wins over allow", policy: { ...base, allowTools: ["kubectl_scale"], denyTools: ["kubectl_scale"] }, approval: approval(), action: "leave", rule: "deny-tool" },
    { name: "not on allowlist", policy: { ...base, allowTools: ["kubectl_get"] }, approval: approval(), action: "leave", rule: "allow-tool" },
    { name: "on allowlist", policy: { ...base, allowTools: ["kubectl_get", "kubectl_scale"] }, approval: approval(), action: "approve", rule: "allow" },
    {
      name: "argument predicate fails",
      policy: { ...base, argumentPredicates: [{ name: "small-scale", test: (a) => typeof a.replicas === "number" && a.replicas <= 2 }] },
      approval: approval(),
      action: "leave",
      rule: "argument:small-scale",
    },
    {
      name: "argument predicate that throws counts as a no",
      policy: { ...base, argumentPredicates: [{ name: "boom", test: () => { throw new Error("x"); } }] },
      approval: approval(),
      action: "leave",
      rule: "argument:boom",
    },
    {
      name: "argument predicate for another tool does not apply",
      policy: { ...base, argumentPredicates: [{ name: "other", tool: "kubectl_drain", test: () => false }] },
      approval: approval(),
      action: "approve",
      rule: "allow",
    },
    {
      name: "argument predicate passes",
      policy: { ...base, argumentPredicates: [{ name: "ns", tool: "kubectl_scale", test: (a) => a.namespace === "web" }] },
      approval: approval(),
      action: "approve",
      rule: "allow",
    },
    { name: "outside window", policy: { ...base, windows: [{ from: "08:00", to: "11:00" }] }, approval: approval(), action: "leave", rule: "time-window" },
    { name: "inside window", policy: { ...base, windows: [{ from: "08:00", to: "18:00", days: [1, 2, 3, 4, 5] }] }, approval: approval(), action: "approve", rule: "allow" },
    { name: "weekday window on a Sunday", policy: { ...base, windows: [{ from: "08:00", to: "18:00", days: [1, 2, 3, 4, 5] }] }, approval: approval(), now: new Date("2026-11-29T12:00:00Z"), action: "leave", rule: "time-window" },
  ];
  it.each(rows)("$name → $action by $rule", ({ policy, approval: a, now, action, rule }) => {
    const decision = evaluatePolicy(policy, a, now ?? NOON_WED);
    expect(decision).toMatchObject({ approvalId: "a1", action, rule });
    expect(decision.reason.length).toBeGreaterThan(0);
  });
});

describe("the risk ceiling", () => {
  it("is at most write: a policy naming destructive, irreversible or an unknown ceiling is refused, not widened", () => {
    for (const maxRisk of ["destructive", "irreversible", "critical", undefined]) {
      const policy = { ...base, maxRisk } as unknown as AutoApprovalPolicy; // as from untyped config
      expect(() => evaluatePolicy(policy, approval(), NOON_WED)).toThrow(RangeError);
      expect(() => createAutoApprover({ approvals: {} as never, policy, botName: "bot" })).toThrow(RangeError);
    }
  });
});

describe("inWindow", () => {
  it("a window spanning midnight belongs to the day it started", () => {
    const night = { from: "22:00", to: "06:00", days: [2] }; // Tuesday night
    expect(inWindow(night, new Date("2026-11-24T23:00:00Z"))).toBe(true); // Tue 23:00
    expect(inWindow(night, new Date("2026-11-25T05:59:00Z"))).toBe(true); // Wed 05:59
    expect(inWindow(night, new Date("2026-11-25T06:00:00Z"))).toBe(false);
    expect(inWindow(night, new Date("2026-11-25T23:00:00Z"))).toBe(false); // Wed night
  });

  it("rejects a malformed bound instead of guessing", () => {
    expect(() => inWindow({ from: "8am", to: "18:00" }, NOON_WED)).toThrow(TypeError);
  });
});
