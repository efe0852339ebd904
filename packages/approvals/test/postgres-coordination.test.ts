import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StaleLeaseError } from "../src/index";
import { isTransientDatabaseError, postgresCoordination, type PgPoolLike, type PostgresCoordination, type PostgresCoordinationOptions } from "../src/postgres/index";
import { claimContract } from "./claim-contract";
import { startTestPostgres, type TestPostgres } from "./postgres-server";

let db: TestPostgres | undefined;
const opened: PostgresCoordination[] = [];
let admin: pg.Pool | undefined;

beforeAll(async () => {
  db = await startTestPostgres();
  admin = new pg.Pool({ connectionString: db.connectionString, max: 2 });
  admin.on("error", () => undefined);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(opened.map((c) => c.close()));
  await admin?.end().catch(() => undefined);
  await db?.stop();
}, 60_000);

let counter = 0;
/** A coordination on the test database; each test gets its own name so tests do not share state. */
function coordination(options: Partial<PostgresCoordinationOptions> & { name?: string } = {}): PostgresCoordination {
  const created = postgresCoordination({ connectionString: db!.connectionString, name: `test-${counter}`, ...options });
  opened.push(created);
  return created;
}
const freshName = () => `test-${(counter += 1)}`;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("postgresCoordination schema", () => {
  it("creates its namespaced tables on first use, and migrate() is safe to run concurrently", async () => {
    const name = freshName();
    const replicas = [coordination({ name, schema: "fleet_a" }), coordination({ name, schema: "fleet_a" }), coordination({ name, schema: "fleet_a" })];
    await Promise.all(replicas.map((r) => r.migrate()));
    const { rows } = await admin!.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'fleet_a' ORDER BY table_name");
    expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual(["checkpoints", "deliveries", "leases"]);
    expect(await replicas[0]!.load()).toBeUndefined();
  });

  it("rejects a schema name that is not a plain identifier, and needs exactly one of connectionString or pool", () => {
    expect(() => postgresCoordination({ connectionString: "postgres://x", name: "n", schema: 'bad"; drop' })).toThrow(RangeError);
    expect(() => postgresCoordination({ name: "n" } as PostgresCoordinationOptions)).toThrow(TypeError);
    expect(() => postgresCoordination({ connectionString: "postgres://x", pool: admin!, name: "n" })).toThrow(TypeError);
  });

  it("works on a pool the caller owns (a pg.Pool)", async () => {
    const name = freshName();
    const shared = postgresCoordination({ pool: admin!, name });
    const lease = await shared.acquire();
    await shared.commit({ deliveryKeys: ["apr_1:exec.approval_requested"], resumePoint: "evt_1", fencingToken: lease!.fencingToken });
    expect(await shared.load()).toBe("evt_1");
    await shared.close(); // leaves the caller's pool open
    expect((await admin!.query("SELECT 1 AS one")).rows[0]).toEqual({ one: 1 });
  });
});

describe("postgresCoordination lease", () => {
  it("grants one leader among three contenders", async () => {
    const name = freshName();
    const contenders = [coordination({ name }), coordination({ name }), coordination({ name })];
    const leases = await Promise.all(contenders.map((c) => c.acquire()));
    expect(leases.filter((lease) => lease !== undefined)).toHaveLength(1);
    const leader = leases.findIndex((lease) => lease !== undefined);
    expect(await contenders[leader]!.renew(leases[leader]!)).toMatchObject({ fencingToken: leases[leader]!.fencingToken });
    expect(await contenders[(leader + 1) % 3]!.acquire()).toBeUndefined();
  });

  it("fails over once the leader stops renewing for leaseMs, with a higher fencing token", async () => {
    const name = freshName();
    const [leader, follower] = [coordination({ name, leaseMs: 400 }), coordination({ name, leaseMs: 400 })];
    const first = await leader.acquire();
    expect(await follower.acquire()).toBeUndefined();
    await wait(450); // the leader is silent for longer than its lease
    const second = await follower.acquire();
    expect(second?.fencingToken).toBe(first!.fencingToken + 1);
    expect(await leader.renew(first!)).toBeUndefined();
  });

  it("hands over at once when the leader releases", async () => {
    const name = freshName();
    const [leader, follower] = [coordination({ name }), coordination({ name })];
    const first = await leader.acquire();
    await leader.release(first!);
    expect((await follower.acquire())?.fencingToken).toBe(first!.fencingToken + 1);
  });
});

describe("postgresCoordination commit", () => {
  it("refuses a commit from a holder whose lease expired (even before anyone took over) and writes nothing", async () => {
    const name = freshName();
    const [paused, successor] = [coordination({ name, leaseMs: 300 }), coordination({ name, leaseMs: 300 })];
    const old = await paused.acquire();
    await paused.commit({ deliveryKeys: ["apr_1:exec.approval_requested"], resumePoint: "evt_1", fencingToken: old!.fencingToken });
    await wait(350);
    const late = paused.commit({ deliveryKeys: ["apr_2:exec.approval_requested"], resumePoint: "evt_2", fencingToken: old!.fencingToken });
    await expect(late).rejects.toBeInstanceOf(StaleLeaseError);
    const next = await successor.acquire();
    await expect(paused.commit({ deliveryKeys: ["apr_3:exec.approved"], fencingToken: old!.fencingToken })).rejects.toBeInstanceOf(StaleLeaseError);
    expect(await successor.load()).toBe("evt_1");
    const keys = ["apr_1:exec.approval_requested", "apr_2:exec.approval_requested", "apr_3:exec.approved"];
    expect([...(await successor.wasDelivered(keys))]).toEqual(["apr_1:exec.approval_requested"]);
    await successor.commit({ deliveryKeys: ["apr_2:exec.approval_requested"], resumePoint: "evt_2", fencingToken: next!.fencingToken });
    expect(await paused.load()).toBe("evt_2");
  });

  it("writes ledger and checkpoint together: a failing checkpoint write leaves no ledger entry", async () => {
    const name = freshName();
    const c = coordination({ name });
    const lease = await c.acquire();
    await c.commit({ deliveryKeys: ["apr_1:exec.approval_requested"], resumePoint: "evt_1", fencingToken: lease!.fencingToken });
    // PostgreSQL refuses a NUL character in text: the checkpoint upsert fails after the ledger insert ran.
    const broken = c.commit({ deliveryKeys: ["apr_2:exec.approval_requested"], resumePoint: "evt_\u0000", fencingToken: lease!.fencingToken });
    await expect(broken).rejects.toMatchObject({ code: "22021" });
    expect(await c.load()).toBe("evt_1");
    expect((await c.wasDelivered(["apr_2:exec.approval_requested"])).size).toBe(0);
  });

  it("records keys without moving the resume point, and keys of other names stay apart", async () => {
    const name = freshName();
    const c = coordination({ name });
    const other = coordination({ name: freshName() });
    const lease = await c.acquire();
    await c.commit({ deliveryKeys: ["apr_5:exec.approved", "apr_5:exec.approved"], fencingToken: lease!.fencingToken });
    expect(await c.load()).toBeUndefined();
    expect((await c.wasDelivered(["apr_5:exec.approved"])).has("apr_5:exec.approved")).toBe(true);
    expect((await other.wasDelivered(["apr_5:exec.approved"])).size).toBe(0);
  });
});

describe("postgresCoordination claims", () => {
  claimContract(async () => {
    const name = freshName();
    return { a: coordination({ name, leaseMs: 300 }), b: coordination({ name, leaseMs: 300 }) };
  });
});

/** A pool whose transactions freeze (never send, never resolve) at the first statement matching `freezeOn`, like a SIGSTOPped process. */
function freezingPool(real: pg.Pool, freezeOn: RegExp): PgPoolLike {
  return {
    query: (text, values) => real.query(text, values),
    async connect() {
      const client = await real.connect();
      client.on("error", () => undefined); // the server ends the frozen session; that is the point
      return {
        query: (text: string, values?: unknown[]) => (freezeOn.test(text) ? new Promise<never>(() => undefined) : client.query(text, values)),
        release: (error?: Error | boolean) => client.release(error),
      };
    },
    end: () => real.end(),
  };
}

describe("postgresCoordination with a holder frozen mid-commit", () => {
  it("does not let the frozen transaction's row lock block the successor beyond the lease", async () => {
    const name = freshName();
    const real = new pg.Pool({ connectionString: db!.connectionString, max: 2 });
    real.on("error", () => undefined);
    try {
      const frozen = postgresCoordination({ pool: freezingPool(real, /INSERT INTO .*deliveries/), name, leaseMs: 600 });
      const successor = coordination({ name, leaseMs: 600 });
      const lease = await frozen.acquire();
      void frozen.commit({ deliveryKeys: ["apr_1:exec.approval_requested"], resumePoint: "evt_1", fencingToken: lease!.fencingToken }).catch(() => undefined);
      await wait(650); // the lease ran out while the commit holds the lease row locked
      const next = await successor.acquire(); // waits for the lock until the server ends the idle transaction
      expect(next?.fencingToken).toBe(lease!.fencingToken + 1);
      expect(await successor.load()).toBeUndefined();
      expect((await successor.wasDelivered(["apr_1:exec.approval_requested"])).size).toBe(0);
    } finally {
      void real.end().catch(() => undefined); // never awaited: the frozen client is never released
    }
  }, 30_000);
});

describe("postgresCoordination across a database restart", () => {
  it("waits while the database is down and resumes when it is back, nothing lost", async () => {
    const name = freshName();
    const c = coordination({ name, leaseMs: 60_000 });
    const lease = await c.acquire();
    await c.commit({ deliveryKeys: ["apr_1:exec.approval_requested"], resumePoint: "evt_1", fencingToken: lease!.fencingToken });
    await db!.pause();
    let settled = false;
    const during = c
      .commit({ deliveryKeys: ["apr_2:exec.approval_requested"], resumePoint: "evt_2", fencingToken: lease!.fencingToken })
      .finally(() => (settled = true));
    await wait(500);
    expect(settled).toBe(false); // still waiting for the database, not failed
    await db!.resume();
    await during;
    expect(await c.load()).toBe("evt_2");
    expect([...(await c.wasDelivered(["apr_1:exec.approval_requested", "apr_2:exec.approval_requested"]))].sort()).toEqual([
      "apr_1:exec.approval_requested",
      "apr_2:exec.approval_requested",
    ]);
    expect(await c.renew(lease!)).toMatchObject({ fencingToken: lease!.fencingToken });
  }, 60_000);

  it("gives up after unavailableTimeoutMs with the connection error", async () => {
    const c = coordination({ name: freshName(), unavailableTimeoutMs: 300, connectTimeoutMs: 200 });
    await c.migrate();
    await db!.pause();
    try {
      await expect(c.load()).rejects.toSatisfy(isTransientDatabaseError);
    } finally {
      await db!.resume();
    }
    expect(await c.load()).toBeUndefined();
  }, 60_000);
});
