/**
 * One contract, every helper wait: a wait decides only on a known status. Against a server that
 * answers an unknown status, the wait reports it once, keeps waiting and resolves on the known
 * one; without a status it times out rather than guess. One row per package, against the
 * in-process drifting router. What only one wait has (enrolment, rotation, the stream of exec)
 * stays in that package's drift suite.
 */
import { AgentWaitTimeoutError, createAgents } from "@xerotier/agents";
import { ApprovalWaitTimeoutError, createApprovals, type UnknownStatusReport } from "@xerotier/approvals";
import { createExec, InvocationWaitTimeoutError } from "@xerotier/exec";
import { createDriftingRouter, DEMO, rewriteOnPath, withoutFields } from "@xerotier/testing";
import { afterAll, afterEach, describe, expect, it } from "vitest";

const server = createDriftingRouter();
afterAll(() => server.router.close());
afterEach(() => {
  server.rewrite = undefined;
  server.router.reset();
});

interface WaitOptions {
  maxWaitMs: number;
  onUnknownStatus: (report: UnknownStatusReport) => void;
}

/** One package's wait: a resource it will find final, how to wait on it, and what it resolves to. */
interface Row {
  readonly wait: string;
  readonly resource: UnknownStatusReport["resource"];
  readonly path: RegExp;
  /** Makes a resource that reads final (or healthy) on the router; returns its id and that status. */
  final(): Promise<{ id: string; status: string }>;
  call(id: string, options: WaitOptions): Promise<{ id: string; status?: unknown }>;
  readonly unknownStatus: string;
  readonly timeout: new (...args: never[]) => Error;
}

const ROWS: readonly Row[] = [
  {
    wait: "approvals.waitForDecision",
    resource: "approval",
    path: /\/v1\/exec\/approvals\/[^/]+$/,
    final: async () => {
      const { data } = await server.client().POST("/v1/exec/invocations", {
        body: { workspace_id: DEMO.workspaces.prod, tool_name: DEMO.tools.destructive, arguments: { node: "drift-1" } },
      });
      const id = data.approval_ids[0]!;
      server.router.world.approvals.approve(id, { note: "ok" }, "user_alice");
      return { id, status: "approved" };
    },
    call: (id, options) => createApprovals(server.client()).waitForDecision(id, { ...options, pollIntervalMs: 2 }),
    unknownStatus: "cancelling",
    timeout: ApprovalWaitTimeoutError,
  },
  {
    wait: "exec.waitForCompletion",
    resource: "invocation",
    path: /\/v1\/exec\/invocations\/[^/]+$/,
    final: async () => {
      const invocation = await createExec(server.client()).invoke({ workspaceId: DEMO.workspaces.staging, tool: DEMO.tools.read, arguments: { resource: "pods" } });
      server.router.clock.advance(5_000); // completed on the router
      return { id: invocation.id, status: "completed" };
    },
    call: (id, options) => createExec(server.client()).waitForCompletion(id, { ...options, pollIntervalMs: 2, recheckIntervalMs: 2, stream: false }),
    unknownStatus: "archiving",
    timeout: InvocationWaitTimeoutError,
  },
  {
    wait: "agents.waitForHealthy",
    resource: "agent",
    path: /\/v1\/management\/agents\/[^/]+$/,
    final: async () => ({ id: DEMO.agents.fleet01, status: "healthy" }),
    call: (id, options) => createAgents(server.client()).waitForHealthy(id, { ...options, pollIntervalMs: 5 }),
    unknownStatus: "warming",
    timeout: AgentWaitTimeoutError,
  },
];

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(ROWS)("$wait decides only on a known status", (row) => {
  it("waits through an unknown status, reports it once, and resolves on the known one", async () => {
    const { id, status } = await row.final();
    server.rewrite = rewriteOnPath(row.path, (body) => ({ ...body, status: row.unknownStatus }));
    const reports: UnknownStatusReport[] = [];
    let settled = false;
    const waiting = row.call(id, { maxWaitMs: 10_000, onUnknownStatus: (r) => reports.push(r) }).finally(() => (settled = true));
    while (reports.length === 0) await tick(5); // bounded by the test timeout
    await tick(30); // several more reads of the unknown status
    expect(settled).toBe(false);
    expect(reports).toEqual([{ resource: row.resource, id, status: row.unknownStatus }]);
    server.rewrite = undefined;
    expect(await waiting).toMatchObject({ id, status });
  });

  it("a missing status is not a decision: the wait times out", async () => {
    const { id } = await row.final();
    server.rewrite = rewriteOnPath(row.path, (body) => withoutFields(body, "status"));
    const reports: UnknownStatusReport[] = [];
    const error = await row.call(id, { maxWaitMs: 200, onUnknownStatus: (r) => reports.push(r) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(row.timeout);
    expect(reports).toEqual([{ resource: row.resource, id, status: undefined }]);
  });
});
