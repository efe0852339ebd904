/**
 * The auto-approver on several replicas sharing the notifier's coordination: only the lease
 * holder decides, a killed leader is replaced once its lease runs out, and every approval is
 * decided exactly once. (The same on a real PostgreSQL: auto-approver-postgres.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { createApprovals, memoryCoordination } from "../src/index";
import { createAutoApprover, type DecisionRecord } from "../src/auto-approver";
import { expectEachDecidedOnce, killableReplica, openWrites, policy, until } from "./auto-approver-replicas";
import { useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const open = (count: number) => openWrites(h, count);
describe("createAutoApprover({ coordination }) on two replicas", () => {
  it("only the lease holder decides; the standby sends nothing and evaluates nothing", async () => {
    const shared = memoryCoordination({ name: "auto-approver", leaseMs: 1500 });
    const records: DecisionRecord[] = [];
    const a = killableReplica(h, "replica-a", shared, records);
    await until(() => a.bot.stats().leaderships === 1, "replica-a to lead");
    const b = killableReplica(h, "replica-b", shared.contender(), records);
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
    const a = killableReplica(h, "replica-a", shared, records);
    await until(() => a.bot.stats().leaderships === 1, "replica-a to lead");
    const b = killableReplica(h, "replica-b", shared.contender(), records);
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
