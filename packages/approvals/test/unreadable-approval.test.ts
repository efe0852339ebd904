/**
 * An approval without `status` is unusable (the docs fix it): every path of a watch treats it the
 * same way, reported to `stream.onInvalidEvent` and skipped, never delivered on a guess. The live
 * stream does it for an event; the re-list after `stream.reset` and the polling fallback do it
 * for a listed approval, and deliver it once it is readable again.
 */
import type { InvalidEventReport } from "@xerotier/api";
import { createDriftingRouter, DEMO, rewriteListItems, withoutFields } from "@xerotier/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createApprovals, type ApprovalEvent } from "../src/index";

const server = createDriftingRouter();
afterAll(() => server.router.close());

const approvalListPath = /\/v1\/exec\/approvals$/;

/** Opens a destructive approval through the API (the demo router gates destructive calls). */
async function openApproval(node: string): Promise<string> {
  const { data } = await server.client().POST("/v1/exec/invocations", {
    body: { workspace_id: DEMO.workspaces.prod, tool_name: DEMO.tools.destructive, arguments: { node } },
  });
  return data.approval_ids[0]!;
}

/** Resolves once `done()` holds, checking every 5 ms; fails after 2 000 checks so a bug cannot hang the run. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!done()) throw new Error("condition not met within 2000 checks");
}

const reportedIds = (reports: InvalidEventReport[]) => reports.map((r) => (JSON.parse(r.raw) as { data: { id: string } }).data.id);

describe("a listed approval without status", () => {
  it("polling reports and skips it, then delivers it once the server sends its status again", async () => {
    const id = await openApproval("unreadable-poll");
    const invalid: InvalidEventReport[] = [];
    server.rewrite = rewriteListItems(approvalListPath, (a) => (a.id === id ? withoutFields(a, "status") : a));
    // Resuming: the first poll delivers every open approval not yet delivered.
    const watch = createApprovals(server.client()).watch({
      mode: "poll",
      pollIntervalMs: 5,
      resumeFrom: server.router.world.events.latestId(),
      stream: { onInvalidEvent: (report) => invalid.push(report) },
    });
    const delivered: ApprovalEvent[] = [];
    const consuming = (async () => {
      for await (const event of watch) delivered.push(event);
    })();
    try {
      await until(() => invalid.length >= 2); // two polls, and it was skipped in both
      expect(delivered.some((e) => e.data.id === id)).toBe(false);
      expect(new Set(reportedIds(invalid))).toEqual(new Set([id]));
      expect(invalid.every((r) => r.issues.includes("status") && JSON.parse(r.raw).source === "poll")).toBe(true);

      server.rewrite = undefined;
      await until(() => delivered.some((e) => e.data.id === id));
      expect(delivered.filter((e) => e.data.id === id)).toMatchObject([{ type: "exec.approval_requested", data: { id, status: "pending" } }]);
    } finally {
      watch.close();
      server.rewrite = undefined;
      await consuming;
    }
  });

  it("a hook that throws does not stop the watch", async () => {
    const id = await openApproval("unreadable-hook");
    server.rewrite = rewriteListItems(approvalListPath, (a) => (a.id === id ? withoutFields(a, "status") : a));
    let calls = 0;
    const watch = createApprovals(server.client()).watch({
      mode: "poll",
      pollIntervalMs: 5,
      resumeFrom: server.router.world.events.latestId(),
      stream: {
        onInvalidEvent: () => {
          calls += 1;
          throw new Error("a buggy hook");
        },
      },
    });
    const delivered: ApprovalEvent[] = [];
    const consuming = (async () => {
      for await (const event of watch) delivered.push(event);
    })();
    try {
      await until(() => calls >= 2); // two polls: the first report did not end the watch
      server.rewrite = undefined;
      await until(() => delivered.some((e) => e.data.id === id));
      expect(delivered.find((e) => e.data.id === id)).toMatchObject({ data: { status: "pending" } });
    } finally {
      watch.close();
      server.rewrite = undefined;
      await consuming;
    }
  });
});
