/**
 * The notifier on a Coordination, in one process: ordered commits with `concurrency`, one leader
 * among replicas, the ledger skipping what a predecessor delivered, and a leader that cannot renew
 * stepping down before its lease ends. (The multi-process version on PostgreSQL is
 * notifier-fleet.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { createApprovals, createNotifier, memoryCheckpoint, memoryCoordination, type ApprovalEvent, type Coordination } from "../src/index";
import { useApprovalsRouter } from "./support";

const h = useApprovalsRouter();

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const open = (count: number) => Array.from({ length: count }, () => h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" }).id);

describe("createNotifier with concurrency", () => {
  it("runs N deliveries at once, a slow one blocks no other, and the checkpoint waits for it", async () => {
    const start = h.router.world.events.latestId();
    const checkpoint = memoryCheckpoint(start);
    const delivered: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let releaseSlow!: () => void;
    const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
    let slowId: string | undefined;
    const notifier = createNotifier({
      approvals: createApprovals(h.client()),
      checkpoint,
      concurrency: 3,
      deliver: async (event: ApprovalEvent) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        slowId ??= event.id;
        await (event.id === slowId ? slow : new Promise((r) => setTimeout(r, 2)));
        delivered.push(event.id);
        inFlight -= 1;
      },
    });
    const running = notifier.run();
    const ids = open(8);
    await until(() => delivered.length === 7, "the 7 events after the slow one");
    expect(delivered).not.toContain(slowId);
    expect(checkpoint.value).toBe(start); // the slow first event has not finished: nothing passed
    releaseSlow();
    await until(() => delivered.length === 8, "the slow event");
    await until(() => checkpoint.value === h.router.world.events.latestId(), "the checkpoint to pass every event");
    notifier.stop();
    const stats = await running;
    expect(maxInFlight).toBe(3);
    expect(stats).toMatchObject({ delivered: 8, failed: 0, duplicates: 0, leaderships: 1 });
    expect(new Set(delivered.map((id) => h.router.world.events.list().find((e) => e.id === id)?.data.id))).toEqual(new Set(ids));
  });

  it("rejects a checkpoint and a coordination given together", () => {
    expect(() => createNotifier({ approvals: createApprovals(h.client()), deliver: () => undefined, checkpoint: memoryCheckpoint(), coordination: memoryCoordination() })).toThrow(TypeError);
  });
});

describe("createNotifier on a shared coordination", () => {
  it("delivers only from the leader; a successor skips keys the ledger has and resumes after the checkpoint", async () => {
    // stop() releases the lease, so nothing here waits for an expiry; a long lease keeps a loaded machine from flapping it.
    const shared = memoryCoordination({ leaseMs: 5_000, resumePoint: h.router.world.events.latestId() });
    const byReplica: Record<string, string[]> = { a: [], b: [] };
    const replica = (name: "a" | "b", coordination: Coordination) =>
      createNotifier({ approvals: createApprovals(h.client()), coordination, deliver: (_e, { deliveryKey }) => void byReplica[name]!.push(deliveryKey) });
    const a = replica("a", shared);
    const runningA = a.run();
    await until(() => a.stats.leaderships === 1, "a to lead");
    const b = replica("b", shared.contender());
    const runningB = b.run();
    open(5);
    await until(() => byReplica.a!.length === 5, "a to deliver the first five");
    a.stop(); // releases the lease: b takes over without waiting for the expiry
    expect((await runningA).delivered).toBe(5);
    await until(() => b.stats.leaderships === 1, "b to lead");
    open(5);
    await until(() => byReplica.b!.length === 5, "b to deliver the next five");
    b.stop();
    await runningB;
    expect(new Set([...byReplica.a!, ...byReplica.b!]).size).toBe(10); // none twice
    expect(await shared.wasDelivered([...byReplica.a!, ...byReplica.b!])).toHaveProperty("size", 10);
  });

  it("a leader that cannot renew stops delivering when its lease ends, and the standby takes over", async () => {
    // Long enough that a loaded machine does not lose it before the partition; the takeover waits one lease.
    const shared = memoryCoordination({ leaseMs: 1_500, resumePoint: h.router.world.events.latestId() });
    let partitioned = false;
    // The leader's link to the coordination breaks: renewals (and acquires) fail, as with an unreachable database.
    const flaky: Coordination = Object.assign(Object.create(shared) as Coordination, {
      renew: async (...args: Parameters<Coordination["renew"]>) => {
        if (partitioned) throw new Error("coordination unreachable");
        return shared.renew(...args);
      },
      acquire: async (...args: Parameters<Coordination["acquire"]>) => (partitioned ? undefined : shared.acquire(...args)),
    });
    const log: Array<{ replica: string; at: number }> = [];
    const replica = (name: string, coordination: Coordination) =>
      createNotifier({ approvals: createApprovals(h.client()), coordination, deliver: () => void log.push({ replica: name, at: performance.now() }) });
    const leader = replica("leader", flaky);
    const runningLeader = leader.run();
    await until(() => leader.stats.leaderships === 1, "the leader to lead");
    const standby = replica("standby", shared.contender());
    const runningStandby = standby.run();
    open(3);
    await until(() => log.length === 3, "the first three");
    partitioned = true;
    const cutAt = performance.now();
    await until(() => standby.stats.leaderships === 1, "the standby to take over");
    const lostAt = performance.now();
    open(3);
    await until(() => log.filter((d) => d.replica === "standby").length === 3, "the standby to deliver");
    leader.stop();
    standby.stop();
    await Promise.all([runningLeader, runningStandby]);
    expect(log.filter((d) => d.replica === "leader")).toHaveLength(3);
    expect(log.filter((d) => d.replica === "leader" && d.at > cutAt + shared.leaseMs)).toEqual([]);
    expect(lostAt - cutAt).toBeGreaterThan(0);
  });
});

describe("createNotifier: handle() claims in the coordination's ledger", () => {
  it("two replicas on one memoryCoordination handling the same webhook deliver it once; a later copy is a duplicate", async () => {
    const shared = memoryCoordination();
    const delivered: string[] = [];
    const replica = (coordination: Coordination) =>
      createNotifier({
        approvals: createApprovals(h.client()),
        coordination,
        deliver: async (event) => {
          delivered.push(event.data.id);
          await new Promise((r) => setTimeout(r, 50));
        },
      });
    const [a, b] = [replica(shared), replica(shared.contender())];
    const id = open(1)[0]!;
    const event = h.router.world.events.list().find((e) => e.type === "exec.approval_requested" && (e.data as { id?: string }).id === id) as unknown as ApprovalEvent;
    expect((await Promise.all([a.handle(event), b.handle(event)])).sort()).toEqual([false, true]);
    expect(await b.handle(event)).toBe(false);
    expect(delivered).toEqual([id]);
    expect(await shared.wasDelivered([`${id}:exec.approval_requested`])).toEqual(new Set([`${id}:exec.approval_requested`]));
  });
});
