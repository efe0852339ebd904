import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { errorOf, useWireRouter } from "./wire";

type List = { data: Array<{ id: string; workspace_id?: string }> };

describe("one world per project", () => {
  const wire = useWireRouter({ seed: "demo" });

  it("the other project's admin lists only its own approvals, never proj_demo's", async () => {
    const response = await wire.send("/proj_other/v1/exec/approvals", { key: "xero_other_admin" });
    expect(response.status).toBe(200);
    const ids = ((await response.json()) as List).data.map((a) => a.id);
    expect(ids).not.toContain(DEMO.approvals.pendingDestructive);
    expect(ids.length).toBeGreaterThan(0);
  });

  it("the other project's admin cannot reject a proj_demo approval through its own project", async () => {
    const response = await wire.send(`/proj_other/v1/exec/approvals/${DEMO.approvals.pendingDestructive}/reject`, {
      method: "POST",
      key: "xero_other_admin",
      json: { note: "not yours" },
    });
    expect(response.status).toBe(404);
    await response.body?.cancel();
    const demo = await wire.send(`/proj_demo/v1/exec/approvals/${DEMO.approvals.pendingDestructive}`, { key: "xero_demo_admin" });
    expect(((await demo.json()) as { status: string }).status).toBe("pending");
  });

  it("each demo project has its own workspaces and agents", async () => {
    const other = (await (await wire.send("/proj_other/v1/workspaces", { key: "xero_other_admin" })).json()) as List;
    const demo = (await (await wire.send("/proj_demo/v1/workspaces", { key: "xero_demo_admin" })).json()) as List;
    expect(other.data.map((w) => w.id)).toEqual([DEMO.other.workspace]);
    expect(demo.data.map((w) => w.id)).not.toContain(DEMO.other.workspace);
    const agents = (await (await wire.send("/proj_other/v1/management/agents", { key: "xero_other_admin" })).json()) as List;
    expect(agents.data.map((a) => a.id)).toEqual([DEMO.other.agent]);
  });

  it("naming another project is 403 cross_project_access, also by its alias", async () => {
    for (const project of ["proj_other", "other"]) {
      const response = await wire.send(`/${project}/v1/exec/approvals`, { key: "xero_demo_admin" });
      expect(response.status).toBe(403);
      expect(await errorOf(response)).toMatchObject({ code: "cross_project_access", param: "project_id" });
    }
  });

  it("an alias reaches the same world as the project id", async () => {
    const response = await wire.send("/other/v1/workspaces", { key: "xero_other_admin" });
    expect(((await response.json()) as List).data.map((w) => w.id)).toEqual([DEMO.other.workspace]);
  });

  it("events of one project never reach another project's stream history", () => {
    const other = wire.running.router.worldOf("proj_other").events.list();
    const demo = wire.running.router.world.events.list();
    expect(other.length).toBeGreaterThan(0);
    expect(other.some((e) => JSON.stringify(e).includes(DEMO.workspaces.prod))).toBe(false);
    expect(demo.some((e) => JSON.stringify(e).includes(DEMO.other.workspace))).toBe(false);
  });
});
