import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { errorOf, useWireRouter } from "./wire";

type Invocation = { id: string; status: string; error: { code: string } | null; transitions: Array<{ to: string; reason: string | null }> };

describe("the router never crashes on what a test sends it", () => {
  const errors: unknown[] = [];
  const wire = useWireRouter({ seed: "demo", onError: (error) => errors.push(error) });
  const invoke = async (toolName: string, args: Record<string, unknown>) => {
    const response = await wire.send("/proj_demo/v1/exec/invocations", {
      method: "POST",
      key: "xero_demo_admin",
      json: { workspace_id: DEMO.workspaces.staging, tool_name: toolName, arguments: args },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Invocation;
  };
  const show = async (id: string) => (await (await wire.send(`/proj_demo/v1/exec/invocations/${id}`, { key: "xero_demo_admin" })).json()) as Invocation;

  it("refuses a malformed tool behaviour on the control plane with a 400 naming the field", async () => {
    const response = await wire.send(`/_router/tools/${DEMO.tools.read}/behavior`, { method: "POST", json: { artifacts: [{ name: "report" }] } });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ param: "artifacts.content" });
    for (const json of [{ exitCode: "1" }, { runMs: -5 }, { stdout: 7 }, { explode: true }]) {
      const bad = await wire.send(`/_router/tools/${DEMO.tools.read}/behavior`, { method: "POST", json });
      expect(bad.status, JSON.stringify(json)).toBe(400);
      await bad.body?.cancel();
    }
  });

  it("fails the run, not the process, when a behaviour function throws: internal_error in its transitions", async () => {
    wire.running.router.world.setToolBehavior(DEMO.tools.read, () => {
      throw new Error("bug in the test's behaviour");
    });
    const created = await invoke(DEMO.tools.read, { resource: "pods" });
    const inv = await show(created.id);
    expect(inv.status).toBe("failed");
    expect(inv.error?.code).toBe("internal_error");
    expect(inv.transitions.at(-1)).toMatchObject({ to: "failed", reason: "internal_error" });
    wire.running.router.world.setToolBehavior(DEMO.tools.read, undefined);
    expect((await wire.send("/healthz")).status).toBe(200);
  });

  it("fails the run when a malformed behaviour blows up in its timer, and the clock goes on", async () => {
    const artifacts = [{ name: "broken", encoding: "base64", content: undefined }] as unknown as [];
    wire.running.router.world.setToolBehavior(DEMO.tools.read, { runMs: 10, artifacts });
    const created = await invoke(DEMO.tools.read, { resource: "pods" });
    wire.running.router.clock.advance(60_000);
    const inv = await show(created.id);
    expect(inv.status).toBe("failed");
    expect(inv.transitions.at(-1)).toMatchObject({ reason: "internal_error" });
    wire.running.router.world.setToolBehavior(DEMO.tools.read, undefined);
    const next = await invoke(DEMO.tools.read, { resource: "nodes" });
    wire.running.router.clock.advance(60_000);
    expect((await show(next.id)).status).toBe("completed");
  });

  it("reports a task that throws to onError and runs the tasks after it", () => {
    const world = wire.running.router.world;
    const ran: string[] = [];
    // A scheduled task of the world's own clock, as any lifecycle step is.
    world.clock.schedule(1, () => {
      throw new Error("task bug");
    });
    world.clock.schedule(2, () => ran.push("after"));
    expect(() => wire.running.router.clock.advance(5)).not.toThrow();
    expect(ran).toEqual(["after"]);
    expect(errors.some((e) => e instanceof Error && e.message === "task bug")).toBe(true);
  });
});
