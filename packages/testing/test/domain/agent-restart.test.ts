import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/seed/demo-ids";
import type { ToolDescriptor } from "../../src/domain/types";
import { expectSchema, harness } from "./support";

const { agents: AG, tools: T } = DEMO;

const SNAPSHOT: ToolDescriptor = {
  name: "etcd_backup",
  description: "Back etcd up to object storage.",
  risk: "write",
  domain: "kubernetes",
  timeout_ms: 60_000,
  parameters: { type: "object", properties: {} },
};

describe("world.restartAgent (a simulated XEM restart)", () => {
  it("goes offline, then re-enrols healthy with a new worker, a fresh heartbeat and the new manifest", async () => {
    const h = harness();
    const before = h.world.agents.get(AG.fleet01);
    h.clock.advance(4_000);
    const offline = h.world.restartAgent(AG.fleet01, { tools: [...before.manifest.tools, SNAPSHOT], downtimeMs: 3_000 });
    expect(offline).toMatchObject({ status: "offline", manifest: { hash: before.manifest.hash } });
    expect((await h.call("GET", `/v1/management/agents/${AG.fleet01}`)).body.manifest.version).toBe(before.manifest.version);

    h.clock.advance(3_000);
    const after = (await h.call("GET", `/v1/management/agents/${AG.fleet01}`)).body;
    expect(after).toMatchObject({ id: AG.fleet01, status: "healthy", region: before.region, registration_name: before.registration_name });
    expect(after.worker_id).not.toBe(before.worker_id);
    expect(Date.parse(after.last_heartbeat_at)).toBe(h.clock.now());
    expect(after.manifest.version).toBe(before.manifest.version + 1);
    expect(after.manifest.hash).not.toBe(before.manifest.hash);
    expect(after.manifest.tools.map((t: ToolDescriptor) => t.name)).toContain("etcd_backup");
    expect(after.manifest.workspace_ids).toEqual(before.manifest.workspace_ids);
  });

  it("emits exec.agent_offline then exec.agent_enrolled, and logs the re-enrolment and the manifest update", async () => {
    const h = harness();
    const from = h.world.events.latestId();
    h.world.restartAgent(AG.edge03, { tools: [SNAPSHOT] });
    const events = h.world.events.since(from).events;
    expect(events.map((e) => [e.type, e.data.status])).toEqual([
      ["exec.agent_offline", "offline"],
      ["exec.agent_enrolled", "healthy"],
    ]);
    for (const event of events) expectSchema("Event", event);
    const log = (await h.call("GET", `/v1/management/agents/${AG.edge03}/events?limit=3`)).body.data.map((e: { type: string }) => e.type);
    expect(log).toEqual(["manifest_updated", "enrolled", "status_changed"]);
  });

  it("a restart with the same tools keeps the manifest version and hash", () => {
    const h = harness();
    const before = h.world.agents.get(AG.edge03);
    const after = h.world.restartAgent(AG.edge03);
    expect(after.manifest).toEqual(before.manifest);
    expect(after).toMatchObject({ status: "healthy" });
    expect(after.worker_id).not.toBe(before.worker_id);
  });

  it("swaps the manifest object whole: a copy read before the swap is never edited", () => {
    const h = harness();
    const held = h.world.agents.get(AG.fleet01).manifest;
    const snapshot = structuredClone(held);
    h.world.restartAgent(AG.fleet01, { tools: [SNAPSHOT] });
    expect(held).toEqual(snapshot);
    expect(h.world.agents.get(AG.fleet01).manifest.tools.map((t) => t.name)).toEqual(["etcd_backup"]);
  });

  it("the catalogue follows the new manifest: a removed tool is no longer offered by that agent", async () => {
    const h = harness();
    const tools = h.world.agents.get(AG.edge03).manifest.tools.filter((t) => t.name !== T.snapshot);
    h.world.restartAgent(AG.edge03, { tools });
    expect(h.world.agents.get(AG.edge03).manifest.tools.some((t) => t.name === T.snapshot)).toBe(false);
    const catalogue = (await h.call("GET", "/v1/exec/tools?limit=100")).body.data.map((t: { name: string }) => t.name);
    expect(catalogue).not.toContain(T.snapshot); // fleet_02, the other publisher, is offline
  });

  it("a second restart during the downtime replaces the pending one; dispose cancels what is pending", () => {
    const h = harness();
    const before = h.world.agents.get(AG.edge03).manifest;
    h.world.restartAgent(AG.edge03, { tools: [SNAPSHOT], downtimeMs: 5_000 });
    h.world.restartAgent(AG.edge03, { downtimeMs: 1_000 }); // no tools: the published ones
    h.clock.advance(1_000);
    expect(h.world.agents.get(AG.edge03)).toMatchObject({ status: "healthy", manifest: before });
    h.clock.advance(10_000);
    expect(h.world.agents.get(AG.edge03).manifest).toEqual(before);

    h.world.restartAgent(AG.fleet01, { downtimeMs: 1_000 });
    h.world.dispose();
    h.clock.advance(1_000);
    expect(h.world.agents.get(AG.fleet01).status).toBe("offline");
  });

  it("rejects an unknown agent and an out-of-range downtime", () => {
    const h = harness();
    expect(() => h.world.restartAgent("agt_nope")).toThrow(expect.objectContaining({ status: 404, code: "agent_not_found" }));
    expect(() => h.world.restartAgent(AG.edge03, { downtimeMs: -1 })).toThrow(expect.objectContaining({ status: 400, param: "downtimeMs" }));
    expect(() => h.world.restartAgent(AG.edge03, { downtimeMs: 3_600_001 })).toThrow(expect.objectContaining({ status: 400 }));
    expect(h.world.agents.get(AG.edge03).status).toBe("healthy");
  });
});
