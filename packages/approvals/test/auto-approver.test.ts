import { DEMO } from "@xerotier/testing";
import { describe, expect, it } from "vitest";
import { createApprovals, type Risk } from "../src/index";
import { createAutoApprover, type AutoApprovalPolicy, type DecisionRecord } from "../src/auto-approver";
import { useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const policy: AutoApprovalPolicy = { maxRisk: "write", allowTools: [DEMO.tools.read, DEMO.tools.write], workspaces: [DEMO.workspaces.staging] };

/** Runs a bot until it has recorded `count` decisions for the given ids, then stops it. */
async function runUntil(bot: ReturnType<typeof createAutoApprover>, ids: string[], records: DecisionRecord[]): Promise<void> {
  const controller = new AbortController();
  const running = bot.run(controller.signal);
  for (let i = 0; i < 400 && !ids.every((id) => records.some((r) => r.approvalId === id)); i++) await new Promise((r) => setTimeout(r, 10));
  controller.abort();
  await running;
}

describe("createAutoApprover against the reference router", () => {
  it("approves what the policy allows with a note naming the bot and the rule, and leaves the rest", async () => {
    const approvals = createApprovals(h.client());
    const records: DecisionRecord[] = [];
    const bot = createAutoApprover({ approvals, policy, botName: "staging-bot", onDecision: (r) => records.push(r) });
    const write = h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging });
    const destructive = h.injectApproval({ risk: "destructive", workspaceId: DEMO.workspaces.staging });
    await runUntil(bot, [write.id, destructive.id, DEMO.approvals.pendingDestructive], records);

    const decided = await approvals.get(write.id);
    expect(decided.status).toBe("approved");
    expect(decided.note).toContain("staging-bot");
    expect(decided.note).toContain("rule allow");
    expect((await approvals.get(destructive.id)).status).toBe("pending");
    expect(records.find((r) => r.approvalId === destructive.id)).toMatchObject({ action: "leave", rule: "allow-tool", outcome: "left" });
    expect(records.find((r) => r.approvalId === DEMO.approvals.pendingDestructive)).toMatchObject({ rule: "workspace", outcome: "left" });
    expect(bot.stats()).toMatchObject({ approved: 1, rejected: 0, failed: 0 });
  });

  it("leaves an approval of unknown risk for humans and counts it", async () => {
    const approvals = createApprovals(h.client());
    const bot = createAutoApprover({ approvals, policy: { maxRisk: "write", allowTools: [DEMO.tools.write] }, botName: "bot" });
    const odd = h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging });
    // As a newer router might send it: a risk this SDK does not know.
    const record = await bot.consider({ ...odd, risk: "catastrophic" as Risk });
    expect(record).toMatchObject({ action: "leave", rule: "unknown-risk", outcome: "left" });
    expect((await approvals.get(odd.id)).status).toBe("pending");
    expect(bot.stats()).toMatchObject({ evaluated: 1, left: 1, unknown: 1, approved: 0 });
  });

  it("in dry run reports what it would do and changes nothing", async () => {
    const approvals = createApprovals(h.client());
    const records: DecisionRecord[] = [];
    const bot = createAutoApprover({ approvals, policy, botName: "dry", dryRun: true, onDecision: (r) => records.push(r) });
    const write = h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging });
    await runUntil(bot, [write.id], records);
    expect(records.find((r) => r.approvalId === write.id)).toMatchObject({ action: "approve", rule: "allow", outcome: "dry-run" });
    const after = await approvals.get(write.id);
    expect(after).toMatchObject({ status: "pending", decided_by: null, note: null });
    expect(bot.stats()).toMatchObject({ dryRun: records.filter((r) => r.outcome === "dry-run").length, approved: 0, rejected: 0 });
  });

  it("rejects a denied tool when the policy says so", async () => {
    const approvals = createApprovals(h.client());
    const bot = createAutoApprover({ approvals, policy: { ...policy, denyTools: [DEMO.tools.write], rejectDenied: true }, botName: "deny-bot" });
    const write = h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging });
    expect(await bot.consider(write)).toMatchObject({ action: "reject", rule: "deny-tool", outcome: "sent" });
    const after = await approvals.get(write.id);
    expect(after.status).toBe("rejected");
    expect(after.note).toContain("deny-bot");
  });

  it("on two replicas behind a leader gate, each approval is decided once, by the leader", async () => {
    const approvals = createApprovals(h.client());
    const records: DecisionRecord[] = [];
    const replica = (name: string, leads: boolean) =>
      createAutoApprover({ approvals, policy, botName: name, leader: { isLeader: () => leads }, onDecision: (r) => records.push(r) });
    const [a, b] = [replica("replica-a", true), replica("replica-b", false)];
    const ids = [1, 2, 3].map(() => h.injectApproval({ risk: "read", workspaceId: DEMO.workspaces.staging }).id);
    const controller = new AbortController();
    const runs = [a.run(controller.signal), b.run(controller.signal)];
    for (let i = 0; i < 400 && records.filter((r) => ids.includes(r.approvalId)).length < 6; i++) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await Promise.all(runs);
    for (const id of ids) {
      const sent = records.filter((r) => r.approvalId === id && r.outcome === "sent");
      expect(sent).toHaveLength(1);
      expect(sent[0]!.note).toMatch(/^replica-a:/);
      expect((await approvals.get(id)).note).toMatch(/^replica-a:/);
    }
    const fromB = records.filter((r) => ids.includes(r.approvalId) && r.note.startsWith("replica-b:"));
    expect(fromB.map((r) => r.outcome)).toEqual(["not-leader", "not-leader", "not-leader"]);
    expect(b.stats().approved).toBe(0);
  });

  it("a decision already made by someone else is reported, not retried", async () => {
    const approvals = createApprovals(h.client());
    const bot = createAutoApprover({ approvals, policy, botName: "late-bot" });
    const write = h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging });
    await approvals.reject(write.id, { note: "human said no" });
    expect(await bot.consider(write)).toMatchObject({ action: "approve", outcome: "already-resolved" });
    expect(bot.stats()).toMatchObject({ raced: 1, approved: 0 });
    expect((await approvals.get(write.id)).note).toBe("human said no");
  });

  it("the same decision made first by someone else is recorded as already-resolved, not as sent", async () => {
    const approvals = createApprovals(h.client());
    const bot = createAutoApprover({ approvals, policy, botName: "second-bot" });
    const write = h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging });
    await approvals.approve(write.id, { note: "approved by a human first" });
    expect(await bot.consider(write)).toMatchObject({ action: "approve", outcome: "already-resolved" });
    expect(bot.stats()).toMatchObject({ raced: 1, approved: 0 });
    expect((await approvals.get(write.id)).note).toBe("approved by a human first");
  });
});
