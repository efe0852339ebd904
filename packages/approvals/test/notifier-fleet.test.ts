/**
 * Three `createNotifier` processes on one real PostgreSQL (`postgresCoordination`), watching the
 * reference router: 200 approvals opened while the leader is SIGKILLed 10 times, and a leader
 * SIGSTOPped past its lease. Each process is test/fixtures/notifier-fleet-child.ts; figures
 * (failover times, duplicate sink writes) are printed.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO, startRouter, type RunningRouter } from "@xerotier/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { postgresCoordination } from "../src/postgres/index";
import { createFleet } from "./fleet-processes";
import { startTestPostgres, type TestPostgres } from "./postgres-server";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const CHILD = fileURLToPath(new URL("./fixtures/notifier-fleet-child.ts", import.meta.url));
const LEASE_MS = 2_000;

interface Report {
  pid: number;
  at: number;
  type: "ready" | "leader" | "stopped" | "crash";
  error?: string;
}

let db: TestPostgres | undefined;
let server: RunningRouter | undefined;
let dir = "";
const fleet = createFleet<Report>();
const { children, reports } = fleet;

beforeAll(async () => {
  [db, server] = await Promise.all([startTestPostgres(), startRouter({ port: 0, host: "127.0.0.1", rateLimit: false })]);
  dir = await mkdtemp(join(tmpdir(), "xerotier-notifier-fleet-"));
}, 120_000);

const killAll = fleet.killAll;
afterEach(killAll);
afterAll(async () => {
  killAll();
  await server?.close();
  await db?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

const spawnReplica = (env: Record<string, string>) => fleet.spawn(CHILD, env, ROOT);
const until = fleet.until;

const crashed = () => reports.find((r) => r.type === "crash");
const leaderAfter = (after: number, except?: number) => reports.find((r) => r.type === "leader" && r.at >= after && r.pid !== except);
const readSink = async (file: string) =>
  (await readFile(file, "utf8").catch(() => "")).trim().split("\n").filter(Boolean).map((line) => {
    const [key, pid, at] = line.split(" ");
    return { key: key!, pid: Number(pid), at: Number(at) };
  });
const openApproval = () => server!.router.scenario.requestApproval({ risk: "destructive", workspaceId: DEMO.workspaces.prod, arguments: { resource: "pods" } }).id;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// "Deployed at this point": without a shared resume point a leader watches from "now", and so
// would the successor of a leader killed before its first commit.
async function seedResumePoint(name: string): Promise<void> {
  const coordination = postgresCoordination({ connectionString: db!.connectionString, name, leaseMs: LEASE_MS });
  const lease = (await coordination.acquire())!;
  await coordination.commit({ deliveryKeys: [], resumePoint: server!.router.world.events.latestId()!, fencingToken: lease.fencingToken });
  await coordination.release(lease);
  await coordination.close();
}

async function setup(name: string) {
  const sink = join(dir, `${name}.sink`);
  await seedResumePoint(name);
  return { sink, env: { BASE_URL: server!.url, CONNECTION: db!.connectionString, NAME: name, LEASE_MS: String(LEASE_MS), SINK_FILE: sink } };
}

describe("three notifier processes on one database", () => {
  it("delivers all 200 approvals while the leader is SIGKILLed 10 times, repeating only interrupted deliveries", async () => {
    const { sink, env } = await setup("notifier-kill");
    reports.length = 0;
    for (let i = 0; i < 3; i += 1) spawnReplica(env);
    const killed = new Set<number>();
    const live = () => new Set(reports.filter((r) => r.type === "ready" && !killed.has(r.pid)).map((r) => r.pid));
    let leader = await until(() => leaderAfter(0), "a first leader", 60_000);
    await sleep(500); // the leader's watch is open: approvals from now on are after its resume point
    const ids: string[] = [];
    const failovers: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      await until(() => (crashed() ? undefined : live().size >= 3 || undefined), "three replicas up", 60_000);
      const killAfter = Math.floor(Math.random() * 20);
      let killedAt = 0;
      for (let i = 0; i < 20; i += 1) {
        ids.push(openApproval());
        if (i === killAfter) {
          children.find((c) => c.pid === leader.pid)!.kill("SIGKILL");
          killedAt = Date.now();
        }
        await sleep(Math.floor(Math.random() * 10));
      }
      killed.add(leader.pid);
      spawnReplica(env); // keep three replicas
      leader = await until(() => (crashed() ? undefined : leaderAfter(killedAt, leader.pid)), "a new leader");
      failovers.push(Math.max(0, leader.at - killedAt));
    }
    const expected = new Set(ids.map((id) => `${id}:exec.approval_requested`));
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && !crashed(); await sleep(50)) {
      const seen = new Set((await readSink(sink)).map((line) => line.key));
      if ([...expected].every((key) => seen.has(key))) break;
    }
    expect(crashed()).toBeUndefined();
    const lines = (await readSink(sink)).filter((line) => expected.has(line.key));
    const keys = new Set(lines.map((line) => line.key));
    expect(keys).toEqual(expected); // every approval delivered
    const duplicates = lines.length - keys.size;
    expect(duplicates).toBeLessThanOrEqual(killed.size); // at most the one in-flight delivery per kill; an idempotent sink absorbs it
    console.log(`notifier-kill: ${ids.length} approvals, ${keys.size} delivered, ${killed.size} SIGKILL failovers in ${failovers.join(", ")} ms (lease ${LEASE_MS} ms), ${duplicates} duplicate sink writes`);
  }, 300_000);

  it("a SIGSTOPped leader delivers nothing after its lease is lost, even once it runs again", async () => {
    const { sink, env } = await setup("notifier-stop");
    reports.length = 0;
    for (let i = 0; i < 2; i += 1) spawnReplica(env);
    const paused = await until(() => leaderAfter(0), "a leader", 60_000);
    await until(() => (reports.filter((r) => r.type === "ready").length >= 2 || undefined), "the standby up", 60_000);
    await sleep(500);
    const ids: string[] = [];
    let opening = true;
    // Approvals keep arriving before, during and after the pause.
    const opener = (async () => {
      for (let i = 0; opening && i < 400; i += 1) {
        ids.push(openApproval());
        await sleep(20);
      }
    })();
    await sleep(300);
    const pausedChild = children.find((c) => c.pid === paused.pid)!;
    pausedChild.kill("SIGSTOP");
    const stoppedAt = Date.now();
    const successor = await until(() => leaderAfter(stoppedAt, paused.pid), "a successor");
    await sleep(300);
    pausedChild.kill("SIGCONT");
    await sleep(1_000);
    opening = false;
    await opener;
    const expected = new Set(ids.map((id) => `${id}:exec.approval_requested`));
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && !crashed(); await sleep(50)) {
      const seen = new Set((await readSink(sink)).map((line) => line.key));
      if ([...expected].every((key) => seen.has(key))) break;
    }
    expect(crashed()).toBeUndefined();
    const lines = (await readSink(sink)).filter((line) => expected.has(line.key));
    expect(new Set(lines.map((line) => line.key))).toEqual(expected);
    const late = lines.filter((line) => line.pid === paused.pid && line.at >= successor.at);
    expect(late).toEqual([]); // the successor only leads once the paused lease expired: nothing after it
    expect(lines.filter((line) => line.pid === paused.pid).length).toBeGreaterThan(0);
    console.log(`notifier-stop: ${ids.length} approvals; successor led ${successor.at - stoppedAt} ms after SIGSTOP (lease ${LEASE_MS} ms); ${late.length} deliveries by the paused leader after that`);
  }, 180_000);
});
