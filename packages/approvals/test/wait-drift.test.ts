import { createDriftingRouter, DEMO, rewriteOnPath, withoutFields } from "@xerotier/testing";
import { afterAll, describe, expect, it } from "vitest";
import { ApprovalWaitTimeoutError, createApprovals, type UnknownStatusReport } from "../src/index";

const server = createDriftingRouter();
afterAll(() => server.router.close());

/** Opens a destructive approval through the API (the demo router gates destructive calls). */
async function openApproval(node: string): Promise<string> {
  const { data } = await server.client().POST("/v1/exec/invocations", {
    body: { workspace_id: DEMO.workspaces.prod, tool_name: DEMO.tools.destructive, arguments: { node } },
  });
  return data.approval_ids[0]!;
}

const approvalPath = /\/v1\/exec\/approvals\/[^/]+$/;

describe("waitForDecision decides only on a known final status", () => {
  it("a missing status is not a decision: the wait times out with the last status unknown", async () => {
    const id = await openApproval("drift-2");
    server.router.world.approvals.reject(id, {}, "user_alice");
    server.rewrite = rewriteOnPath(approvalPath, (a) => withoutFields(a, "status"));
    const reports: UnknownStatusReport[] = [];
    const error = await createApprovals(server.client())
      .waitForDecision(id, { pollIntervalMs: 2, maxWaitMs: 1_000, onUnknownStatus: (r) => reports.push(r) })
      .catch((e: unknown) => e);
    server.rewrite = undefined;
    expect(error).toBeInstanceOf(ApprovalWaitTimeoutError);
    expect(error).toMatchObject({ approvalId: id, lastStatus: undefined });
    expect(reports).toEqual([{ resource: "approval", id, status: undefined }]);
  });

  it("resolves on a known final status even when every field the docs do not fix is gone", async () => {
    const id = await openApproval("drift-3");
    server.router.world.approvals.reject(id, {}, "user_alice");
    server.rewrite = rewriteOnPath(approvalPath, (a) => withoutFields(a, "expires_at", "decided_at", "decided_by", "note", "escalation_level", "workspace_id"));
    const warnings: string[] = [];
    const decided = await createApprovals(server.client()).waitForDecision(id, { pollIntervalMs: 2, maxWaitMs: 10_000, logger: { warn: (m) => warnings.push(m) } });
    server.rewrite = undefined;
    expect(decided).toMatchObject({ id, status: "rejected" });
    expect(decided).not.toHaveProperty("decided_by");
    expect(warnings).toEqual([]);
  });
});
