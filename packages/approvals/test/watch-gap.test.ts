// A watch whose first connection drops before any event must not lose what happens in the gap.
import { DEMO } from "@xerotier/testing";
import { describe, expect, it } from "vitest";
import { type ReconnectInfo } from "@xerotier/api";
import { createApprovals, isSyntheticEvent, type ApprovalEvent } from "../src/index";
import { requestApproval, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const workspaceId = DEMO.workspaces.staging;

/** Pulls events until one is about `approvalId`; bounded in count so a bug cannot hang the run. */
async function until(iterator: AsyncIterator<ApprovalEvent>, approvalId: string, seen: ApprovalEvent[]): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const next = await iterator.next();
    if (next.done) throw new Error("the watch ended");
    seen.push(next.value);
    if (next.value.data.id === approvalId) return;
  }
  throw new Error(`no event about ${approvalId} in 200 events`);
}

/** The exact text the router writes first on a connection (see the contract's stream.open frame). */
function openFrameBytes(headId: string): number {
  const data = JSON.stringify({ object: "stream.open", latest_event_id: headId });
  return new TextEncoder().encode(`id: ${headId}\nevent: stream.open\ndata: ${data}\n\n`).byteLength;
}

describe("watch: the first connection drops before any event", () => {
  it("cut inside the first frame: re-lists on reconnect and delivers the approval made in the gap exactly once", async () => {
    const approvals = createApprovals(h.client());
    // One byte gets through, so the client holds a connection but no resume point when it drops.
    const cut = h.router.faults.cutStreamAtByte(1);
    let gapId: string | undefined;
    const resets: number[] = [];
    const watch = approvals.watch({
      workspaceId,
      onReset: () => resets.push(1),
      stream: {
        random: () => 0.5,
        // Runs before the reconnect wait: the approval is opened while no connection is up.
        onReconnect: () => {
          gapId ??= h.injectApproval({ risk: "destructive", workspaceId }).id;
        },
      },
    });
    const iterator = watch[Symbol.asyncIterator]();
    const seen: ApprovalEvent[] = [];
    const pending = iterator.next();
    // The gap approval arrives through the re-list; a later one must still come live.
    const first = await pending;
    if (first.done) throw new Error("the watch ended");
    seen.push(first.value);
    expect(cut.triggered).toBe(1);
    expect(gapId).toBeDefined();
    if (first.value.data.id !== gapId) await until(iterator, gapId!, seen);
    const liveId = await requestApproval(h.client(), { workspaceId, node: "after-gap" });
    await until(iterator, liveId, seen);
    watch.close();

    const aboutGap = seen.filter((e) => e.data.id === gapId);
    expect(aboutGap).toHaveLength(1);
    expect(aboutGap[0]).toMatchObject({ type: "exec.approval_requested", data: { id: gapId, status: "pending" } });
    expect(isSyntheticEvent(aboutGap[0]!)).toBe(true); // it came from the re-list
    expect(resets).toEqual([1]);
    expect(seen.filter((e) => e.data.id === liveId)).toHaveLength(1);
    expect(new Set(seen.map((e) => `${e.type}:${e.data.id}`)).size).toBe(seen.length);
  });

  it("cut right after stream.open: resumes from its id and replays the gap approval, without a re-list", async () => {
    const approvals = createApprovals(h.client());
    const cut = h.router.faults.cutStreamAtByte(openFrameBytes(h.router.world.events.latestId()!));
    let gapId: string | undefined;
    const resets: number[] = [];
    const watch = approvals.watch({
      workspaceId,
      listFirst: false, // only what follows stream.open: the gap approval must come from the replay
      onReset: () => resets.push(1),
      stream: {
        random: () => 0.5,
        onReconnect: () => {
          gapId ??= h.injectApproval({ risk: "destructive", workspaceId }).id;
        },
      },
    });
    const iterator = watch[Symbol.asyncIterator]();
    const seen: ApprovalEvent[] = [];
    const first = await iterator.next();
    if (first.done) throw new Error("the watch ended");
    seen.push(first.value);
    expect(cut.triggered).toBe(1);
    expect(first.value).toMatchObject({ type: "exec.approval_requested", data: { id: gapId } });
    expect(isSyntheticEvent(first.value)).toBe(false); // replayed by the server after the resume point
    const liveId = await requestApproval(h.client(), { workspaceId, node: "after-open" });
    await until(iterator, liveId, seen);
    watch.close();

    expect(seen.filter((e) => e.data.id === gapId)).toHaveLength(1);
    expect(resets).toEqual([]);
  });
});

describe("watch: no storm, no wedge against the router", () => {
  it("an id that cannot be a header resumes through last_event_id; the router resets and the watch re-lists", async () => {
    const approvals = createApprovals(h.client());
    const odd = "id: evt_\u2615odd\ndata: {}\n\n"; // an unusable frame whose id still moves the resume point
    h.router.faults.malformedFrames([odd]);
    h.router.faults.cutStreamAtByte(new TextEncoder().encode(odd).byteLength);
    const resets: number[] = [];
    const reconnects: ReconnectInfo[] = [];
    const watch = approvals.watch({
      workspaceId,
      listFirst: false, // the approval below is made after the start: it must come live, after the odd id
      onReset: () => resets.push(1),
      stream: { random: () => 0, onReconnect: (info) => reconnects.push(info) },
    });
    const iterator = watch[Symbol.asyncIterator]();
    const seen: ApprovalEvent[] = [];
    const liveId = await requestApproval(h.client(), { workspaceId, node: "after-odd-id" });
    await until(iterator, liveId, seen);
    watch.close();
    expect(reconnects.map((r) => r.lastEventId)).toEqual(["evt_\u2615odd"]);
    expect(resets).toEqual([1]); // the router does not know that id: one reset, one re-list, no loop
    expect(seen.filter((e) => e.data.id === liveId)).toHaveLength(1);
  });

  it("a Retry-After of 1e12 seconds on the stream waits the 5 minute ceiling, not 1 ms", async () => {
    const approvals = createApprovals(h.client("xero_demo_admin", { maxRetries: 0 }));
    h.router.faults.failNext(1, { status: 503, retryAfter: 1e12, match: { path: "/v1/exec/events" } });
    const requests = h.router.faults.latency(0, { path: "/v1/exec/events" }); // counts stream requests
    let reconnected!: (info: ReconnectInfo) => void;
    const reconnect = new Promise<ReconnectInfo>((resolve) => (reconnected = resolve));
    const watch = approvals.watch({ workspaceId, mode: "stream", stream: { onReconnect: (info) => reconnected(info) } });
    const next = watch[Symbol.asyncIterator]().next();
    const info = await reconnect;
    expect(info.delayMs).toBe(5 * 60_000); // the SDK's retry delay ceiling (errors-and-retries guide)
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests.triggered).toBe(1); // one request, then a real wait: no storm
    watch.close();
    requests.cancel();
    await expect(next).resolves.toMatchObject({ done: true });
  });
});
