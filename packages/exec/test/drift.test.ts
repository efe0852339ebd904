import { createDriftingRouter, DEMO, rewriteOnPath, withoutFields } from "@xerotier/testing";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createExec, InvocationWaitTimeoutError, type UnknownStatusReport } from "../src/index";

const { workspaces: WS, agents: AG, tools: T } = DEMO;
const server = createDriftingRouter();
afterAll(() => server.router.close());
afterEach(() => {
  server.rewrite = undefined;
  server.router.reset();
});

const invocationPath = /\/v1\/exec\/invocations\/[^/]+$/;
const agentPath = /\/v1\/management\/agents\/[^/]+(\/pause-exec)?$/;
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

describe("waitForCompletion decides only on a known final status", () => {
  it("waits through an unknown status (reported once) and resolves on the known final one", async () => {
    const exec = createExec(server.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    server.router.clock.advance(5_000); // completed on the router
    server.rewrite = rewriteOnPath(invocationPath, (i) => ({ ...i, status: "archiving" }));
    const reports: UnknownStatusReport[] = [];
    let settled = false;
    const waiting = exec
      .waitForCompletion(inv.id, { maxWaitMs: 10_000, pollIntervalMs: 2, recheckIntervalMs: 2, stream: false, onUnknownStatus: (r) => reports.push(r) })
      .finally(() => (settled = true));
    while (reports.length === 0) await tick(5); // bounded by the test timeout
    await tick(30); // more reads of the unknown status
    expect(settled).toBe(false);
    expect(reports).toEqual([{ resource: "invocation", id: inv.id, status: "archiving" }]);
    server.rewrite = undefined;
    expect(await waiting).toMatchObject({ id: inv.id, status: "completed" });
  });

  it("times out rather than guess when the status is missing", async () => {
    const exec = createExec(server.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    server.router.clock.advance(5_000);
    server.rewrite = rewriteOnPath(invocationPath, (i) => withoutFields(i, "status"));
    const error = await exec.waitForCompletion(inv.id, { maxWaitMs: 50, pollIntervalMs: 2, stream: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationWaitTimeoutError);
  });

  it("follows the stream without the invocation's workspace_id (a field the docs do not fix)", async () => {
    const exec = createExec(server.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    server.rewrite = rewriteOnPath(invocationPath, (i) => withoutFields(i, "workspace_id", "transitions", "agent_id"));
    const waiting = exec.waitForCompletion(inv.id, { maxWaitMs: 10_000, pollIntervalMs: 60_000, recheckIntervalMs: 60_000 });
    await tick(100); // subscribed
    server.router.clock.advance(5_000);
    expect(await waiting).toMatchObject({ id: inv.id, status: "completed" });
  });
});

describe("triageAlert without the decided pause fields", () => {
  it("still reports the agent, with its pause state unknown rather than guessed", async () => {
    server.rewrite = rewriteOnPath(agentPath, (a) => withoutFields(a, "paused_workspace_ids", "manifest"));
    const report = await createExec(server.client()).triageAlert({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 });
    expect(report.agent).toMatchObject({ id: AG.edge03, status: "healthy", execPaused: false, pausedInWorkspace: null, boundToWorkspace: null });
    expect(report.apiErrors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it("a globally paused agent is paused in the workspace whatever else is missing", async () => {
    server.rewrite = rewriteOnPath(agentPath, (a) => withoutFields(a, "paused_workspace_ids"));
    const report = await createExec(server.client()).triageAlert({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 }, { pause: true });
    expect(report.paused).toMatchObject({ ok: true, scope: "agent" });
    expect(report.agent).toMatchObject({ execPaused: true, pausedInWorkspace: true, boundToWorkspace: true });
  });

  it("passes an unknown agent status through as is", async () => {
    server.rewrite = rewriteOnPath(agentPath, (a) => ({ ...a, status: "draining", exec_paused: null }));
    const report = await createExec(server.client()).triageAlert({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 });
    expect(report.agent).toMatchObject({ status: "draining", execPaused: null, pausedInWorkspace: null });
  });
});
