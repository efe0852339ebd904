import { DEMO } from "@xerotier/testing";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createApprovals, isDecided } from "../src/index";
import { driftingRouter, onPath } from "./drifting-router";
import { driftApproval, serverDrift } from "./server-drift";

// The router's own answers, changed the way a real server may differ from our spec. Each case
// below is one property over the same `serverDrift` arbitrary (a `watch` case joins them once
// the event reader tolerates drifted events).
const server = driftingRouter();
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
        const drifted = onPath(approvalPath, (a) => driftApproval(a, drift));
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
            expect(result.error).toBe(STOPPED); // still waiting: neither resolved nor failed on its own
          }
          const unknown = drift.status.kind === "drop" ? [undefined] : drift.status.kind === "unknown" ? [drift.status.value] : [];
          expect(reported).toEqual(unknown);
        } finally {
          server.rewrite = undefined;
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
