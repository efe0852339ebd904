/**
 * The auto-approver on several replicas sharing the notifier's coordination: only the lease
 * holder decides, a killed leader is replaced once its lease runs out, and every approval is
 * decided exactly once. (The same on a real PostgreSQL: auto-approver-postgres.test.ts.)
 */
import { DEMO } from "@xerotier/testing";
import { describe, expect, it } from "vitest";
import { createApprovals, memoryCoordination, type Approvals, type Coordination } from "../src/index";
import { createAutoApprover, type AutoApprovalPolicy, type DecisionRecord } from "../src/auto-approver";
import { useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const policy: AutoApprovalPolicy = { maxRisk: "write", workspaces: [DEMO.workspaces.staging] };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(10);
  }
}

const open = (count: number) => Array.from({ length: count }, () => h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging }).id);

/** A replica that can be "killed": after `kill()` it sends nothing and never releases its lease, like a crashed process. */
function killableReplica(name: string, coordination: Coordination, records: DecisionRecord[]) {
  let dead = false;
  const approvals = createApprovals(h.client());
  const slowApprove: Approvals["approve"] = async (id, options) => {
    await wait(20); // decisions take a while, so the kill lands mid-run
    if (dead) throw new Error(`${name} is dead`);
    return approvals.approve(id, options);
  };
  const dying: Coordination = Object.assign(Object.create(coordination) as Coordination, {
    release: async (...args: Parameters<Coordination["release"]>) => (dead ? undefined : coordination.release(...args)),
  });
  const controller = new AbortController();
  const bot = createAutoApprover({ approvals: { ...approvals, approve: slowApprove }, coordination: dying, policy, botName: name, onDecision: (r) => records.push(r) });
  const running = bot.run(controller.signal);
  return {
    bot,
    running,
    kill() {
      dead = true;
      controller.abort();
    },
    stop: () => controller.abort(),
  };
}

async function expectEachDecidedOnce(approvals: Approvals, ids: string[], records: DecisionRecord[]): Promise<void> {
  for (const id of ids) {
    const sent = records.filter((r) => r.approvalId === id && r.outcome === "sent");
    expect(sent, id).toHaveLength(1);
    const after = await approvals.get(id);
    expect(after.status).toBe("approved");
    expect(after.note).toBe(sent[0]!.note); // the one that went out is the one that counted
  }
}

describe("createAutoApprover({ coordination }) on two replicas", () => {
  it("only the lease holder decides; the standby sends nothing and evaluates nothing", async () => {
    const shared = memoryCoordination({ name: "auto-approver", leaseMs: 1500 });
    const records: DecisionRecord[] = [];
    const a = killableReplica("replica-a", shared, records);
    await until(() => a.bot.stats().leaderships === 1, "replica-a to lead");
    const b = killableReplica("replica-b", shared.contender(), records);
    const ids = open(6);
    const approvals = createApprovals(h.client());
    await until(async () => (await Promise.all(ids.map((id) => approvals.get(id)))).every((x) => x.status === "approved"), "every approval decided");
    a.stop();
    b.stop();
    await Promise.all([a.running, b.running]);
    await expectEachDecidedOnce(approvals, ids, records);
    expect(records.filter((r) => ids.includes(r.approvalId)).every((r) => r.note.startsWith("replica-a:"))).toBe(true);
    expect(b.bot.stats()).toMatchObject({ evaluated: 0, approved: 0, leaderships: 0 });
  });

  it("when the leader is killed mid-run, the standby takes over after the lease and each approval is still decided exactly once", async () => {
    const shared = memoryCoordination({ name: "auto-approver", leaseMs: 1500 });
    const records: DecisionRecord[] = [];
    const a = killableReplica("replica-a", shared, records);
    await until(() => a.bot.stats().leaderships === 1, "replica-a to lead");
    const b = killableReplica("replica-b", shared.contender(), records);
    const ids = open(12);
    await until(() => a.bot.stats().approved >= 4, "replica-a to decide some");
    const sentBeforeKill = a.bot.stats().approved;
    a.kill();
    await a.running;
    const later = open(3); // arrive while nobody leads
    const approvals = createApprovals(h.client());
    const all = [...ids, ...later];
    await until(async () => (await Promise.all(all.map((id) => approvals.get(id)))).every((x) => x.status === "approved"), "every approval decided");
    b.stop();
    await b.running;

    await expectEachDecidedOnce(approvals, all, records);
    expect(a.bot.stats().approved).toBeLessThan(12);
    expect(b.bot.stats().leaderships).toBeGreaterThanOrEqual(1);
    expect(b.bot.stats()).toMatchObject({ approved: all.length - a.bot.stats().approved, failed: 0 });
    // A dead leader sends nothing more: whatever it had in flight failed and was redone by the successor.
    expect(a.bot.stats().approved).toBe(sentBeforeKill);
    expect(a.bot.stats().failed).toBeLessThanOrEqual(1);
  });

  it("consider() outside a lease sends nothing (not-leader), and coordination with leader is refused", async () => {
    const approvals = createApprovals(h.client());
    const bot = createAutoApprover({ approvals, coordination: memoryCoordination(), policy, botName: "idle" });
    const [id] = open(1);
    expect(await bot.consider(await approvals.get(id!))).toMatchObject({ action: "approve", outcome: "not-leader" });
    expect((await approvals.get(id!)).status).toBe("pending");
    expect(() => createAutoApprover({ approvals, coordination: memoryCoordination(), leader: { isLeader: () => true }, policy, botName: "x" })).toThrow(TypeError);
  });
});
