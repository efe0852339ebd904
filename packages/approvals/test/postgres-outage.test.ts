/**
 * A PostgreSQL outage longer than `unavailableTimeoutMs` is waited out: the notifier goes to
 * standby (reported through `onCoordinationError` and `health()`), `run()` does not end, and once
 * the database is back the approvals created during the outage are delivered, once. The
 * coordination runs on a user-created `pg.Pool` WITHOUT an "error" listener: the coordination
 * attaches its own, so the database's restart (which ends the pool's idle connections) does not
 * crash the process.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApprovals, createNotifier, deliveryKey } from "../src/index";
import { postgresCoordination } from "../src/postgres/index";
import { startTestPostgres, type TestPostgres } from "./postgres-server";
import { until, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const workspaceId = "ws_kube_prod";
let db: TestPostgres | undefined;
let pool: pg.Pool | undefined;

beforeAll(async () => void (db = await startTestPostgres()), 120_000);
afterAll(async () => {
  // The coordination (closed by the test) listened for the pool's errors; now the test does.
  // pool.end() resolves before its connections have closed, and stopping the database next may
  // still end one: a pool without a listener throws that as an uncaught error.
  pool?.on("error", () => undefined);
  await pool?.end().catch(() => undefined);
  await db?.stop();
}, 60_000);


describe("a notifier on PostgreSQL through a database outage", () => {
  it("stopped for longer than unavailableTimeoutMs and started again: standby meanwhile, then every approval of the outage delivered once", async () => {
    pool = new pg.Pool({ connectionString: db!.connectionString, max: 3 }); // no "error" listener, as users write it
    const coordination = postgresCoordination({ pool, name: "outage", leaseMs: 1_000, unavailableTimeoutMs: 300, schema: "outage_test" });
    const errors: unknown[] = [];
    const delivered: string[] = [];
    const notifier = createNotifier({
      approvals: createApprovals(h.client()),
      coordination,
      filter: { workspaceId },
      onCoordinationError: (error) => errors.push(error),
      deliver: (event) => void delivered.push(deliveryKey(event)),
    });
    let ended = false;
    const running = notifier.run().finally(() => (ended = true));
    const before = h.injectApproval({ risk: "destructive", workspaceId }).id;
    await until(() => delivered.includes(`${before}:exec.approval_requested`), "the first delivery", 30_000);
    await until(() => notifier.health().lastCommitAt !== undefined, "a commit", 30_000);

    await db!.pause();
    const during = [h.injectApproval({ risk: "destructive", workspaceId }).id, h.injectApproval({ risk: "destructive", workspaceId }).id];
    // Each failure is reported after the coordination's own patience (300 ms): two mean the outage outlasted it.
    await until(() => errors.length >= 2 && notifier.health().role === "standby", "standby after failures past the timeout", 30_000);
    expect(notifier.health()).toMatchObject({ healthy: false, lastError: { message: expect.any(String) } });
    expect(ended).toBe(false);

    await db!.resume();
    await until(() => during.every((id) => delivered.includes(`${id}:exec.approval_requested`)), "the outage's approvals", 30_000);
    await until(() => notifier.health().healthy && notifier.health().role === "leader", "leading again, healthy", 30_000);
    expect(ended).toBe(false);
    notifier.stop();
    await running;
    await coordination.close();
    for (const id of [before, ...during]) expect(delivered.filter((key) => key === `${id}:exec.approval_requested`)).toHaveLength(1);
    expect((await pool.query("SELECT 1 AS one")).rows[0]).toEqual({ one: 1 }); // the user's pool survived and works
  }, 90_000);
});
