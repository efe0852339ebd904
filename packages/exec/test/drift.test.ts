import { createDriftingRouter, DEMO, rewriteOnPath, withoutFields } from "@xerotier/testing";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createExec } from "../src/index";

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

describe("waitForCompletion without the fields the docs do not fix", () => {
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
