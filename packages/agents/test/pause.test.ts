import { ServiceUnavailableError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createAgents } from "../src/index";
import { countRequests, useRouter } from "./support";

const { workspaces: WS, agents: AG, tools: T } = DEMO;

describe("pauseExec / resumeExec", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  const invoke = async (workspaceId: string, toolName: string, args: Record<string, unknown> = {}) =>
    (await h.client().POST("/v1/exec/invocations", { body: { workspace_id: workspaceId, tool_name: toolName, arguments: args } })).data;
  const status = async (id: string) =>
    (await h.client().GET("/v1/exec/invocations/{invocation_id}", { params: { path: { invocation_id: id } } })).data;

  it("a paused agent gets no new dispatch, and resumeExec dispatches what queued meanwhile", async () => {
    const agents = createAgents(h.client());
    // In staging only edge_03 publishes etcd_snapshot.
    const paused = await agents.pauseExec(AG.edge03, { workspaceId: WS.staging });
    expect(paused.paused_workspace_ids).toEqual([WS.staging]);
    const queued = await invoke(WS.staging, T.snapshot);
    expect(queued).toMatchObject({ status: "queued", agent_id: null });
    h.router.clock.advance(60_000);
    expect((await status(queued.id)).status).toBe("queued");

    const resumed = await agents.resumeExec(AG.edge03, { workspaceId: WS.staging });
    expect(resumed.paused_workspace_ids).toEqual([]);
    expect(await status(queued.id)).toMatchObject({ status: "dispatched", agent_id: AG.edge03 });
  });

  it("pauseExec without a workspace pauses the agent everywhere; new calls route around it", async () => {
    const agents = createAgents(h.client());
    expect((await agents.pauseExec(AG.fleet01)).exec_paused).toBe(true);
    // Staging still has edge_03 for reads; prod has no other healthy agent, so the call waits.
    expect(await invoke(WS.staging, T.read, { resource: "pods" })).toMatchObject({ status: "dispatched", agent_id: AG.edge03 });
    expect(await invoke(WS.prod, T.read, { resource: "pods" })).toMatchObject({ status: "queued" });
    expect((await agents.resumeExec(AG.fleet01)).exec_paused).toBe(false);
  });

  it("pausing twice is a no-op that returns the paused agent", async () => {
    const agents = createAgents(h.client());
    await agents.pauseExec(AG.fleet01);
    expect((await agents.pauseExec(AG.fleet01)).exec_paused).toBe(true);
  });
});

describe("pauseWorkspace / resumeWorkspace", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("pauses every agent bound to the workspace, scoped to that workspace", async () => {
    const result = await createAgents(h.client()).pauseWorkspace(WS.staging);
    expect(result).toMatchObject({ action: "pause", workspaceId: WS.staging, ok: true, failed: [] });
    expect(result.results.map((r) => [r.agentId, r.ok, r.agent?.paused_workspace_ids])).toEqual([
      [AG.fleet01, true, [WS.staging]],
      [AG.edge03, true, [WS.staging]],
    ]);
    // fleet_01 keeps serving prod.
    expect(h.router.world.agents.get(AG.fleet01).exec_paused).toBe(false);
  });

  it("reports one agent's failure without hiding it, and retry() redoes only that agent", async () => {
    const client = h.client("xero_demo_admin", { maxRetries: 0 });
    const sent = countRequests(client);
    h.router.faults.failNext(1, { status: 503, match: { method: "POST", path: `/v1/management/agents/${AG.edge03}/pause-exec` } });
    const first = await createAgents(client).pauseWorkspace(WS.staging);
    expect(first.ok).toBe(false);
    expect(first.failed.map((r) => r.agentId)).toEqual([AG.edge03]);
    expect(first.failed[0]?.error).toBeInstanceOf(ServiceUnavailableError);
    expect(first.results.find((r) => r.agentId === AG.fleet01)?.ok).toBe(true);
    expect(h.router.world.agents.get(AG.edge03).paused_workspace_ids).toEqual([]);

    sent.length = 0;
    const second = await first.retry();
    expect(sent).toEqual([`POST /v1/management/agents/${AG.edge03}/pause-exec`]);
    expect(second.ok).toBe(true);
    expect(second.results.map((r) => r.agentId)).toEqual([AG.fleet01, AG.edge03]);
    expect(h.router.world.agents.get(AG.edge03).paused_workspace_ids).toEqual([WS.staging]);
  });

  it("calling pauseWorkspace again is safe: already paused agents stay paused", async () => {
    const agents = createAgents(h.client());
    await agents.pauseWorkspace(WS.staging);
    const again = await agents.pauseWorkspace(WS.staging);
    expect(again.ok).toBe(true);
    expect(h.router.world.agents.get(AG.fleet01).paused_workspace_ids).toEqual([WS.staging]);
  });

  it("resumeWorkspace resumes every bound agent for that workspace", async () => {
    const agents = createAgents(h.client());
    await agents.pauseWorkspace(WS.staging);
    const result = await agents.resumeWorkspace(WS.staging);
    expect(result.ok).toBe(true);
    expect(result.results.every((r) => r.agent?.paused_workspace_ids.length === 0)).toBe(true);
  });

  it("agentIds limits the call to the given agents", async () => {
    const result = await createAgents(h.client()).pauseWorkspace(WS.staging, { agentIds: [AG.edge03] });
    expect(result.results.map((r) => r.agentId)).toEqual([AG.edge03]);
    expect(h.router.world.agents.get(AG.fleet01).paused_workspace_ids).toEqual([]);
  });

  it("an unknown workspace rejects with NotFoundError before pausing anything", async () => {
    await expect(createAgents(h.client()).pauseWorkspace("ws_nope")).rejects.toMatchObject({ code: "workspace_not_found" });
  });
});
