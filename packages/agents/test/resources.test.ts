import { NotFoundError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createAgents } from "../src/index";
import { useRouter } from "./support";

describe("agents: list, show, update, remove", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("list() iterates every enrolled agent and filters by status", async () => {
    const agents = createAgents(h.client());
    const ids: string[] = [];
    for await (const agent of agents.list()) ids.push(agent.id);
    expect(ids.sort()).toEqual([DEMO.agents.edge03, DEMO.agents.fleet01, DEMO.agents.fleet02].sort());
    const offline = await agents.list({ status: "offline" }).toArray();
    expect(offline.map((a) => a.id)).toEqual([DEMO.agents.fleet02]);
  });

  it("get() shows status, the published tool surface and the last heartbeat", async () => {
    const agent = await createAgents(h.client()).get(DEMO.agents.fleet01);
    expect(agent).toMatchObject({ id: DEMO.agents.fleet01, status: "healthy" });
    expect(agent.manifest.tools.map((t) => t.name)).toContain(DEMO.tools.read);
    expect(agent.last_heartbeat_at).toEqual(expect.any(String));
  });

  it("get() of an unknown agent throws NotFoundError with code agent_not_found", async () => {
    await expect(createAgents(h.client()).get("agt_nope")).rejects.toMatchObject({ name: "NotFoundError", code: "agent_not_found" });
  });

  it("update() renames an agent", async () => {
    const agents = createAgents(h.client());
    expect(await agents.update(DEMO.agents.edge03, { name: "edge-renamed" })).toMatchObject({ name: "edge-renamed" });
    expect((await agents.get(DEMO.agents.edge03)).name).toBe("edge-renamed");
  });

  it("remove() deletes the agent and its bindings", async () => {
    const agents = createAgents(h.client());
    expect(await agents.remove(DEMO.agents.edge03)).toEqual({ id: DEMO.agents.edge03, object: "agent", deleted: true });
    await expect(agents.get(DEMO.agents.edge03)).rejects.toBeInstanceOf(NotFoundError);
    const bound = await agents.listBindings(DEMO.workspaces.staging).toArray();
    expect(bound.map((b) => b.agent_id)).not.toContain(DEMO.agents.edge03);
  });
});

describe("join keys", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("createJoinKey() maps the guide's flags and returns the secret once; listJoinKeys() never shows it", async () => {
    const agents = createAgents(h.client());
    const key = await agents.createJoinKey({ name: "edge-east", region: "us-east-1", routerAddr: "tcp://router.example.com:5555" });
    expect(key).toMatchObject({ name: "edge-east", region: "us-east-1", router_addr: "tcp://router.example.com:5555", role: "xem", status: "active" });
    expect(key.key).toEqual(expect.any(String));
    const listed = (await agents.listJoinKeys().toArray()).find((k) => k.id === key.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty("key");
  });

  it("createJoinKey() passes role and lifetime", async () => {
    const key = await createAgents(h.client()).createJoinKey({ name: "xim", region: "eu-west-1", routerAddr: "tcp://r:5555", role: "xim", expiresInHours: 1 });
    expect(key.role).toBe("xim");
    expect(Date.parse(key.expires_at) - Date.parse(key.created_at)).toBe(3_600_000);
  });

  it("listJoinKeys({ status }) filters; revokeJoinKey() revokes and is idempotent", async () => {
    const agents = createAgents(h.client());
    expect((await agents.listJoinKeys({ status: "active" }).toArray()).map((k) => k.id)).toEqual([DEMO.joinKeys.active]);
    expect((await agents.revokeJoinKey(DEMO.joinKeys.active)).status).toBe("revoked");
    expect((await agents.revokeJoinKey(DEMO.joinKeys.active)).status).toBe("revoked");
    expect(await agents.listJoinKeys({ status: "active" }).toArray()).toEqual([]);
  });
});

describe("workspace bindings", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("bindWorkspace() binds (safe to repeat), listBindings() lists, unbindWorkspace() unbinds", async () => {
    const agents = createAgents(h.client());
    const binding = await agents.bindWorkspace(DEMO.workspaces.prod, DEMO.agents.edge03);
    expect(binding).toMatchObject({ workspace_id: DEMO.workspaces.prod, agent_id: DEMO.agents.edge03 });
    expect(await agents.bindWorkspace(DEMO.workspaces.prod, DEMO.agents.edge03)).toMatchObject({ id: binding.id });
    const bound = (await agents.listBindings(DEMO.workspaces.prod).toArray()).map((b) => b.agent_id);
    expect(bound).toEqual([DEMO.agents.fleet01, DEMO.agents.fleet02, DEMO.agents.edge03]);
    expect(await agents.unbindWorkspace(DEMO.workspaces.prod, DEMO.agents.edge03)).toMatchObject({ deleted: true });
    await expect(agents.unbindWorkspace(DEMO.workspaces.prod, DEMO.agents.edge03)).rejects.toBeInstanceOf(NotFoundError);
  });
});
