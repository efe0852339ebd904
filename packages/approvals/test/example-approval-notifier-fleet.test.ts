/**
 * examples/approval-notifier as two replicas on one real PostgreSQL: the leader posts, a stopped
 * leader hands over to the standby, which resumes from the shared checkpoint (nothing lost or repeated).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runApprovalNotifier } from "../../../examples/approval-notifier/main";
import { createApprovals } from "../src/index";
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
      // The default lease: a 1 s lease is lost (rightly) when the test process stalls past its
      // renewal under load, and the same replica then leads twice; losing a lease is tested elsewhere.
      postgres: { connectionString: db!.connectionString, leaseMs: 10_000 },
      log: () => undefined,
    };
    // A fresh notifier lists first: what is pending when it starts is posted too, oldest first.
    const waiting = (await createApprovals(h.client()).list({ status: "pending" }).toArray()).reverse().map((a) => a.id);
    const first = new AbortController();
    const firstRun = runApprovalNotifier({ ...options, signal: first.signal });
    // The first leader of a fresh coordination commits the router's position before it delivers: from then on nothing is missed.
    const reader = postgresCoordination({ connectionString: db!.connectionString, name: "approval-notifier" });
    for (let i = 0; i < 3000 && (await reader.load()) === undefined; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(await reader.load()).toBe(h.router.world.events.latestId());
    const second = new AbortController();
    const secondRun = runApprovalNotifier({ ...options, signal: second.signal });
    const ids = [await requestApproval(h.client(), { node: "fleet-1" }), await requestApproval(h.client(), { node: "fleet-2" })];
    const posted = () => [...waiting, ...ids];
    await until(() => bodies.length === waiting.length + 2, "the leader's posts");
    // Stop only once all are committed: stopping mid-delivery would (rightly) have the standby redo it.
    // (The ledger, not the resume point: an approval the start's list yielded does not move the resume point.)
    const keys = posted().map((id) => `${id}:exec.approval_requested`);
    for (let i = 0; i < 1000 && (await reader.wasDelivered(keys)).size < keys.length; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect((await reader.wasDelivered(keys)).size).toBe(keys.length);
    await reader.close();
    first.abort(); // releases the lease
    const firstStats = await firstRun;
    ids.push(await requestApproval(h.client(), { node: "fleet-3" }));
    await until(() => bodies.length === waiting.length + 3, "the standby's post");
    await new Promise((r) => setTimeout(r, 100));
    second.abort();
    const secondStats = await secondRun;
    expect(bodies.map((body) => posted().find((id) => body.includes(id)))).toEqual(posted());
    expect(firstStats.leaderships).toBe(1);
    expect(secondStats.leaderships).toBe(1);
  }, 120_000);
});
