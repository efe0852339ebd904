import { APIUserAbortError, type InvalidEventReport } from "@xerotier/api";
import { createDriftingRouter, DEMO, type Rewrite, rewriteListItems, rewriteOnPath } from "@xerotier/testing";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createApprovals, isDecided, isSyntheticEvent, type ApprovalEvent } from "../src/index";
import { driftApproval, driftStreamEvent, serverDrift, type ServerDrift } from "./server-drift";
import { take } from "./support";

// The router's own answers and event-stream frames, changed the way a real server may differ
// from our spec. Each case below is one property over the same `serverDrift` arbitrary.
const server = createDriftingRouter();
afterAll(() => server.router.close());

const approvalPath = /\/v1\/exec\/approvals\/[^/]+$/;
type Outcome = "pending" | "approved" | "rejected";

async function approvalIn(outcome: Outcome, node: string): Promise<string> {
  const { data } = await server.client().POST("/v1/exec/invocations", {
    body: { workspace_id: DEMO.workspaces.prod, tool_name: DEMO.tools.destructive, arguments: { node } },
  });
  const id = data.approval_ids[0]!;
  if (outcome === "approved") server.router.world.approvals.approve(id, { note: "ok" }, "user_alice");
  if (outcome === "rejected") server.router.world.approvals.reject(id, {}, "user_alice");
  return id;
}

describe("property: waits against a server that differs from our spec", () => {
  it("waitForDecision never resolves on an unknown or missing status, resolves on a known final one, and throws nothing else", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(serverDrift, fc.constantFrom<Outcome>("pending", "approved", "rejected"), async (drift, outcome) => {
        run += 1;
        const id = await approvalIn(outcome, `prop-${run}`);
        // Not decided after three reads of the drifted approval = never: stop the wait there.
        const stop = new AbortController();
        const STOPPED = new Error("three reads, still waiting");
        let reads = 0;
        const drifted = rewriteOnPath(approvalPath, (a) => driftApproval(a, drift));
        // The stream only wakes the wait; drifted frames must wake it without deciding anything.
        server.rewriteEvent = (event) => driftStreamEvent(event, drift);
        server.rewrite = (body, request) => {
          if (approvalPath.test(new URL(request.url).pathname) && ++reads >= 3) queueMicrotask(() => stop.abort(STOPPED));
          return drifted(body, request);
        };
        const reported: unknown[] = [];
        try {
          const result = await createApprovals(server.client())
            .waitForDecision(id, { pollIntervalMs: 1, signal: stop.signal, onUnknownStatus: (r) => reported.push(r.status) })
            .then(
              (approval) => ({ approval, error: undefined }),
              (error: unknown) => ({ approval: undefined, error }),
            );
          const knownFinal = drift.status.kind === "keep" && outcome !== "pending";
          if (knownFinal) {
            expect(result.error).toBeUndefined();
            expect(result.approval?.status).toBe(outcome);
            expect(isDecided(result.approval!)).toBe(true);
          } else {
            // Still waiting: neither resolved nor failed on its own, only our stop ended it.
            expect(result.error).toBeInstanceOf(APIUserAbortError);
            expect((result.error as APIUserAbortError).cause).toBe(STOPPED);
          }
          const unknown = drift.status.kind === "drop" ? [undefined] : drift.status.kind === "unknown" ? [drift.status.value] : [];
          expect(reported).toEqual(unknown);
        } finally {
          server.rewrite = undefined;
          server.rewriteEvent = undefined;
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  // An approval event without a status is not usable (the docs fix `status`; see compatibility.md):
  // it is reported to onInvalidEvent, never delivered as a guess and never dropped silently.
  it("watch delivers every approval created, once each, with unknown values passed through, reports a status-less one, and throws nothing", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(serverDrift, fc.integer({ min: 1, max: 4 }), async (drift, count) => {
        run += 1;
        driftEverything(drift);
        const invalid: InvalidEventReport[] = [];
        const watch = createApprovals(server.client()).watch({
          mode: "stream",
          resumeFrom: server.router.world.events.latestId(),
          stream: { onInvalidEvent: (event) => invalid.push(event) },
        });
        try {
          const iterator = watch[Symbol.asyncIterator]();
          const created: string[] = [];
          for (let i = 0; i < count; i += 1) created.push(await approvalIn("pending", `watch-${run}-${i}`));
          if (drift.status.kind === "drop") {
            const pulled = iterator.next(); // the watch reads only while pulled
            await until(() => invalid.length >= count);
            watch.close();
            expect(await pulled).toEqual({ done: true, value: undefined }); // nothing delivered on a guess
            expect(invalid.map((r) => (JSON.parse(r.raw) as ApprovalEvent).data.id)).toEqual(created);
            expect(invalid.every((r) => r.type === "exec.approval_requested" && r.issues.includes("status"))).toBe(true);
            return;
          }
          const events: ApprovalEvent[] = await take(iterator, count, 10_000);

          expect(events.map((e) => e.data.id)).toEqual(created); // every one, once, in order
          expect(events.every((e) => e.type === "exec.approval_requested")).toBe(true);
          expect(invalid).toEqual([]);
          for (const event of events) expectDrifted(event, drift);
        } finally {
          watch.close();
          server.rewrite = undefined;
          server.rewriteEvent = undefined;
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("after stream.reset, watch re-lists drifted approvals and delivers every open one, once each, reports a status-less one like the stream does, and throws nothing", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(serverDrift, fc.integer({ min: 1, max: 3 }), async (drift, count) => {
        run += 1;
        const created: string[] = [];
        for (let i = 0; i < count; i += 1) created.push(await approvalIn("pending", `reset-${run}-${i}`));
        const open = await openCount();
        driftEverything(drift);
        // An id newer than the router's history: the router answers with stream.reset.
        const invalid: InvalidEventReport[] = [];
        const watch = createApprovals(server.client()).watch({
          mode: "stream",
          resumeFrom: "evt_99999999",
          stream: { onInvalidEvent: (event) => invalid.push(event) },
        });
        try {
          const iterator = watch[Symbol.asyncIterator]();
          if (drift.status.kind === "drop") {
            // As on the live stream: a listed approval without a status is reported and skipped, never delivered on a guess.
            const pulled = iterator.next();
            await until(() => invalid.length >= open);
            watch.close();
            expect(await pulled).toEqual({ done: true, value: undefined });
            const reported = invalid.map((r) => (JSON.parse(r.raw) as { source: string; data: { id: string } }).data.id);
            expect(new Set(reported).size).toBe(open);
            expect(reported).toEqual(expect.arrayContaining(created));
            expect(invalid.every((r) => r.issues.includes("status") && JSON.parse(r.raw).source === "relist")).toBe(true);
            return;
          }
          const events = await take(iterator, open, 10_000);
          const ids = events.map((e) => e.data.id);
          expect(new Set(ids).size).toBe(open); // once each
          expect(ids).toEqual(expect.arrayContaining(created));
          for (const event of events) expect(isSyntheticEvent(event)).toBe(true);
          for (const event of events.filter((e) => created.includes(e.data.id))) expectDrifted(event, drift);
          expect(invalid).toEqual([]);
        } finally {
          watch.close();
          server.rewrite = undefined;
          server.rewriteEvent = undefined;
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

/** Open (pending or escalated) approvals, as the router holds them. */
async function openCount(): Promise<number> {
  const approvals = createApprovals(server.client());
  const pending = await approvals.list({ status: "pending" }).toArray();
  const escalated = await approvals.list({ status: "escalated" }).toArray();
  return pending.length + escalated.length;
}

/** Resolves once `done()` holds, checking every 5 ms; fails after 10 s so a bug cannot hang the run. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!done()) throw new Error("condition not met within 2000 checks");
}

const approvalListPath = /\/v1\/exec\/approvals$/;

/** Applies `drift` to every approval the router answers or streams. */
function driftEverything(drift: ServerDrift): void {
  const change = (approval: Record<string, unknown>) => driftApproval(approval, drift);
  const one: Rewrite = rewriteOnPath(approvalPath, change);
  const list: Rewrite = rewriteListItems(approvalListPath, change);
  server.rewrite = (body, request) => list(one(body, request) as Record<string, unknown>, request);
  server.rewriteEvent = (event) => driftStreamEvent(event, drift);
}

/** The delivered approval is what the server sent: unknown status and risk kept, extra fields kept. */
function expectDrifted(event: ApprovalEvent, drift: ServerDrift): void {
  const data = event.data as unknown as Record<string, unknown>;
  if (drift.status.kind === "unknown") expect(data.status).toBe(drift.status.value);
  if (drift.status.kind === "keep") expect(data.status).toBe("pending");
  if (drift.risk.kind === "unknown") expect(data.risk).toBe(drift.risk.value);
  for (const [key, value] of Object.entries(drift.extra)) expect(data[key]).toEqual(value);
  for (const field of drift.nulls) expect(data[field]).toBeNull();
}
