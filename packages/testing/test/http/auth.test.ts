import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createRouter } from "../../src/index";
import { caller } from "../support/call";

describe("authentication and authorization", () => {
  const router = createRouter({ clock: "manual", seed: "empty" });
  const call = caller(router);
  afterEach(() => router.conformance.assertClean());
  afterAll(() => router.close());

  async function envelope(response: Response) {
    return ((await response.json()) as { error: Record<string, unknown> }).error;
  }

  describe("401 authentication_error", () => {
    it("when no Authorization header is sent", async () => {
      const response = await call("/v1/exec/tools", { key: null });
      expect(response.status).toBe(401);
      expect(await envelope(response)).toMatchObject({ type: "authentication_error", code: "authentication_error" });
    });

    it("when the header is not a bearer token", async () => {
      const response = await call("/v1/exec/tools", { key: null, headers: { authorization: "Basic eGVybzpkZW1v" } });
      expect(response.status).toBe(401);
      expect((await envelope(response)).message).toMatch(/Bearer/);
    });

    it("when the key is unknown, without repeating the key", async () => {
      const response = await call("/v1/exec/tools", { key: "xero_demo_typo_s3cret" });
      expect(response.status).toBe(401);
      expect(JSON.stringify(await envelope(response))).not.toContain("s3cret");
    });

    it("when the key was revoked while the router runs", async () => {
      router.apiKeys.add({ key: "xero_demo_temp", project: "proj_demo", scopes: ["execution"], name: "temp" });
      expect((await call("/v1/exec/tools", { key: "xero_demo_temp" })).status).toBe(200);
      router.apiKeys.revoke("xero_demo_temp");
      expect((await call("/v1/exec/tools", { key: "xero_demo_temp" })).status).toBe(401);
    });
  });

  describe("403 cross_project_access", () => {
    it("when a demo key calls another known project", async () => {
      const response = await caller(router, "proj_other")("/v1/exec/tools");
      expect(response.status).toBe(403);
      expect(await envelope(response)).toMatchObject({ code: "cross_project_access", param: "project_id" });
    });

    it("when the other project's key calls the demo project", async () => {
      const response = await call("/v1/exec/tools", { key: "xero_other_admin" });
      expect(response.status).toBe(403);
      expect((await envelope(response)).code).toBe("cross_project_access");
    });

    it("but not when the project is named by its slug", async () => {
      expect((await caller(router, "demo")("/v1/exec/tools")).status).toBe(200);
    });
  });

  it("answers 404 project_not_found for a project no key knows, as the spec declares on every operation", async () => {
    const response = await caller(router, "proj_nowhere")("/v1/exec/tools");
    expect(response.status).toBe(404);
    expect((await envelope(response)).code).toBe("project_not_found");
    expect(router.conformance.violations).toEqual([]);
  });

  describe("403 scope_insufficient (type authentication_error, as documented)", () => {
    it.each([
      ["xero_demo_readonly", "/v1/exec/tools", "execution"],
      ["xero_demo_exec", "/v1/management/agents", "management"],
      ["xero_demo_exec", "/v1/workspaces", "inference"],
      ["xero_demo_exec", "/v1/chats/chat_1/artifacts/cart_1", "inference"],
    ])("%s on %s needs the %s scope, and the message names it", async (key, path, scope) => {
      const response = await call(path, { key });
      expect(response.status).toBe(403);
      const error = await envelope(response);
      expect(error).toMatchObject({ code: "scope_insufficient", type: "authentication_error" });
      expect(error.message).toContain(`'${scope}'`);
    });

    it.each([
      ["xero_demo_exec", "/v1/exec/tools"],
      ["xero_demo_readonly", "/v1/workspaces"],
      ["xero_demo_admin", "/v1/management/agents"],
    ])("%s may call %s", async (key, path) => {
      expect((await call(path, { key })).status).toBe(200);
    });
  });

  it("serves /healthz without a key, at the root and under a project", async () => {
    for (const path of ["/healthz", "/proj_demo/healthz"]) {
      const response = await call(path, { key: null });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    }
  });
});
