import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/seed/demo-ids";
import { harness, type Harness } from "./support";

const { workspaces: WS, agents: AG, tools: T, invocations: INV } = DEMO;

async function invokeGet(h: Harness, workspaceId: string) {
  const { body } = await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: workspaceId, tool_name: T.read, arguments: { resource: "pods" } } });
  return body as { id: string; status: string; agent_id: string | null };
}

describe("pause-exec routing", () => {
  it("routes around an agent paused for one workspace to another bound agent", async () => {
    const h = harness();
    const paused = await h.call("POST", `/v1/management/agents/${AG.fleet01}/pause-exec`, { body: { workspace_id: WS.staging } });
    expect(paused.body).toMatchObject({ exec_paused: false, paused_workspace_ids: [WS.staging] });
    expect(await invokeGet(h, WS.staging)).toMatchObject({ status: "dispatched", agent_id: AG.edge03 });
    // Prod is not affected by the staging pause.
    expect(await invokeGet(h, WS.prod)).toMatchObject({ status: "dispatched", agent_id: AG.fleet01 });
  });

  it("queues when every bound agent is paused, and resume-exec dispatches what waited", async () => {
    const h = harness();
    await h.call("POST", `/v1/management/agents/${AG.fleet01}/pause-exec`);
    const queued = await invokeGet(h, WS.prod);
    expect(queued).toMatchObject({ status: "queued", agent_id: null });
    const resumed = await h.call("POST", `/v1/management/agents/${AG.fleet01}/resume-exec`);
    expect(resumed.body).toMatchObject({ exec_paused: false, paused_workspace_ids: [] });
    const after = h.world.invocations.get(queued.id);
    expect(after).toMatchObject({ status: "dispatched", agent_id: AG.fleet01 });
    expect(after.transitions.at(-1)).toMatchObject({ from: "queued", to: "dispatched", actor: "system", reason: "agent available" });
  });

  it("resuming one workspace of an agent paused everywhere leaves the others paused", async () => {
    const h = harness();
    await h.call("POST", `/v1/management/agents/${AG.fleet01}/pause-exec`);
    const res = await h.call("POST", `/v1/management/agents/${AG.fleet01}/resume-exec`, { body: { workspace_id: WS.staging } });
    expect(res.body).toMatchObject({ exec_paused: false, paused_workspace_ids: [WS.prod] });
    expect(await invokeGet(h, WS.prod)).toMatchObject({ status: "queued" });
  });

  it("treats pausing a paused agent and resuming a running one as no-ops", async () => {
    const h = harness();
    await h.call("POST", `/v1/management/agents/${AG.edge03}/pause-exec`);
    const again = await h.call("POST", `/v1/management/agents/${AG.edge03}/pause-exec`, { body: { workspace_id: WS.staging } });
    expect(again.body).toMatchObject({ exec_paused: true, paused_workspace_ids: [] });
    const events = await h.call("GET", `/v1/management/agents/${AG.edge03}/events`);
    expect(events.body.data.filter((e: { type: string }) => e.type === "exec_paused")).toHaveLength(1);
    await h.call("POST", `/v1/management/agents/${AG.fleet01}/resume-exec`);
    const log = await h.call("GET", `/v1/management/agents/${AG.fleet01}/events`);
    expect(log.body.data.some((e: { type: string }) => e.type === "exec_resumed")).toBe(false);
  });

  it("answers 404 for an unknown agent or workspace and 400 for a bad body", async () => {
    const h = harness();
    expect((await h.call("POST", "/v1/management/agents/agt_nope/pause-exec")).body.error.code).toBe("agent_not_found");
    expect((await h.call("POST", `/v1/management/agents/${AG.fleet01}/pause-exec`, { body: { workspace_id: "ws_nope" } })).body.error.code).toBe(
      "workspace_not_found",
    );
    const bad = await h.call("POST", `/v1/management/agents/${AG.fleet01}/resume-exec`, { body: { workspace: "x" } });
    expect(bad.body.error).toMatchObject({ code: "invalid_body", param: "workspace" });
  });

  it("leaves in-flight calls to finish when their agent is paused", async () => {
    const h = harness();
    await h.call("POST", `/v1/management/agents/${AG.edge03}/pause-exec`);
    h.clock.advance(4 * 60_000);
    expect(h.world.invocations.get(INV.running).status).toBe("completed");
  });
});

describe("which agents serve a workspace", () => {
  it("only agents bound to the workspace serve it: binding lets a queued call dispatch", async () => {
    const h = harness();
    // etcd_snapshot in prod waits for fleet_02 (offline); edge_03 publishes it but serves staging only.
    expect(h.world.invocations.get(INV.queued).status).toBe("queued");
    const bound = await h.call("POST", `/v1/workspaces/${WS.prod}/bindings`, { body: { agent_id: AG.edge03 } });
    expect(bound.status).toBe(201);
    expect(h.world.invocations.get(INV.queued)).toMatchObject({ status: "dispatched", agent_id: AG.edge03 });
  });

  it("an offline agent coming back healthy dispatches what waited for it", () => {
    const h = harness();
    h.world.setAgentStatus(AG.fleet02, "healthy");
    expect(h.world.invocations.get(INV.queued)).toMatchObject({ status: "dispatched", agent_id: AG.fleet02 });
  });

  it("a degraded agent takes no new calls", async () => {
    const h = harness();
    h.world.setAgentStatus(AG.fleet01, "degraded");
    expect(await invokeGet(h, WS.prod)).toMatchObject({ status: "queued" });
    h.world.setAgentStatus(AG.fleet01, "healthy");
    expect(h.world.invocations.list({ limit: 1 }).data[0]).toMatchObject({ status: "dispatched" });
  });

  it("a newly enrolled agent bound to the workspace dispatches what waited", async () => {
    const h = harness();
    await h.call("POST", `/v1/management/agents/${AG.fleet01}/pause-exec`);
    const queued = await invokeGet(h, WS.prod);
    const agent = h.world.enrollAgent({
      joinKey: DEMO.activeJoinKeySecret,
      registrationName: "xem-new-01",
      tools: [h.world.tools.get(T.read)].map(({ object: _o, agent_ids: _a, ...descriptor }) => descriptor),
      workspaceIds: [WS.prod],
    });
    expect(h.world.invocations.get(queued.id)).toMatchObject({ status: "dispatched", agent_id: agent.id });
  });

  it("balances new calls onto the agent with fewer calls in flight", async () => {
    const h = harness();
    const first = await invokeGet(h, WS.staging);
    const second = await invokeGet(h, WS.staging);
    expect(new Set([first.agent_id, second.agent_id])).toEqual(new Set([AG.fleet01, AG.edge03]));
  });
});
