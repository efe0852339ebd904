import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/seed/demo-ids";
import { expectError, harness } from "./support";

const { workspaces: WS, agents: AG } = DEMO;

describe("GET /v1/management/agents", () => {
  it("lists agents in enrolment order, filtered by status and role, paged by id", async () => {
    const h = harness();
    const all = await h.call("GET", "/v1/management/agents");
    expect(all.body.data.map((a: { id: string }) => a.id)).toEqual([AG.fleet01, AG.fleet02, AG.edge03]);
    const offline = await h.call("GET", "/v1/management/agents?status=offline&role=xem");
    expect(offline.body.data.map((a: { id: string }) => a.id)).toEqual([AG.fleet02]);
    const page = await h.call("GET", `/v1/management/agents?limit=1&after=${AG.fleet01}`);
    expect(page.body).toMatchObject({ data: [{ id: AG.fleet02 }], has_more: true });
    expectError(await h.call("GET", "/v1/management/agents?status=sleepy"), 400, "invalid_request", "status");
    expectError(await h.call("GET", "/v1/management/agents?role=xyz"), 400, "invalid_request", "role");
  });

  it("shows one agent with its manifest and bindings, or 404 agent_not_found", async () => {
    const h = harness();
    const agent = await h.call("GET", `/v1/management/agents/${AG.fleet01}`);
    expect(agent.body).toMatchObject({ object: "agent", status: "healthy", manifest: { version: 3, workspace_ids: [WS.prod, WS.staging] } });
    expectError(await h.call("GET", "/v1/management/agents/agt_nope"), 404, "agent_not_found");
  });
});

describe("PATCH /v1/management/agents/{id}", () => {
  it("renames and describes an agent", async () => {
    const h = harness();
    const res = await h.call("PATCH", `/v1/management/agents/${AG.edge03}`, { body: { name: "edge-03-renamed", description: "rack 4" } });
    expect(res.body).toMatchObject({ name: "edge-03-renamed", description: "rack 4", registration_name: "xem-edge-03" });
    const cleared = await h.call("PATCH", `/v1/management/agents/${AG.edge03}`, { body: { description: null } });
    expect(cleared.body.description).toBeNull();
  });

  it("rejects an empty body, unknown fields and out-of-range names", async () => {
    const h = harness();
    expectError(await h.call("PATCH", `/v1/management/agents/${AG.edge03}`, { body: {} }), 400, "invalid_body");
    expectError(await h.call("PATCH", `/v1/management/agents/${AG.edge03}`, { body: { role: "xim" } }), 400, "invalid_body", "role");
    expectError(await h.call("PATCH", `/v1/management/agents/${AG.edge03}`, { body: { name: "" } }), 400, "invalid_body", "name");
    expectError(await h.call("PATCH", `/v1/management/agents/${AG.edge03}`, { body: { name: "n".repeat(65) } }), 400, "invalid_body", "name");
    expectError(await h.call("PATCH", "/v1/management/agents/agt_nope", { body: { name: "x" } }), 404, "agent_not_found");
  });
});

describe("DELETE /v1/management/agents/{id}", () => {
  it("removes the agent and its bindings", async () => {
    const h = harness();
    const res = await h.call("DELETE", `/v1/management/agents/${AG.fleet01}`);
    expect(res.body).toEqual({ id: AG.fleet01, object: "agent", deleted: true });
    expectError(await h.call("GET", `/v1/management/agents/${AG.fleet01}`), 404, "agent_not_found");
    const prod = await h.call("GET", `/v1/workspaces/${WS.prod}`);
    expect(prod.body.agent_ids).toEqual([AG.fleet02]);
    const bindings = await h.call("GET", `/v1/workspaces/${WS.staging}/bindings`);
    expect(bindings.body.data.map((b: { agent_id: string }) => b.agent_id)).toEqual([AG.edge03]);
    expectError(await h.call("DELETE", `/v1/management/agents/${AG.fleet01}`), 404, "agent_not_found");
  });
});

describe("CURVE rotation and heartbeats", () => {
  it("replaces the public key, records the time, and the next heartbeat is newer than rotated_at", async () => {
    const h = harness({ heartbeatIntervalMs: 10_000 });
    const before = h.world.agents.get(AG.fleet01);
    h.clock.advance(3_000);
    const res = await h.call("POST", `/v1/management/agents/${AG.fleet01}/curve-rotate`, { body: { reason: "quarterly" } });
    expect(res.body).toMatchObject({ object: "curve_rotation", agent_id: AG.fleet01, rotated_at: "2026-11-24T09:00:03Z" });
    expect(res.body.curve_public_key).not.toBe(before.curve_public_key);
    expect(res.body.curve_public_key).toHaveLength(40);
    const after = h.world.agents.get(AG.fleet01);
    expect(after).toMatchObject({ curve_public_key: res.body.curve_public_key, curve_rotated_at: "2026-11-24T09:00:03Z" });
    expect(Date.parse(after.last_heartbeat_at!)).toBeLessThan(Date.parse(res.body.rotated_at));

    h.clock.advance(7_000);
    const beat = await h.call("GET", `/v1/management/agents/${AG.fleet01}`);
    expect(beat.body.last_heartbeat_at).toBe("2026-11-24T09:00:10Z");
    const log = await h.call("GET", `/v1/management/agents/${AG.fleet01}/events?limit=1`);
    expect(log.body.data[0]).toMatchObject({ type: "curve_rotated", details: { reason: "quarterly", actor: "api_key:xero_test" } });
  });

  it("rotates with no body, and rejects a reason over 500 characters", async () => {
    const h = harness();
    expect((await h.call("POST", `/v1/management/agents/${AG.edge03}/curve-rotate`)).status).toBe(200);
    expectError(await h.call("POST", `/v1/management/agents/${AG.edge03}/curve-rotate`, { body: { reason: "r".repeat(501) } }), 400, "invalid_body", "reason");
    expectError(await h.call("POST", "/v1/management/agents/agt_nope/curve-rotate"), 404, "agent_not_found");
  });

  it("heartbeats online agents every heartbeatIntervalMs, never offline ones", () => {
    const h = harness({ heartbeatIntervalMs: 5_000 });
    const offlineBefore = h.world.agents.get(AG.fleet02).last_heartbeat_at;
    h.clock.advance(5_000);
    expect(h.world.agents.get(AG.edge03).last_heartbeat_at).toBe("2026-11-24T09:00:05Z");
    h.clock.advance(5_000);
    expect(h.world.agents.get(AG.edge03).last_heartbeat_at).toBe("2026-11-24T09:00:10Z");
    expect(h.world.agents.get(AG.fleet02).last_heartbeat_at).toBe(offlineBefore);
  });

  it("a heartbeat from an offline agent brings it back healthy", () => {
    const h = harness();
    h.clock.advance(1_000);
    const agent = h.world.heartbeat(AG.fleet02);
    expect(agent).toMatchObject({ status: "healthy", last_heartbeat_at: "2026-11-24T09:00:01Z" });
  });
});

describe("status changes and the lifecycle log", () => {
  it("going offline emits exec.agent_offline with the agent and logs status_changed", async () => {
    const h = harness();
    h.world.setAgentStatus(AG.edge03, "offline");
    expect(h.world.events.list().at(-1)).toMatchObject({ type: "exec.agent_offline", data: { id: AG.edge03, status: "offline" } });
    const log = await h.call("GET", `/v1/management/agents/${AG.edge03}/events`);
    expect(log.body.data[0]).toMatchObject({ object: "agent_event", agent_id: AG.edge03, type: "status_changed", details: { from: "healthy", to: "offline" } });
  });

  it("lists an agent's lifecycle newest first, paged, with every kind of entry", async () => {
    const h = harness();
    await h.call("POST", `/v1/management/agents/${AG.fleet01}/pause-exec`, { body: { workspace_id: WS.prod } });
    await h.call("POST", `/v1/management/agents/${AG.fleet01}/resume-exec`, { body: { workspace_id: WS.prod } });
    await h.call("DELETE", `/v1/workspaces/${WS.staging}/bindings/${AG.fleet01}`);
    h.world.publishManifest(AG.fleet01, []);
    const log = await h.call("GET", `/v1/management/agents/${AG.fleet01}/events?limit=100`);
    expect(log.body.data.map((e: { type: string }) => e.type)).toEqual([
      "manifest_updated",
      "unbound",
      "exec_resumed",
      "exec_paused",
      "curve_rotated",
      "bound",
      "bound",
      "enrolled",
    ]);
    const page = await h.call("GET", `/v1/management/agents/${AG.fleet01}/events?limit=2&after=${log.body.data[1].id}`);
    expect(page.body.data.map((e: { type: string }) => e.type)).toEqual(["exec_resumed", "exec_paused"]);
    expectError(await h.call("GET", "/v1/management/agents/agt_nope/events"), 404, "agent_not_found");
  });

  it("a new manifest changes the catalogue and bumps the version", () => {
    const h = harness();
    const agent = h.world.publishManifest(AG.edge03, []);
    expect(agent.manifest).toMatchObject({ version: 3, tools: [] });
    expect(h.world.tools.get("kubectl_get").agent_ids).toEqual([AG.fleet01]);
    expect(() => h.world.tools.get("etcd_snapshot")).toThrow(/not registered with any online XEM/);
  });
});
