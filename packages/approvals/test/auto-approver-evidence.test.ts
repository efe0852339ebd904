/**
 * Issue 22, item 1, as an attacker would try it: the auto-approver approves only on positive,
 * exact, consistent evidence. Lookalike tool names, fields that disagree and values of the wrong
 * type are left for humans; a policy without an allowlist cannot be built.
 */
import { describe, expect, it } from "vitest";
import type { Approval } from "../src/index";
import { createAutoApprover, evaluatePolicy, type AutoApprovalPolicy } from "../src/auto-approver";
import { approvalFixture } from "./sink-support";

const NOON_WED = new Date("2026-11-25T12:00:00Z");

/** A pending write approval in the staging workspace naming `tool` (and `callName` in its tool call). */
function approval(tool: unknown, callName: unknown = tool): Approval {
  const fields = { risk: "write", workspace_id: "ws_kube_staging", tool_name: tool, tool_call: { name: callName, arguments: { namespace: "web" } } };
  return approvalFixture(fields as unknown as Partial<Approval>);
}

/** The guide's own policy (docs/guides/auto-approver.md). */
const guidePolicy: AutoApprovalPolicy = {
  maxRisk: "write",
  workspaces: ["ws_kube_staging"],
  allowTools: ["kubectl_get", "kubectl_scale"],
  denyTools: ["kubectl_delete"],
};

const LOOKALIKES_OF_KUBECTL_DELETE = [
  "kubectl_delete ", // trailing space
  " kubectl_delete", // leading space
  "Kubectl_Delete", // case
  "kubectl_d\u0435lete", // Cyrillic е
  "kubectl_delete\u200b", // zero-width space
  "kubectl\u200d_delete", // zero-width joiner inside
  "\uff4bubectl_delete", // fullwidth ｋ
  "ｋｕｂｅｃｔｌ＿ｄｅｌｅｔｅ", // all fullwidth
];

describe("a policy must name what it allows", () => {
  it("a denylist-only policy (no allowTools) is refused when the bot is built, and by evaluatePolicy", () => {
    const denyOnly = { maxRisk: "write", denyTools: ["kubectl_delete"] } as unknown as AutoApprovalPolicy; // as from untyped config
    expect(() => createAutoApprover({ approvals: {} as never, policy: denyOnly, botName: "bot" })).toThrow(/allowTools/);
    expect(() => evaluatePolicy(denyOnly, approval("kubectl_get"), NOON_WED)).toThrow(/allowTools/);
  });

  it("an empty allowlist, or one naming a non-string or empty tool, is refused too", () => {
    for (const allowTools of [[], [""], [42], [null], "kubectl_get", [["kubectl_get"]]]) {
      const policy = { maxRisk: "write", allowTools } as unknown as AutoApprovalPolicy;
      expect(() => createAutoApprover({ approvals: {} as never, policy, botName: "bot" }), JSON.stringify(allowTools)).toThrow(TypeError);
    }
  });

  it("other lists from untyped config must be lists of strings", () => {
    for (const bad of [{ denyTools: "kubectl_delete" }, { workspaces: [7] }, { denyTools: [{}] }]) {
      const policy = { maxRisk: "write", allowTools: ["kubectl_get"], ...bad } as unknown as AutoApprovalPolicy;
      expect(() => createAutoApprover({ approvals: {} as never, policy, botName: "bot" }), JSON.stringify(bad)).toThrow(TypeError);
    }
  });

  it("a malformed time window is refused when the bot is built, not at the first approval", () => {
    const policy: AutoApprovalPolicy = { maxRisk: "write", allowTools: ["kubectl_get"], windows: [{ from: "8am", to: "18:00" }] };
    expect(() => createAutoApprover({ approvals: {} as never, policy, botName: "bot" })).toThrow(TypeError);
  });
});

describe("the issue's lookalikes of a denied tool are never approved", () => {
  // Allow a lookalike-free neighbour so only exact matching stands between the lookalike and an approval.
  const policy: AutoApprovalPolicy = { maxRisk: "write", allowTools: ["kubectl_get", "kubectl_delete_dry_run"], denyTools: ["kubectl_delete"] };
  it.each(LOOKALIKES_OF_KUBECTL_DELETE)("%j is left for a human", (tool) => {
    const decision = evaluatePolicy(policy, approval(tool), NOON_WED);
    expect(decision.action).toBe("leave");
  });

  it("deny rules are broader than allow rules: a case, width, space or zero-width variant of a denied tool is denied", () => {
    for (const tool of LOOKALIKES_OF_KUBECTL_DELETE.filter((t) => !t.includes("\u0435"))) {
      expect(evaluatePolicy(policy, approval(tool), NOON_WED), JSON.stringify(tool)).toMatchObject({ action: "leave", rule: "deny-tool" });
    }
    expect(evaluatePolicy({ ...policy, rejectDenied: true }, approval("Kubectl_Delete"), NOON_WED)).toMatchObject({ action: "reject", rule: "deny-tool" });
  });

  it("a lookalike of an allowed tool is not the allowed tool", () => {
    for (const tool of ["kubectl_get ", "Kubectl_Get", "kubectl_g\u0435t", "kubectl_get\u200b", "\uff4bubectl_get"]) {
      expect(evaluatePolicy(policy, approval(tool), NOON_WED), JSON.stringify(tool)).toMatchObject({ action: "leave", rule: "allow-tool" });
    }
    expect(evaluatePolicy(policy, approval("kubectl_get"), NOON_WED)).toMatchObject({ action: "approve", rule: "allow" });
  });
});

describe("tool_name and tool_call.name must both be strings and agree", () => {
  it("tool_call.name kubectl_get with tool_name kubectl_delete, under the guide's policy, is left for a human", () => {
    expect(evaluatePolicy(guidePolicy, approval("kubectl_delete", "kubectl_get"), NOON_WED)).toMatchObject({ action: "leave", rule: "tool-mismatch" });
    expect(evaluatePolicy(guidePolicy, approval("kubectl_get", "kubectl_delete"), NOON_WED)).toMatchObject({ action: "leave", rule: "tool-mismatch" });
  });

  it.each([
    ["a number", 42],
    ["an object", { name: "kubectl_get" }],
    ["an array", ["kubectl_get"]],
    ["null", null],
    ["a boolean", true],
  ])("a tool name that is %s is left for a human", (_label, tool) => {
    expect(evaluatePolicy(guidePolicy, approval(tool), NOON_WED)).toMatchObject({ action: "leave", rule: "unknown-tool" });
  });

  it("a missing tool_call, or a tool_call without a name, is left for a human", () => {
    const noCall = { ...approval("kubectl_get"), tool_call: undefined } as unknown as Approval;
    expect(evaluatePolicy(guidePolicy, noCall, NOON_WED)).toMatchObject({ action: "leave", rule: "unknown-tool" });
    const nameless = { ...approval("kubectl_get"), tool_call: { arguments: {} } } as unknown as Approval;
    expect(evaluatePolicy(guidePolicy, nameless, NOON_WED)).toMatchObject({ action: "leave", rule: "unknown-tool" });
  });

  it("a workspace of the wrong type is not a covered workspace", () => {
    const odd = { ...approval("kubectl_get"), workspace_id: ["ws_kube_staging"] } as unknown as Approval;
    expect(evaluatePolicy(guidePolicy, odd, NOON_WED)).toMatchObject({ action: "leave", rule: "workspace" });
  });

  it("arguments of the wrong type are not checked against a guess when a predicate applies", () => {
    const policy: AutoApprovalPolicy = { ...guidePolicy, argumentPredicates: [{ name: "ns", test: (a) => a.namespace === undefined || a.namespace === "web" }] };
    const odd = { ...approval("kubectl_get"), tool_call: { name: "kubectl_get", arguments: ["namespace", "web"] } } as unknown as Approval;
    expect(evaluatePolicy(policy, odd, NOON_WED)).toMatchObject({ action: "leave", rule: "unknown-arguments" });
  });
});
