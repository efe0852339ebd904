import { createXerotierClient } from "@xerotier/api";
import { createRouter, DEMO } from "@xerotier/testing";
import { routerHandlers } from "@xerotier/testing/msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";

describe("the public test kit", () => {
  const router = createRouter({ clock: "manual", rateLimit: false });
  const client = createXerotierClient({ fetch: router.fetch, baseUrl: "http://router.test", project: "proj_demo", apiKey: "xero_demo_admin" });
  afterAll(() => router.close());

  it("scenario.requestApproval opens an approval at any risk, visible through the API, and approving it dispatches the call", async () => {
    const requested = router.events.next("exec.approval_requested");
    const approval = router.scenario.requestApproval({ risk: "write", workspaceId: DEMO.workspaces.staging, arguments: { resource: "pods", label: "tier=web" } });
    expect((await requested).data).toMatchObject({ id: approval.id, risk: "write" });
    const { data } = await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: approval.id } } });
    expect(data).toMatchObject({ status: "pending", risk: "write", tool_name: DEMO.tools.write });
    const dispatched = router.events.next("exec.dispatched", { where: (e) => e.data.id === approval.invocation_id });
    await client.POST("/v1/exec/approvals/{approval_id}/approve", { params: { path: { approval_id: approval.id } }, body: {} });
    expect((await dispatched).data.id).toBe(approval.invocation_id);
  });

  it("clock.advance drives timeouts: an unattended approval escalates", async () => {
    const approval = router.scenario.requestApproval({ risk: "destructive", workspaceId: DEMO.workspaces.prod });
    const escalated = router.events.next("exec.approval_escalated", { where: (e) => e.data.id === approval.id });
    router.clock.advance(approval.timeout_seconds * 1000);
    expect((await escalated).data.escalation_level).toBe(1);
  });

  it("agents.enroll consumes a join key; agents.setStatus takes an agent offline", () => {
    const agent = router.agents.enroll({ joinKey: DEMO.activeJoinKeySecret, registrationName: "kit-agent", workspaceIds: [DEMO.workspaces.staging] });
    expect(router.agents.get(agent.id).status).toBe("healthy");
    expect(router.agents.setStatus(agent.id, "offline").status).toBe("offline");
  });

  it("events.next rejects after its timeout instead of hanging", async () => {
    await expect(router.events.next("exec.never_emitted", { maxWaitMs: 10 })).rejects.toThrow(/no such event/);
  });

  it("a requested approval needs an existing workspace", () => {
    expect(() => router.scenario.requestApproval({ risk: "read", workspaceId: "ws_missing" })).toThrow(/ws_missing/);
  });
});

describe("@xerotier/testing/msw serves the router to setupServer", () => {
  const router = createRouter({ clock: "manual" });
  const server = setupServer(...routerHandlers(router, { baseUrl: "https://api.xerotier.test/base" }));
  // Listening per test: msw patches the global fetch, and the runner undoes stubbed globals
  // before each test of a worker shared with other files.
  beforeEach(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.close());
  afterAll(() => router.close());

  it("answers the SDK client's requests through the global fetch, with the router's state and conformance", async () => {
    const client = createXerotierClient({ baseUrl: "https://api.xerotier.test/base", project: "proj_demo", apiKey: "xero_demo_admin", maxRetries: 0 });
    const { data } = await client.GET("/v1/exec/approvals", { params: { query: { status: "pending" } } });
    expect(data?.data.map((a) => a.id)).toContain(DEMO.approvals.pendingDestructive);
    const decided = await client.POST("/v1/exec/approvals/{approval_id}/reject", { params: { path: { approval_id: DEMO.approvals.pendingDestructive } }, body: { note: "msw" } });
    expect(decided.data?.status).toBe("rejected");
    expect(router.world.approvals.get(DEMO.approvals.pendingDestructive).status).toBe("rejected");
    router.conformance.assertClean();
  });

  it("passes faults through: an injected 503 is retried by the client", async () => {
    router.faults.failNext(1, { status: 503 });
    const client = createXerotierClient({ baseUrl: "https://api.xerotier.test/base", project: "proj_demo", apiKey: "xero_demo_admin", maxRetries: 2 });
    const { data } = await client.GET("/v1/exec/tools");
    expect(data?.object).toBe("list");
  });
});
