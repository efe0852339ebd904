/**
 * examples/approval-notifier as two replicas on one real PostgreSQL: the leader posts, a stopped
 * leader hands over to the standby, which resumes from the shared checkpoint (nothing lost or repeated).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runApprovalNotifier } from "../../../examples/approval-notifier/main";
import { postgresCoordination } from "../src/postgres/index";
import { startTestPostgres, type TestPostgres } from "./postgres-server";
import { requestApproval, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
let db: TestPostgres | undefined;
let server: Server | undefined;
const bodies: string[] = [];

beforeAll(async () => {
  db = await startTestPostgres();
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      bodies.push(raw);
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db?.stop();
}, 60_000);

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("examples/approval-notifier on PostgreSQL", () => {
  it("runs as replicas: one posts, and a standby takes over from the shared checkpoint", async () => {
    const options = {
      baseUrl: h.baseUrl,
      apiKey: "xero_demo_admin",
      project: "proj_demo",
      webhookUrl: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hook`,
      checkpointPath: "unused-with-postgres.json",
      postgres: { connectionString: db!.connectionString, leaseMs: 1_000 },
      log: () => undefined,
    };
    const first = new AbortController();
    const firstRun = runApprovalNotifier({ ...options, signal: first.signal });
    // The first leader of a fresh coordination commits the router's position before it delivers: from then on nothing is missed.
    const reader = postgresCoordination({ connectionString: db!.connectionString, name: "approval-notifier" });
    for (let i = 0; i < 3000 && (await reader.load()) === undefined; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(await reader.load()).toBe(h.router.world.events.latestId());
    const second = new AbortController();
    const secondRun = runApprovalNotifier({ ...options, signal: second.signal });
    const ids = [await requestApproval(h.client(), { node: "fleet-1" }), await requestApproval(h.client(), { node: "fleet-2" })];
    await until(() => bodies.length === 2, "the leader's two posts");
    // Stop only once both are committed: stopping mid-delivery would (rightly) have the standby redo it.
    const lastApprovalEvent = h.router.world.events.list().filter((e) => e.type.startsWith("exec.approv")).at(-1)!;
    for (let i = 0; i < 1000 && (await reader.load()) !== lastApprovalEvent.id; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(await reader.load()).toBe(lastApprovalEvent.id);
    await reader.close();
    first.abort(); // releases the lease
    const firstStats = await firstRun;
    ids.push(await requestApproval(h.client(), { node: "fleet-3" }));
    await until(() => bodies.length === 3, "the standby's post");
    await new Promise((r) => setTimeout(r, 100));
    second.abort();
    const secondStats = await secondRun;
    expect(bodies.map((body) => ids.find((id) => body.includes(id)))).toEqual(ids);
    expect(firstStats.leaderships).toBe(1);
    expect(secondStats.leaderships).toBe(1);
  }, 120_000);
});
