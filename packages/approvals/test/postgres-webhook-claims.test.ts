/**
 * One delivery per transition, whatever the source, on one PostgreSQL: `notifier.handle()` (the
 * webhook path) claims the delivery key in the ledger before delivering and records it after, and
 * the stream path claims too. Two replicas handling the same webhook, a standby handling a webhook
 * the leader also streams, and a claimer SIGKILLed mid-delivery (another delivers after the claim
 * lease) each end with exactly one completed delivery.
 */
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApprovals, createNotifier, deliveryKey, type ApprovalEvent, type Notifier } from "../src/index";
import { postgresCoordination, type PostgresCoordination } from "../src/postgres/index";
import { createFleet, type FleetReport } from "./fleet-processes";
import { startTestPostgres, type TestPostgres } from "./postgres-server";
import { until, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const CHILD = fileURLToPath(new URL("./fixtures/webhook-claimer-child.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const LEASE_MS = 1_000;
let db: TestPostgres | undefined;
const opened: PostgresCoordination[] = [];
const fleet = createFleet<FleetReport & { deliveryKey?: string }>();

beforeAll(async () => void (db = await startTestPostgres()), 120_000);
afterAll(async () => {
  fleet.killAll();
  await Promise.allSettled(opened.map((c) => c.close()));
  await db?.stop();
}, 60_000);

let names = 0;
const freshName = () => `claims-${(names += 1)}`;

/** A replica: its own coordination handle (its own pool) on the shared name; deliveries go to `sink`. */
function replica(name: string, sink: string[], deliver?: (event: ApprovalEvent) => Promise<void>): Notifier {
  const coordination = postgresCoordination({ connectionString: db!.connectionString, name, leaseMs: LEASE_MS });
  opened.push(coordination);
  return createNotifier({
    approvals: createApprovals(h.client()),
    coordination,
    filter: { workspaceId: "ws_kube_prod" },
    deliver: async (event) => {
      sink.push(deliveryKey(event));
      await deliver?.(event);
    },
  });
}

/** The webhook Xerotier would POST for a new approval (what `parseApprovalWebhook` returns). */
function webhookOf(approvalId: string): ApprovalEvent {
  const event = h.router.world.events.list().find((e) => e.type === "exec.approval_requested" && (e.data as { id?: string }).id === approvalId);
  return JSON.parse(JSON.stringify(event)) as ApprovalEvent;
}

const slowly = () => new Promise<void>((resolve) => setTimeout(resolve, 200)); // both paths overlap


describe("notifier.handle() on a fleet", () => {
  it("two replicas handling the same webhook (a load balancer's retry): exactly one delivery", async () => {
    const name = freshName();
    const sink: string[] = [];
    const event = webhookOf(h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" }).id);
    const [a, b] = [replica(name, sink, slowly), replica(name, sink, slowly)];
    const results = await Promise.all([a.handle(event), b.handle(event)]);
    expect(results.sort()).toEqual([false, true]);
    expect(sink).toEqual([deliveryKey(event)]);
    expect(a.stats.duplicates + b.stats.duplicates).toBe(1);
  });

  it("a standby handling a webhook the leader also streams: exactly one delivery", async () => {
    const name = freshName();
    const sink: string[] = [];
    const leader = replica(name, sink, slowly);
    const runningLeader = leader.run();
    await until(() => leader.stats.leaderships === 1, "the leader to lead", 30_000);
    const standby = replica(name, sink, slowly);
    const runningStandby = standby.run();
    const id = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" }).id;
    const handled = await standby.handle(webhookOf(id));
    await until(() => leader.stats.delivered + leader.stats.duplicates >= 1, "the leader to be done with it", 30_000);
    leader.stop();
    standby.stop();
    await Promise.all([runningLeader, runningStandby]);
    expect(sink.filter((key) => key.startsWith(id))).toEqual([`${id}:exec.approval_requested`]);
    expect(standby.stats.leaderships).toBe(0);
    expect(handled).toBe(standby.stats.delivered === 1);
  });

  it("a claimer SIGKILLed mid-delivery: another replica delivers it after the claim lease", async () => {
    const name = freshName();
    const event = webhookOf(h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" }).id);
    const child = fleet.spawn(CHILD, { BASE_URL: h.baseUrl, CONNECTION: db!.connectionString, NAME: name, LEASE_MS: String(LEASE_MS), EVENT: JSON.stringify(event) }, ROOT);
    await fleet.until(() => fleet.reports.find((r) => r.type === "delivering" && r.pid === child.pid), "the child to be delivering");
    child.kill("SIGKILL");
    const sink: string[] = [];
    expect(await replica(name, sink).handle(event)).toBe(true);
    expect(sink).toEqual([deliveryKey(event)]);
  }, 60_000);
});
