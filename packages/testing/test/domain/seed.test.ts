import { InvocationStatusValues as INVOCATION_STATUSES, JoinKeyStatusValues as JOIN_KEY_STATUSES } from "@xerotier/api";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock";
import { createWorld } from "../../src/domain/world";
import { createRouter } from "../../src/router";
import { DEMO } from "../../src/seed/demo-ids";
import { expectSchema } from "./support";

describe("the demo seed", () => {
  const world = createWorld({ clock: createManualClock(), seed: "demo" });

  it("has invocations in every status, each with transitions ending in that status", () => {
    const all = world.invocations.list({ limit: 100 }).data;
    expect(new Set(all.map((i) => i.status))).toEqual(new Set(INVOCATION_STATUSES));
    for (const inv of all) {
      expectSchema("Invocation", inv);
      expect(inv.transitions.at(-1)?.to).toBe(inv.status);
      expect(inv.transitions[0]?.from).toBeNull();
    }
    expect(world.invocations.get(DEMO.invocations.completed)).toMatchObject({ status: "completed", approval_ids: [DEMO.approvals.approved], duration_ms: 29_000 });
  });

  it("has pending destructive and irreversible approvals, and decided ones", () => {
    const pending = world.approvals.list({ status: "pending" }).data;
    expect(pending.map((a) => [a.id, a.risk])).toEqual([
      [DEMO.approvals.pendingDestructive, "destructive"],
      [DEMO.approvals.pendingIrreversible, "irreversible"],
    ]);
    for (const a of world.approvals.list().data) expectSchema("Approval", a);
  });

  it("has a healthy and an offline XEM, workspaces with bindings, and join keys in every status", () => {
    expect(world.agents.list().data.map((a) => [a.id, a.status])).toEqual([
      [DEMO.agents.fleet01, "healthy"],
      [DEMO.agents.fleet02, "offline"],
      [DEMO.agents.edge03, "healthy"],
    ]);
    for (const a of world.agents.list().data) expectSchema("Agent", a);
    expect(world.workspaces.get(DEMO.workspaces.prod).agent_ids).toEqual([DEMO.agents.fleet01, DEMO.agents.fleet02]);
    expect(new Set(world.joinKeys.list().data.map((k) => k.status))).toEqual(new Set(JOIN_KEY_STATUSES));
  });

  it("has tools at every risk level and an artifact readable through the chat API", () => {
    expect(new Set(world.tools.list().data.map((t) => t.risk))).toEqual(new Set(["read", "write", "destructive", "irreversible"]));
    const output = world.invocations.output(DEMO.invocations.completed);
    expect(output.artifacts[0]).toMatchObject({ id: DEMO.artifact.id, chat_id: DEMO.artifact.chatId });
    expect(world.artifacts.get(DEMO.artifact.chatId, DEMO.artifact.id).content).toContain("node/node-7 drained");
  });

  it("writes its history to the event log in time order, every entry a valid event", () => {
    const log = world.events.list();
    expect(log.length).toBeGreaterThan(10);
    for (let i = 1; i < log.length; i++) expect(log[i]!.created_at).toBeGreaterThanOrEqual(log[i - 1]!.created_at);
    for (const e of log) expectSchema("Event", e);
  });

  it("keeps in-flight calls moving on the clock", () => {
    const w = createWorld({ clock: createManualClock(), seed: "demo" });
    w.clock.advance(30_000);
    expect(w.invocations.get(DEMO.invocations.dispatched).status).toBe("running");
    w.clock.advance(3 * 60_000);
    expect(w.invocations.get(DEMO.invocations.running).status).toBe("completed");
    w.dispose();
  });

  it("is deterministic: two worlds from the same clock hand out the same ids", () => {
    const a = createWorld({ clock: createManualClock(), seed: "demo" });
    const b = createWorld({ clock: createManualClock(), seed: "demo" });
    const input = { workspace_id: DEMO.workspaces.prod, tool_name: "kubectl_get", arguments: { resource: "pods" } };
    expect(a.invocations.create(input, "system").id).toBe(b.invocations.create(input, "system").id);
    expect(a.joinKeys.create({ name: "k", region: "r", router_addr: "tcp://h:1" })).toEqual(b.joinKeys.create({ name: "k", region: "r", router_addr: "tcp://h:1" }));
  });
});

describe("the empty seed and custom seeds", () => {
  it("empty has nothing in it", () => {
    const world = createWorld({ clock: createManualClock(), seed: "empty" });
    expect(world.agents.list().data).toEqual([]);
    expect(world.workspaces.list().data).toEqual([]);
    expect(world.events.list()).toEqual([]);
  });

  it("a seed function builds a world through the public helpers", () => {
    const world = createWorld({
      clock: createManualClock(),
      seed: (w) => {
        const ws = w.workspaces.create({ id: "ws_lab", name: "lab" });
        const key = w.joinKeys.create({ name: "lab", region: "lab-1", router_addr: "tcp://lab:5555" });
        w.enrollAgent({ id: "agt_lab", joinKey: key.key, registrationName: "xem-lab", workspaceIds: [ws.id], tools: [] });
      },
    });
    expect(world.workspaces.get("ws_lab").agent_ids).toEqual(["agt_lab"]);
    expect(world.agents.get("agt_lab")).toMatchObject({ region: "lab-1", status: "healthy" });
  });

  it("a router runs a seed function once per project, telling it which project it fills", async () => {
    const seeded: string[] = [];
    const router = createRouter({
      clock: "manual",
      seed: (w, { project }) => {
        seeded.push(project);
        w.workspaces.create({ id: `ws_${project}`, name: project });
      },
    });
    expect(seeded.sort()).toEqual(["proj_demo", "proj_other"]);
    expect(router.worldOf("proj_other").workspaces.get("ws_proj_other").name).toBe("proj_other");
    router.reset();
    expect(seeded.sort()).toEqual(["proj_demo", "proj_demo", "proj_other", "proj_other"]);
    await router.close();
  });
});
