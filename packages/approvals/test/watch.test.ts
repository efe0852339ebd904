import { EventStreamError, NotFoundError } from "@xerotier/api";
import { APPROVAL_EVENT_TYPES } from "@xerotier/api/internal";
import { DEMO } from "@xerotier/testing";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApprovals, isSyntheticEvent, type ApprovalEvent } from "../src/index";
import { fileCheckpoint } from "../src/node";
import { requestApproval, take, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const approvalTypes = new Set<string>(APPROVAL_EVENT_TYPES);
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Approval events the router recorded after `afterId`, in order. */
function recordedAfter(afterId: string | undefined): string[] {
  return h.router.world.events
    .list()
    .filter((e) => approvalTypes.has(e.type) && (afterId === undefined || e.id > afterId))
    .map((e) => e.id);
}

async function open(count: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i += 1) await requestApproval(h.client(), { node: `${prefix}-${i}` });
}

describe("watch over the event stream", () => {
  it("loses, repeats and reorders nothing through 50 disconnects and a bot restart from a file checkpoint", async () => {
    const dir = await mkdtemp(join(tmpdir(), "approvals-watch-"));
    dirs.push(dir);
    const checkpoint = fileCheckpoint(join(dir, "checkpoint.json"));
    const approvals = createApprovals(h.client());
    const startId = h.router.world.events.latestId();
    await checkpoint.save(startId!);
    const cuts = h.router.faults.cutStreamAfterEvents(2, { times: 50 });
    await open(60, "burst");

    // First bot: 30 events, then it stops (a restart), keeping only its checkpoint.
    const first = approvals.watch({ resumeFrom: await checkpoint.load(), stream: { random: () => 0.5 } });
    const firstIterator = first[Symbol.asyncIterator]();
    const seenFirst = await take(firstIterator, 30);
    await checkpoint.save(first.lastEventId!);
    first.close();
    expect((await firstIterator.next()).done).toBe(true);

    await open(40, "while-down");
    // Second bot: resumes from the file and follows live events as they land.
    const second = approvals.watch({ resumeFrom: await checkpoint.load(), stream: { random: () => 0.5 } });
    const secondIterator = second[Symbol.asyncIterator]();
    const live = open(10, "live");
    const seenSecond = await take(secondIterator, 80);
    await live;
    second.close();

    const delivered = [...seenFirst, ...seenSecond].map((e) => e.id);
    expect(cuts.triggered).toBe(50);
    expect(delivered).toEqual(recordedAfter(startId)); // 0 lost, 0 repeated, order kept
    expect(new Set(delivered).size).toBe(110);
    expect(second.lastEventId).toBe(delivered[delivered.length - 1]);
  });

  it("filters by workspace on the server and by status on the client", async () => {
    const approvals = createApprovals(h.client());
    const watch = approvals.watch({ workspaceId: DEMO.workspaces.staging, status: "approved", resumeFrom: h.router.world.events.latestId() });
    const iterator = watch[Symbol.asyncIterator]();
    const prod = await requestApproval(h.client(), { node: "prod-f" });
    const staging = await requestApproval(h.client(), { workspaceId: DEMO.workspaces.staging, node: "staging-f" });
    await approvals.approve(prod);
    await approvals.approve(staging);
    const [event] = await take(iterator, 1);
    expect(event).toMatchObject({ type: "exec.approved", data: { id: staging, status: "approved" } });
    watch.close();
  });

  it("on stream.reset re-lists open approvals and yields a synthetic exec.approval_requested for each not yet delivered", async () => {
    const approvals = createApprovals(h.client());
    const open = await approvals.list({ status: "pending" }).toArray();
    const resets: number[] = [];
    // An id newer than the router's history: the router answers with stream.reset.
    const watch = approvals.watch({ resumeFrom: "evt_99999999", onReset: () => resets.push(1) });
    const iterator = watch[Symbol.asyncIterator]();
    const relisted = await take(iterator, open.length);
    expect(resets).toHaveLength(1);
    expect(relisted.every((e) => isSyntheticEvent(e) && e.id.startsWith("relist:") && e.type === "exec.approval_requested")).toBe(true);
    expect(relisted.map((e) => e.data.id).sort()).toEqual(open.map((a) => a.id).sort());
    // Afterwards the live stream carries on as usual.
    await approvals.reject(open[0]!.id, { note: "after reset" });
    const [next] = await take(iterator, 1);
    expect(next).toMatchObject({ type: "exec.rejected", data: { id: open[0]!.id } });
    expect(isSyntheticEvent(next!)).toBe(false);
    watch.close();
  });

  it("ends cleanly, without error, when its signal aborts", async () => {
    const controller = new AbortController();
    // From the newest event: nothing to list or replay, so only the abort can end the pending next().
    const watch = createApprovals(h.client()).watch({ signal: controller.signal, resumeFrom: h.router.world.events.latestId() });
    const iterator = watch[Symbol.asyncIterator]();
    const next = iterator.next();
    setTimeout(() => controller.abort(), 20);
    await expect(next).resolves.toMatchObject({ done: true });
  });

  it("waits out a 429 on the event stream as the server asks, then delivers", async () => {
    const approvals = createApprovals(h.client("xero_demo_admin", { maxRetries: 0 }));
    h.router.faults.failNext(2, { status: 429, retryAfter: 0, match: { path: "/v1/exec/events" } });
    const watch = approvals.watch({ resumeFrom: h.router.world.events.latestId() });
    const iterator = watch[Symbol.asyncIterator]();
    const id = await requestApproval(h.client(), { node: "after-429" });
    const [event] = await take(iterator, 1);
    expect(event).toMatchObject({ type: "exec.approval_requested", data: { id } });
    watch.close();
  });
});

describe("watch across a router restart", () => {
  it("reconnects to the restarted router and resumes, and a bot restarted from its checkpoint misses nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "watch-restart-"));
    dirs.push(dir);
    const checkpoint = fileCheckpoint(join(dir, "checkpoint.json"));
    await checkpoint.save(h.router.world.events.latestId()!);
    const approvals = createApprovals(h.client());
    const tuning = { stream: { baseDelayMs: 5, maxDelayMs: 20 } };
    const seen: string[] = [];
    const deliver = async (watch: { lastEventId: string | undefined }, events: ApprovalEvent[]) => {
      for (const event of events) {
        seen.push(event.data.id);
        await checkpoint.save(watch.lastEventId!);
      }
    };

    const first = approvals.watch({ workspaceId: DEMO.workspaces.prod, resumeFrom: await checkpoint.load(), ...tuning });
    const firstEvents = first[Symbol.asyncIterator]();
    const before = [await requestApproval(h.client(), { node: "restart-1" }), await requestApproval(h.client(), { node: "restart-2" })];
    await deliver(first, await take(firstEvents, 2));
    await h.restart({ downMs: 50 }); // the stream drops, and connections are refused for 50 ms
    const afterRestart = await requestApproval(h.client(), { node: "restart-3" });
    await deliver(first, await take(firstEvents, 1));
    first.close();

    const whileBotDown = await requestApproval(h.client(), { node: "restart-4" });
    const second = approvals.watch({ workspaceId: DEMO.workspaces.prod, resumeFrom: await checkpoint.load(), ...tuning });
    await deliver(second, await take(second[Symbol.asyncIterator](), 1));
    second.close();

    expect(seen).toEqual([...before, afterRestart, whileBotDown]);
  });
});

describe("watch falling back to polling", () => {
  it("polls when the router has no event stream (404), with the same event semantics", async () => {
    const approvals = createApprovals(h.client());
    h.router.faults.failNext(1, { status: 404, match: { path: "/v1/exec/events" } });
    const polls = h.router.faults.latency(0, { method: "GET", path: "/v1/exec/approvals" }); // counts the watch's list calls
    const fallbacks: unknown[] = [];
    // Without the first list, the first snapshot is a silent baseline.
    const watch = approvals.watch({ workspaceId: DEMO.workspaces.prod, listFirst: false, pollIntervalMs: 20, onFallback: (e) => fallbacks.push(e) });
    const iterator = watch[Symbol.asyncIterator]();
    const pending = iterator.next(); // starts the watch
    await until(() => watch.mode === "poll" && polls.triggered >= 2); // the baseline snapshot is done
    const approved = await requestApproval(h.client(), { node: "poll-1" });
    const expiring = await requestApproval(h.client(), { node: "poll-2" });
    const events: ApprovalEvent[] = [(await pending).value as ApprovalEvent, ...(await take(iterator, 1))];
    await approvals.approve(approved, { note: "polled" });
    events.push(...(await take(iterator, 1)));
    h.router.clock.advance(900_000); // every open prod approval escalates (other ones too)
    h.router.clock.advance(900_000); // and times out before the next poll: the escalation is still reported
    for (let i = 0; i < 1000 && !events.some((e) => e.type === "exec.approval_timed_out" && e.data.id === expiring); i += 1) {
      events.push(...(await take(iterator, 1)));
    }
    watch.close();

    expect(fallbacks[0]).toBeInstanceOf(NotFoundError);
    const summary = events.filter((e) => e.data.id === approved || e.data.id === expiring).map((e) => [e.type, e.data.id]);
    expect(summary).toContainEqual(["exec.approval_requested", approved]);
    expect(summary).toContainEqual(["exec.approval_requested", expiring]);
    expect(summary.slice(2)).toEqual([
      ["exec.approved", approved],
      ["exec.approval_escalated", expiring],
      ["exec.approval_timed_out", expiring],
    ]);
    expect(events.every((e) => e.id.startsWith("poll:"))).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events[2]!.data).toMatchObject({ status: "approved", note: "polled" });
  });

  it("polls when a proxy answers the stream with HTML, re-listing open approvals when resuming", async () => {
    const approvals = createApprovals(h.client());
    h.router.faults.failNext(1, { status: 200, html: true, match: { path: "/v1/exec/events" } });
    const fallbacks: unknown[] = [];
    const open = await approvals.list({ workspaceId: DEMO.workspaces.staging, status: "pending" }).toArray();
    const created = await requestApproval(h.client(), { workspaceId: DEMO.workspaces.staging, node: "html-1" });
    const watch = approvals.watch({
      workspaceId: DEMO.workspaces.staging,
      resumeFrom: h.router.world.events.latestId(),
      pollIntervalMs: 20,
      onFallback: (e) => fallbacks.push(e),
    });
    const events = await take(watch[Symbol.asyncIterator](), open.length + 1);
    watch.close();
    expect(fallbacks[0] instanceof EventStreamError && fallbacks[0].reason).toBe("unexpected_content_type");
    expect(events.map((e) => e.data.id).sort()).toEqual([...open.map((a) => a.id), created].sort());
    expect(events.every((e) => e.type === "exec.approval_requested" && e.id.startsWith("poll:"))).toBe(true);
  });

  it("backs off on a 429 while polling and carries on", async () => {
    const polls = h.router.faults.latency(0, { method: "GET", path: "/v1/exec/approvals" }); // counts the watch's list calls
    const approvals = createApprovals(h.client("xero_demo_admin", { maxRetries: 0 }));
    const watch = approvals.watch({ mode: "poll", listFirst: false, pollIntervalMs: 20, workspaceId: DEMO.workspaces.prod });
    const iterator = watch[Symbol.asyncIterator]();
    const first = iterator.next();
    await until(() => polls.triggered >= 2); // the baseline snapshot is done and polling has begun
    const limited = h.router.faults.failNext(1, { status: 429, retryAfter: 0, match: { method: "GET", path: "/v1/exec/approvals" } });
    await until(() => limited.triggered === 1);
    const afterLimit = polls.triggered;
    await until(() => polls.triggered > afterLimit); // it polled again after the 429
    const id = await requestApproval(h.client(), { node: "poll-429" });
    await expect(first).resolves.toMatchObject({ value: { type: "exec.approval_requested", data: { id } } });
    watch.close();
  });
});

async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}
