/**
 * Several notifier-like processes on one real PostgreSQL: leadership, SIGKILL failover and a
 * SIGSTOPped leader, with every key delivered and committed once. Each process is
 * test/fixtures/fleet-contender.ts; figures (failover times, duplicates) are printed.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFleet } from "./fleet-processes";
import { startTestPostgres, type TestPostgres } from "./postgres-server";

const CONTENDER = fileURLToPath(new URL("./fixtures/fleet-contender.ts", import.meta.url));
const LEASE_MS = 2_000;

interface Report {
  pid: number;
  at: number;
  type: "ready" | "leader" | "lost" | "stale" | "done" | "crash";
  token?: number;
  error?: string;
}

let db: TestPostgres | undefined;
let admin: pg.Pool | undefined;
let dir = "";
const fleet = createFleet<Report>();
const { children, reports } = fleet;

beforeAll(async () => {
  db = await startTestPostgres();
  admin = new pg.Pool({ connectionString: db.connectionString, max: 2 });
  admin.on("error", () => undefined);
  dir = await mkdtemp(join(tmpdir(), "xerotier-fleet-"));
}, 120_000);

afterEach(fleet.killAll);

afterAll(async () => {
  fleet.killAll();
  await admin?.end().catch(() => undefined);
  await db?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

const spawnContender = (env: Record<string, string>) => fleet.spawn(CONTENDER, env);
const until = fleet.until;

const latestLeader = (after = 0) => reports.filter((r) => r.type === "leader" && r.at >= after).at(-1);
const crashed = () => reports.find((r) => r.type === "crash");
const sinkLines = async (file: string) => (await readFile(file, "utf8")).trim().split("\n").map((line) => line.split(" ")) as Array<[string, string, string]>;

function setup(name: string, total: number) {
  const sink = join(dir, `${name}.sink`);
  const env = { CONNECTION: db!.connectionString, NAME: name, LEASE_MS: String(LEASE_MS), TOTAL: String(total), DELIVERY_MS: "10", SINK_FILE: sink };
  return { sink, env };
}

async function ledger(name: string): Promise<{ keys: number; checkpoint: string | undefined }> {
  const keys = await admin!.query("SELECT count(*)::int AS n FROM xerotier_notifier.deliveries WHERE name = $1", [name]);
  const checkpoint = await admin!.query("SELECT resume_point FROM xerotier_notifier.checkpoints WHERE name = $1", [name]);
  return { keys: (keys.rows[0] as { n: number }).n, checkpoint: (checkpoint.rows[0] as { resume_point: string } | undefined)?.resume_point };
}

describe("three processes on one database", () => {
  it("delivers every key while the leader is SIGKILLed (up to five times), each key committed once", async () => {
    const total = 300;
    const { sink, env } = setup("fleet-kill", total);
    reports.length = 0;
    for (let i = 0; i < 3; i += 1) spawnContender(env);
    const failovers: number[] = [];
    const killed = new Set<number>();
    // Kill only while two standbys are up (a process takes seconds to boot on a loaded machine).
    const standbysReady = () => new Set(reports.filter((r) => r.type === "ready" && !killed.has(r.pid)).map((r) => r.pid)).size >= 3 || undefined;
    for (let kill = 0; kill < 5 && !reports.some((r) => r.type === "done"); kill += 1) {
      await until(standbysReady, "three replicas ready", 60_000);
      const leader = await until(() => latestLeader(), "a leader");
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.floor(Math.random() * 400)));
      if (reports.some((r) => r.type === "done")) break;
      const victim = children.find((c) => c.pid === leader.pid)!;
      victim.kill("SIGKILL");
      killed.add(leader.pid);
      const killedAt = Date.now();
      spawnContender(env); // keep three replicas
      // The next leader holds a higher token (the victim may already have lost its lease while starved of CPU).
      const next = await until(() => (crashed() ? undefined : reports.find((r) => r.type === "leader" && r.token! > leader.token!)), "a new leader");
      failovers.push(Math.max(0, next.at - killedAt));
    }
    await until(() => crashed() ?? reports.find((r) => r.type === "done"), "completion", 60_000);
    expect(crashed()).toBeUndefined();
    expect(failovers.length).toBeGreaterThanOrEqual(1);
    const lines = await sinkLines(sink);
    const keys = new Set(lines.map(([key]) => key));
    expect(keys.size).toBe(total);
    const duplicates = lines.length - keys.size;
    expect(duplicates).toBeLessThanOrEqual(failovers.length); // at most the one in-flight delivery per failover
    const tokens = lines.map(([, , token]) => Number(token));
    expect(tokens).toEqual([...tokens].sort((a, b) => a - b)); // never two leaders writing at once
    expect(await ledger("fleet-kill")).toEqual({ keys: total, checkpoint: String(total) });
    console.log(`fleet-kill: ${total} keys, ${failovers.length} SIGKILL failovers in ${failovers.join(", ")} ms (lease ${LEASE_MS} ms), ${duplicates} duplicate sink writes`);
  }, 120_000);

  it("a SIGSTOPped leader commits nothing once its lease is lost, and learns it on SIGCONT", async () => {
    const total = 80;
    const { sink, env } = setup("fleet-stop", total);
    reports.length = 0;
    for (let i = 0; i < 2; i += 1) spawnContender(env);
    const paused = await until(() => latestLeader(), "a leader");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const pausedChild = children.find((c) => c.pid === paused.pid)!;
    pausedChild.kill("SIGSTOP");
    const stoppedAt = Date.now();
    const successor = await until(() => reports.find((r) => r.type === "leader" && r.token! > paused.token!), "a successor");
    await new Promise((resolve) => setTimeout(resolve, 300));
    pausedChild.kill("SIGCONT");
    const woke = await until(() => reports.find((r) => r.pid === paused.pid && (r.type === "lost" || r.type === "stale") && r.token === paused.token), "the paused leader to notice");
    expect(woke.token).toBe(paused.token);
    await until(() => crashed() ?? reports.find((r) => r.type === "done"), "completion", 60_000);
    expect(crashed()).toBeUndefined();
    const { rows } = await admin!.query(
      `SELECT (SELECT max(delivered_at) FROM xerotier_notifier.deliveries WHERE name = $1 AND fencing_token = $2) < (SELECT min(delivered_at) FROM xerotier_notifier.deliveries WHERE name = $1 AND fencing_token = $3) AS before`,
      ["fleet-stop", paused.token, successor.token],
    );
    expect((rows[0] as { before: boolean }).before).toBe(true);
    const lines = await sinkLines(sink);
    const firstOfSuccessor = lines.findIndex(([, , token]) => Number(token) === successor.token);
    const lateWrites = lines.slice(firstOfSuccessor).filter(([, , token]) => Number(token) === paused.token).length;
    // Only a write already past its lease check when SIGSTOP landed (microseconds of synchronous code) may follow.
    expect(lateWrites).toBeLessThanOrEqual(1);
    expect(new Set(lines.map(([key]) => key)).size).toBe(total);
    expect(await ledger("fleet-stop")).toEqual({ keys: total, checkpoint: String(total) });
    console.log(`fleet-stop: successor led ${successor.at - stoppedAt} ms after SIGSTOP; the paused leader noticed ${woke.at - stoppedAt} ms after SIGSTOP; ${lateWrites} late sink writes`);
  }, 120_000);
});
