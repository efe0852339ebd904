/** examples/auto-approver/policy.ts against the reference router over HTTP. */
import { DEMO } from "@xerotier/testing";
import { describe, expect, it } from "vitest";
import { createPolicyBot, examplePolicy, type PolicyBotOptions } from "../../../examples/auto-approver/policy";
import { createApprovals, memoryCoordination, type Coordination } from "../src/index";
import { evaluatePolicy, type DecisionRecord } from "../src/auto-approver";
import { useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const TUESDAY_10H = () => new Date("2026-11-24T10:00:00Z");
const SATURDAY_10H = () => new Date("2026-11-28T10:00:00Z");

async function runBot(options: Partial<PolicyBotOptions>, ids: string[]): Promise<DecisionRecord[]> {
  const records: DecisionRecord[] = [];
  const bot = createPolicyBot({ baseUrl: h.baseUrl, apiKey: "xero_demo_admin", project: DEMO.project, workspaceId: DEMO.workspaces.staging, botName: "policy-bot", dryRun: false, onDecision: (r) => records.push(r), ...options });
  const controller = new AbortController();
  const running = bot.run(controller.signal);
  for (let i = 0; i < 400 && !ids.every((id) => records.some((r) => r.approvalId === id)); i++) await new Promise((r) => setTimeout(r, 10));
  controller.abort();
  await running;
  return records;
}

describe("examples/auto-approver/policy", () => {
  it("approves a write call in working hours with a note naming the bot and the rule", async () => {
    const write = h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging });
    const records = await runBot({ now: TUESDAY_10H }, [write.id]);
    expect(records.find((r) => r.approvalId === write.id)).toMatchObject({ action: "approve", rule: "allow", outcome: "sent" });
    const decided = await createApprovals(h.client()).get(write.id);
    expect(decided.status).toBe("approved");
    expect(decided.note).toMatch(/^policy-bot: approve by rule allow/);
  });

  it("leaves the same call for a human on a Saturday, and in dry run decides nothing", async () => {
    const write = h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging });
    const weekend = await runBot({ now: SATURDAY_10H }, [write.id]);
    expect(weekend.find((r) => r.approvalId === write.id)).toMatchObject({ action: "leave", rule: "time-window", outcome: "left" });
    const dry = await runBot({ now: TUESDAY_10H, dryRun: true }, [write.id]);
    expect(dry.find((r) => r.approvalId === write.id)).toMatchObject({ action: "approve", outcome: "dry-run" });
    expect((await createApprovals(h.client()).get(write.id)).status).toBe("pending");
  });
});

describe("examples/auto-approver/policy does what its comment says", () => {
  it("approves only its three named tools, never kubectl_delete or a lookalike of an allowed name", () => {
    const policy = examplePolicy(DEMO.workspaces.staging);
    const call = (tool: string, risk = "write") =>
      evaluatePolicy(policy, { id: "a1", status: "pending", risk, workspace_id: DEMO.workspaces.staging, tool_name: tool, tool_call: { name: tool, arguments: { namespace: "web" } } } as never, TUESDAY_10H());
    for (const tool of ["kubectl_get", "kubectl_label", "kubectl_scale"]) expect(call(tool).action, tool).toBe("approve");
    expect(call("kubectl_delete")).toMatchObject({ action: "leave", rule: "deny-tool" });
    expect(call("Kubectl_Delete ")).toMatchObject({ action: "leave", rule: "deny-tool" });
    for (const tool of ["kubectl_drain", "kubectl_labe\u0301", "kubectl_g\u0435t", "Kubectl_Get"]) expect(call(tool), tool).toMatchObject({ action: "leave", rule: "allow-tool" });
    expect(call("kubectl_scale", "destructive")).toMatchObject({ action: "leave", rule: "max-risk" });
  });
});

describe("examples/auto-approver/policy on two replicas", () => {
  it("with one coordination, only the lease holder decides: each approval decided once, with the note of the replica that sent it", async () => {
    const shared = memoryCoordination({ name: "policy-bot", leaseMs: 1500 });
    const records: DecisionRecord[] = [];
    const replica = (botName: string, coordination: Coordination) =>
      createPolicyBot({ baseUrl: h.baseUrl, apiKey: "xero_demo_admin", project: DEMO.project, workspaceId: DEMO.workspaces.staging, botName, dryRun: false, coordination, now: TUESDAY_10H, onDecision: (r) => records.push(r) });
    const [a, b] = [replica("replica-a", shared), replica("replica-b", shared.contender())];
    const controller = new AbortController();
    const runs = [a.run(controller.signal), b.run(controller.signal)];
    const ids = [1, 2, 3, 4].map(() => h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging }).id);
    const approvals = createApprovals(h.client());
    for (let i = 0; i < 1500 && !(await Promise.all(ids.map((id) => approvals.get(id)))).every((x) => x.status === "approved"); i++) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await Promise.all(runs);
    for (const id of ids) {
      const sent = records.filter((r) => r.approvalId === id && r.outcome === "sent");
      expect(sent, id).toHaveLength(1);
      expect((await approvals.get(id)).note).toBe(sent[0]!.note);
    }
    expect(a.stats().approved + b.stats().approved).toBe(records.filter((r) => r.outcome === "sent").length);
    expect(a.stats().leaderships + b.stats().leaderships).toBeGreaterThanOrEqual(1);
  });
});
