// Property: whatever the approval looks like (lookalike tool names around every rule, fields that
// disagree, values of any type), the policy approves it only when an allow rule matches exactly:
// an open status, a known risk within the ceiling, `tool_name` === `tool_call.name` === an entry
// of `allowTools`, a covered workspace, and no deny rule. A reject only ever comes from a deny rule.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Approval } from "../src/index";
import { evaluatePolicy, type AutoApprovalPolicy } from "../src/auto-approver";

const NAMES = ["kubectl_get", "kubectl_scale", "kubectl_delete", "kubectl_drain", "etcd_snapshot"];
const WORKSPACES = ["ws_kube_staging", "ws_kube_prod"];
const NOW = new Date("2026-11-25T12:00:00Z");

/** Ways an attacker or an odd server bends a name; each keeps it looking the same to a human. */
const BENDS: Array<(name: string) => string> = [
  (n) => n,
  (n) => `${n} `,
  (n) => ` ${n}`,
  (n) => `${n}\t`,
  (n) => n.toUpperCase(),
  (n) => n[0]!.toUpperCase() + n.slice(1),
  (n) => n.replace("e", "\u0435"), // Cyrillic е
  (n) => n.replace("o", "\u043e"), // Cyrillic о
  (n) => n.replace("c", "\u0441"), // Cyrillic с
  (n) => `${n}\u200b`, // zero-width space
  (n) => `${n.slice(0, 3)}\u200d${n.slice(3)}`, // zero-width joiner
  (n) => `\ufeff${n}`, // byte-order mark
  (n) => n.replace("_", "\u00ad_"), // soft hyphen
  (n) => String.fromCharCode(n.charCodeAt(0) + 0xfee0) + n.slice(1), // fullwidth first letter
  (n) => n.normalize("NFD"),
];

const bentName = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...BENDS)).map(([name, bend]) => bend(name));
/** A value where a string is expected: mostly names, sometimes anything else. */
const field = (strings: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 6, arbitrary: strings },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, "", 42, 0, true, [], ["kubectl_get"], { name: "kubectl_get" }) },
    { weight: 1, arbitrary: fc.anything() },
  );

const toolCall = fc.oneof(
  { weight: 8, arbitrary: fc.record({ name: field(bentName), arguments: fc.oneof(fc.constant({ namespace: "web" }), fc.constant({}), fc.anything()) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, "kubectl_get", ["kubectl_get"]) },
);

const approvalArbitrary = fc
  .record({
    status: field(fc.constantFrom("pending", "escalated", "approved", "rejected", "timed_out", "Pending", "on_hold")),
    risk: field(fc.constantFrom("read", "write", "destructive", "irreversible", "Read", "write ", "critical")),
    workspace_id: field(fc.constantFrom(...WORKSPACES, "ws_kube_staging ", "WS_KUBE_STAGING")),
    tool_name: field(bentName),
    tool_call: toolCall,
  })
  .chain((a) =>
    // Half the time the two names agree, so the deeper rules are reached as often as the early exits.
    fc.boolean().map((agree) => (agree && typeof a.tool_call === "object" && a.tool_call !== null && !Array.isArray(a.tool_call) ? { ...a, tool_call: { ...a.tool_call, name: a.tool_name } } : a)),
  )
  .map((a) => ({ id: "a1", object: "approval", ...a }) as unknown as Approval);

const policyArbitrary: fc.Arbitrary<AutoApprovalPolicy> = fc.record(
  {
    maxRisk: fc.constantFrom("read" as const, "write" as const),
    allowTools: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1 }),
    denyTools: fc.uniqueArray(fc.constantFrom(...NAMES)),
    workspaces: fc.uniqueArray(fc.constantFrom(...WORKSPACES)),
    rejectDenied: fc.boolean(),
    argumentPredicates: fc.constantFrom([], [{ name: "ns", test: (a: Readonly<Record<string, unknown>>) => a.namespace === undefined || a.namespace === "web" }]),
  },
  { requiredKeys: ["maxRisk", "allowTools"] },
);

const RANK = ["read", "write", "destructive", "irreversible"];
const fold = (s: string) => s.normalize("NFKC").replace(/[\p{Cf}\s]/gu, "").toLowerCase();

/** The invariant, written independently of the implementation. */
function allowRuleMatchesExactly(policy: AutoApprovalPolicy, a: Approval): boolean {
  const name: unknown = a.tool_name;
  const call: unknown = a.tool_call;
  const callName: unknown = typeof call === "object" && call !== null ? (call as { name?: unknown }).name : undefined;
  return (
    (a.status === "pending" || a.status === "escalated") &&
    typeof a.risk === "string" &&
    RANK.indexOf(a.risk) >= 0 &&
    RANK.indexOf(a.risk) <= RANK.indexOf(policy.maxRisk) &&
    typeof name === "string" &&
    name === callName &&
    policy.allowTools.includes(name) &&
    !(policy.denyTools ?? []).some((d) => fold(d) === fold(name)) &&
    (policy.workspaces === undefined || (typeof a.workspace_id === "string" && policy.workspaces.includes(a.workspace_id)))
  );
}

describe("evaluatePolicy properties", () => {
  it("never approves unless an allow rule matches exactly, and rejects only by a deny rule", () => {
    fc.assert(
      fc.property(policyArbitrary, approvalArbitrary, (policy, a) => {
        const decision = evaluatePolicy(policy, a, NOW);
        if (decision.action === "approve") expect(allowRuleMatchesExactly(policy, a), JSON.stringify(a)).toBe(true);
        if (decision.action === "reject") expect(decision.rule).toBe("deny-tool");
      }),
      { numRuns: 3000 },
    );
  });

  it("of an approved call, every lookalike of its tool name that is not itself allowed is left for a human", () => {
    fc.assert(
      fc.property(policyArbitrary, fc.constantFrom(...NAMES), fc.constantFrom(...BENDS.slice(1)), (policy, name, bend) => {
        const exact = { id: "a1", object: "approval", status: "pending", risk: "read", tool_name: name, tool_call: { name, arguments: {} } } as unknown as Approval;
        const open = { ...policy, workspaces: undefined, argumentPredicates: [] };
        fc.pre(evaluatePolicy(open, exact, NOW).action === "approve");
        const lookalike = bend(name);
        fc.pre(!open.allowTools.includes(lookalike));
        const bent = { ...exact, tool_name: lookalike, tool_call: { name: lookalike, arguments: {} } } as Approval;
        expect(evaluatePolicy(open, bent, NOW).action).not.toBe("approve");
        // The two fields disagreeing is never approved, whichever holds the allowed name.
        expect(evaluatePolicy(open, { ...exact, tool_call: { name: lookalike, arguments: {} } } as Approval, NOW)).toMatchObject({ action: "leave", rule: "tool-mismatch" });
        expect(evaluatePolicy(open, { ...exact, tool_name: lookalike } as Approval, NOW)).toMatchObject({ action: "leave", rule: "tool-mismatch" });
      }),
      { numRuns: 1000 },
    );
  });
});
