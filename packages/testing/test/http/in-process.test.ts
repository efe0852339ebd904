import { APIConnectionError, APIUserAbortError, createXerotierClient } from "@xerotier/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRouter, DEMO, type Router } from "../../src/index";

describe("createRouter: an in-process fetch handler, no sockets", () => {
  let router: Router;
  beforeEach(() => {
    router = createRouter({ clock: "manual" });
  });
  afterEach(async () => {
    router.conformance.assertClean();
    await router.close();
  });
  const client = (options = {}) =>
    createXerotierClient({ fetch: router.fetch, baseUrl: "http://router.test", project: DEMO.project, apiKey: "xero_demo_admin", ...options });

  it("serves the SDK client directly through router.fetch", async () => {
    const { data, requestId } = await client().GET("/v1/workspaces/{workspace_id}", { params: { path: { workspace_id: DEMO.workspaces.prod } } });
    expect(data.id).toBe(DEMO.workspaces.prod);
    expect(requestId).toMatch(/^req_/);
  });

  it("drives time from the test: a pending approval escalates when the clock passes its expiry", async () => {
    router.clock.advance(11 * 60 * 1000);
    const { data } = await client().GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: DEMO.approvals.pendingDestructive } } });
    expect(data.status).toBe("escalated");
  });

  it("behaves like fetch on abort: a hung request rejects when the caller aborts", async () => {
    router.faults.hang();
    const controller = new AbortController();
    const pending = client({ maxRetries: 0 }).GET("/v1/exec/tools", { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("lets the client retry injected failures in-process", async () => {
    router.faults.failNext(1, { status: 503 });
    const retries: number[] = [];
    await client({ onRetry: ({ attempt }: { attempt: number }) => void retries.push(attempt) }).GET("/v1/exec/tools");
    expect(retries).toEqual([1]);
  });

  it("after close(), refuses requests like a server that is gone", async () => {
    await router.close();
    await expect(router.fetch("http://router.test/healthz")).rejects.toBeInstanceOf(TypeError);
    await expect(client({ maxRetries: 0 }).GET("/v1/exec/tools")).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("reset() goes back to the seed and disarms faults", async () => {
    await client().POST("/v1/management/join-keys", { body: { name: "n1", region: "eu-west-1", router_addr: "tcp://r.example:5555", expires_in_hours: 24 } });
    router.faults.failNext(3, { status: 503 });
    const before = router.world.joinKeys.list({ limit: 100 }).data.length;
    router.reset();
    expect(router.world.joinKeys.list({ limit: 100 }).data.length).toBe(before - 1);
    expect(router.faults.list()).toEqual([]);
  });
});
