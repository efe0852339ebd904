import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/seed/demo-ids";
import { expectError, harness } from "./support";

const mint = { name: "edge-east", region: "us-east-1", router_addr: "tcp://router.example.com:5555" };

describe("join keys", () => {
  it("returns the secret once, on create; list and show never include it", async () => {
    const h = harness();
    const created = await h.call("POST", "/v1/management/join-keys", { body: mint });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...mint, object: "join_key", role: "xem", status: "active", expires_at: "2026-11-25T09:00:00Z", consumed_by_agent_id: null });
    expect(created.body.key).toMatch(/^jk_live_/);
    const shown = await h.call("GET", `/v1/management/join-keys/${created.body.id}`);
    expect(shown.body).not.toHaveProperty("key");
    const listed = await h.call("GET", "/v1/management/join-keys?limit=100");
    expect(listed.body.data[0].id).toBe(created.body.id);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
  });

  it("validates the body against JoinKeyCreate", async () => {
    const h = harness();
    expectError(await h.call("POST", "/v1/management/join-keys", { body: { ...mint, router_addr: "http://x:1" } }), 400, "invalid_body", "router_addr");
    expectError(await h.call("POST", "/v1/management/join-keys", { body: { ...mint, expires_in_hours: 0 } }), 400, "invalid_body", "expires_in_hours");
    expectError(await h.call("POST", "/v1/management/join-keys", { body: { ...mint, expires_in_hours: 721 } }), 400, "invalid_body", "expires_in_hours");
    expectError(await h.call("POST", "/v1/management/join-keys", { body: { ...mint, region: "r".repeat(25) } }), 400, "invalid_body", "region");
    expectError(await h.call("POST", "/v1/management/join-keys", { body: { ...mint, role: "admin" } }), 400, "invalid_body", "role");
    expectError(await h.call("POST", "/v1/management/join-keys", { body: { region: "x", router_addr: mint.router_addr } }), 400, "invalid_body", "name");
  });

  it("expires at expires_at, computed from the clock", async () => {
    const h = harness();
    const { body } = await h.call("POST", "/v1/management/join-keys", { body: { ...mint, expires_in_hours: 1 } });
    h.clock.advance(60 * 60_000 - 1);
    expect((await h.call("GET", `/v1/management/join-keys/${body.id}`)).body.status).toBe("active");
    h.clock.advance(1);
    expect((await h.call("GET", `/v1/management/join-keys/${body.id}`)).body.status).toBe("expired");
    expect(() => h.world.enrollAgent({ joinKey: body.key, registrationName: "late" })).toThrow(/expired/);
  });

  it("is single use: enrolment consumes it and creates a healthy agent", async () => {
    const h = harness();
    const { body } = await h.call("POST", "/v1/management/join-keys", { body: { ...mint, role: "xem" } });
    const agent = h.world.enrollAgent({ joinKey: body.key, registrationName: "xem-east-01", workspaceIds: [DEMO.workspaces.prod] });
    expect(agent).toMatchObject({ status: "healthy", region: "us-east-1", role: "xem", registration_name: "xem-east-01", manifest: { workspace_ids: [DEMO.workspaces.prod] } });
    expect(h.world.events.list().at(-1)).toMatchObject({ type: "exec.agent_enrolled", data: { id: agent.id } });
    const key = await h.call("GET", `/v1/management/join-keys/${body.id}`);
    expect(key.body).toMatchObject({ status: "consumed", consumed_by_agent_id: agent.id });
    expect(() => h.world.enrollAgent({ joinKey: body.key, registrationName: "xem-east-02" })).toThrow(/consumed/);
    expect((await h.call("GET", `/v1/workspaces/${DEMO.workspaces.prod}`)).body.agent_ids).toContain(agent.id);
  });

  it("revokes (idempotently) so it can no longer enrol", async () => {
    const h = harness();
    const revoked = await h.call("DELETE", `/v1/management/join-keys/${DEMO.joinKeys.active}`);
    expect(revoked.body).toMatchObject({ id: DEMO.joinKeys.active, status: "revoked" });
    const again = await h.call("DELETE", `/v1/management/join-keys/${DEMO.joinKeys.active}`);
    expect(again.body).toEqual(revoked.body);
    expect(() => h.world.enrollAgent({ joinKey: DEMO.activeJoinKeySecret, registrationName: "x" })).toThrow(/revoked/);
    expectError(await h.call("DELETE", "/v1/management/join-keys/jk_nope"), 404, "join_key_not_found");
    expectError(await h.call("GET", "/v1/management/join-keys/jk_nope"), 404, "join_key_not_found");
  });

  it("never puts the secret in an enrolment error", () => {
    const h = harness();
    expect(() => h.world.enrollAgent({ joinKey: "jk_live_wrong_secret", registrationName: "x" })).toThrow(/^No join key matches the given secret\.$/);
  });

  it("lists newest first, filtered by status (expired is computed)", async () => {
    const h = harness();
    const all = await h.call("GET", "/v1/management/join-keys");
    expect(all.body.data.map((k: { id: string; status: string }) => `${k.id}:${k.status}`)).toEqual([
      `${DEMO.joinKeys.active}:active`,
      `${DEMO.joinKeys.revoked}:revoked`,
      `${DEMO.joinKeys.consumed}:consumed`,
      `${DEMO.joinKeys.expired}:expired`,
    ]);
    const expired = await h.call("GET", "/v1/management/join-keys?status=expired");
    expect(expired.body.data.map((k: { id: string }) => k.id)).toEqual([DEMO.joinKeys.expired]);
    expectError(await h.call("GET", "/v1/management/join-keys?status=used"), 400, "invalid_request", "status");
  });
});
