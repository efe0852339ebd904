/**
 * One truth per approval towards a sink (automation-safety rule 6): with `concurrency > 1`, one
 * approval's transitions still reach the sink in transition order, and a later transition
 * supersedes an earlier one still waiting or retrying, so a page is never sent after its resolve.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createApprovals, createNotifier, memoryCheckpoint, type ApprovalEvent } from "../src/index";
import { pagerDutySink } from "../src/sinks/index";
import { startProvider, type ProviderServer } from "./sink-support";
import { until, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
let server: ProviderServer | undefined;
afterEach(async () => server?.close());


/** The id of the router's event of `type` about approval `approvalId`. */
function eventId(type: ApprovalEvent["type"], approvalId: string): string | undefined {
  return h.router.world.events.list().find((e) => e.type === type && (e.data as { id?: string }).id === approvalId)?.id;
}

const open = () => h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" }).id;

describe("a sink sees one approval's transitions in order, with concurrency > 1", () => {
  it("PagerDuty over HTTP: a trigger that failed once is not retried after the resolve, and the alert ends resolved", async () => {
    const approvals = createApprovals(h.client());
    const actions: string[] = []; // what PagerDuty accepted or refused, in arrival order
    const alerts = new Map<string, "triggered" | "resolved">();
    let refusedOnce = false;
    server = await startProvider(async (request) => {
      const body = JSON.parse(request.body) as { event_action: "trigger" | "resolve"; dedup_key: string; payload?: { custom_details?: { approval_id?: string } } };
      if (body.event_action === "trigger" && !refusedOnce) {
        refusedOnce = true;
        await approvals.approve(body.payload!.custom_details!.approval_id!, { note: "decided while the page failed" });
        actions.push("trigger:503");
        return { status: 503, body: JSON.stringify({ status: "unavailable" }) };
      }
      actions.push(`${body.event_action}:202`);
      alerts.set(body.dedup_key, body.event_action === "trigger" ? "triggered" : "resolved");
      return { status: 202, body: JSON.stringify({ status: "success", dedup_key: body.dedup_key }) };
    });
    const checkpoint = memoryCheckpoint(h.router.world.events.latestId());
    const notifier = createNotifier({
      approvals,
      checkpoint,
      concurrency: 4,
      retry: { maxRetries: 2, baseDelayMs: 3_000, maxDelayMs: 3_000 },
      deliver: pagerDutySink({ routingKey: "rk", url: `${server.url}/v2/enqueue` }),
    });
    const running = notifier.run();
    const id = open();
    await until(() => eventId("exec.approved", id) !== undefined && checkpoint.value === eventId("exec.approved", id), "both transitions to finish");
    notifier.stop();
    const stats = await running;

    const resolvedAt = actions.indexOf("resolve:202");
    expect(resolvedAt).toBeGreaterThan(0);
    expect(actions.slice(resolvedAt + 1).filter((a) => a.startsWith("trigger"))).toEqual([]); // no page after the resolve
    expect(alerts.get(`xerotier-approval:${id}`)).toBe("resolved");
    expect(stats.failed).toBe(0);
  });

  it("an in-process provider: the approval's later events wait for its slow first one while other approvals go ahead; the ones overtaken are superseded", async () => {
    const approvals = createApprovals(h.client());
    const started: string[] = []; // `<approval>:<type>` when a delivery attempt starts
    const failed: string[] = [];
    let releaseFirst!: (outcome: "fail") => void;
    const first = new Promise<"fail">((resolve) => (releaseFirst = resolve));
    let slowId = "";
    const notifier = createNotifier({
      approvals,
      checkpoint: memoryCheckpoint(h.router.world.events.latestId()),
      concurrency: 4,
      retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 },
      onDeliveryFailed: (event) => failed.push(event.type),
      deliver: async (event) => {
        const label = `${event.data.id}:${event.type}`;
        started.push(label);
        if (label === `${slowId}:exec.approval_requested` && (await first) === "fail") throw new Error("provider down");
      },
    });
    const running = notifier.run();
    slowId = open();
    await until(() => started.includes(`${slowId}:exec.approval_requested`), "the slow approval's page to start");

    h.router.clock.advance(900_000); // every open approval escalates (the slow one too)
    await approvals.approve(slowId, { note: "decided while paging" });
    const other = open();
    await until(() => started.includes(`${other}:exec.approval_requested`), "another approval's page, not blocked");
    expect(started.filter((s) => s.startsWith(slowId))).toEqual([`${slowId}:exec.approval_requested`]); // its later events wait

    releaseFirst("fail"); // its retry is pending when the later transitions are known: superseded
    await until(() => started.includes(`${slowId}:exec.approved`), "the decision to be delivered");
    notifier.stop();
    const stats = await running;

    expect(started.filter((s) => s.startsWith(slowId))).toEqual([`${slowId}:exec.approval_requested`, `${slowId}:exec.approved`]);
    expect(failed).toEqual([]);
    expect(stats.superseded).toBe(2); // the failed request's retry and the escalation that waited behind it
  });

  it("the webhook path: a request arriving after its approval's decision was delivered is superseded, not paged", async () => {
    const approvals = createApprovals(h.client());
    const id = open();
    const decided = await approvals.approve(id, { note: "fast" });
    const delivered: string[] = [];
    const notifier = createNotifier({ approvals, deliver: (event) => void delivered.push(event.type) });
    const envelope = (type: ApprovalEvent["type"], data: ApprovalEvent["data"]): ApprovalEvent => ({ id: `evt_${type}`, object: "event", type, created_at: 1, data });
    expect(await notifier.handle(envelope("exec.approved", decided))).toBe(true);
    expect(await notifier.handle(envelope("exec.approval_requested", { ...decided, status: "pending" }))).toBe(false); // a late webhook retry
    expect(delivered).toEqual(["exec.approved"]);
    expect(notifier.stats).toMatchObject({ delivered: 1, superseded: 1 });
  });
});
