import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/seed/demo-ids";
import { expectError, harness } from "./support";

const { workspaces: WS, agents: AG } = DEMO;

describe("workspaces", () => {
  it("lists and shows workspaces with their bound agents", async () => {
    const h = harness();
    const list = await h.call("GET", "/v1/workspaces");
    expect(list.body.data.map((w: { id: string; agent_ids: string[] }) => [w.id, w.agent_ids])).toEqual([
      [WS.prod, [AG.fleet01, AG.fleet02]],
      [WS.staging, [AG.fleet01, AG.edge03]],
    ]);
    const one = await h.call("GET", `/v1/workspaces/${WS.prod}`);
    expect(one.body).toMatchObject({ object: "workspace", name: "kubernetes-prod", type: "kubernetes" });
    expectError(await h.call("GET", "/v1/workspaces/ws_nope"), 404, "workspace_not_found");
    expectError(await h.call("GET", "/v1/workspaces?limit=500"), 400, "invalid_request", "limit");
  });

  it("lists bindings paged by binding id", async () => {
    const h = harness();
    const first = await h.call("GET", `/v1/workspaces/${WS.staging}/bindings?limit=1`);
    expect(first.body).toMatchObject({ has_more: true, data: [{ id: `${WS.staging}:${AG.fleet01}`, object: "workspace_binding", agent_id: AG.fleet01 }] });
    const next = await h.call("GET", `/v1/workspaces/${WS.staging}/bindings?after=${first.body.data[0].id}`);
    expect(next.body).toMatchObject({ has_more: false, data: [{ agent_id: AG.edge03 }] });
    expectError(await h.call("GET", "/v1/workspaces/ws_nope/bindings"), 404, "workspace_not_found");
  });

  it("binds with 201, answers 200 with the existing binding when already bound, and keeps both sides in sync", async () => {
    const h = harness();
    h.clock.advance(1000);
    const created = await h.call("POST", `/v1/workspaces/${WS.prod}/bindings`, { body: { agent_id: AG.edge03 } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ workspace_id: WS.prod, agent_id: AG.edge03, created_at: "2026-11-24T09:00:01Z" });
    const repeated = await h.call("POST", `/v1/workspaces/${WS.prod}/bindings`, { body: { agent_id: AG.edge03 } });
    expect(repeated.status).toBe(200);
    expect(repeated.body).toEqual(created.body);
    expect(h.world.workspaces.get(WS.prod).agent_ids).toContain(AG.edge03);
    expect(h.world.agents.get(AG.edge03).manifest).toMatchObject({ version: 3, workspace_ids: [WS.staging, WS.prod] });
  });

  it("unbinds, and answers 404 binding_not_found when not bound", async () => {
    const h = harness();
    const res = await h.call("DELETE", `/v1/workspaces/${WS.prod}/bindings/${AG.fleet02}`);
    expect(res.body).toEqual({ object: "workspace_binding", workspace_id: WS.prod, agent_id: AG.fleet02, deleted: true });
    expect(h.world.agents.get(AG.fleet02).manifest.workspace_ids).toEqual([]);
    expectError(await h.call("DELETE", `/v1/workspaces/${WS.prod}/bindings/${AG.fleet02}`), 404, "binding_not_found");
    expectError(await h.call("DELETE", `/v1/workspaces/ws_nope/bindings/${AG.fleet02}`), 404, "workspace_not_found");
  });

  it("rejects a bind for an unknown agent or workspace, or with a bad body", async () => {
    const h = harness();
    expectError(await h.call("POST", `/v1/workspaces/${WS.prod}/bindings`, { body: { agent_id: "agt_nope" } }), 404, "agent_not_found");
    expectError(await h.call("POST", "/v1/workspaces/ws_nope/bindings", { body: { agent_id: AG.edge03 } }), 404, "workspace_not_found");
    expectError(await h.call("POST", `/v1/workspaces/${WS.prod}/bindings`, { body: {} }), 400, "invalid_body", "agent_id");
  });
});

describe("tools", () => {
  it("lists the catalogue of online publishers sorted by name, paged by name", async () => {
    const h = harness();
    const all = await h.call("GET", "/v1/exec/tools");
    expect(all.body.data.map((t: { name: string }) => t.name)).toEqual([
      "etcd_snapshot",
      "kubectl_drain",
      "kubectl_get",
      "kubectl_label",
      "kubectl_rollout_restart",
      "openstack_server_delete",
    ]);
    expect(all.body.data[0]).toMatchObject({ object: "tool", risk: "write", agent_ids: [AG.edge03] });
    const page = await h.call("GET", "/v1/exec/tools?limit=2&after=kubectl_drain");
    expect(page.body).toMatchObject({ has_more: true, data: [{ name: "kubectl_get" }, { name: "kubectl_label" }] });
  });

  it("filters by workspace: only tools of agents bound to it", async () => {
    const h = harness();
    const prod = await h.call("GET", `/v1/exec/tools?workspace_id=${WS.prod}`);
    expect(prod.body.data.map((t: { name: string }) => t.name)).not.toContain("etcd_snapshot");
    const unknown = await h.call("GET", "/v1/exec/tools?workspace_id=ws_nope");
    expect(unknown.body.data).toEqual([]);
  });

  it("shows one tool with its risk and parameter schema, or 404 exec_tool_not_found", async () => {
    const h = harness();
    const tool = await h.call("GET", "/v1/exec/tools/kubectl_drain");
    expect(tool.body).toMatchObject({ name: "kubectl_drain", risk: "destructive", timeout_ms: 120_000, parameters: { required: ["node"] } });
    expectError(await h.call("GET", "/v1/exec/tools/github.create_repo"), 404, "exec_tool_not_found");
  });
});
