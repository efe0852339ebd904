import { describe, expect, it } from "vitest";
import type { Scope } from "../../src/index";
import { errorOf, useWireRouter } from "./wire";

/** Every operation of the spec, with the scope its path needs (contract §1). */
const ROUTES: ReadonlyArray<{ method: string; path: string; scope: Scope }> = [
  { method: "GET", path: "/v1/exec/tools", scope: "execution" },
  { method: "GET", path: "/v1/exec/tools/no_such_tool", scope: "execution" },
  { method: "GET", path: "/v1/exec/invocations", scope: "execution" },
  { method: "POST", path: "/v1/exec/invocations", scope: "execution" },
  { method: "GET", path: "/v1/exec/invocations/inv_missing", scope: "execution" },
  { method: "POST", path: "/v1/exec/invocations/inv_missing/cancel", scope: "execution" },
  { method: "GET", path: "/v1/exec/invocations/inv_missing/output", scope: "execution" },
  { method: "GET", path: "/v1/exec/approvals", scope: "execution" },
  { method: "GET", path: "/v1/exec/approvals/apr_missing", scope: "execution" },
  { method: "POST", path: "/v1/exec/approvals/apr_missing/approve", scope: "execution" },
  { method: "POST", path: "/v1/exec/approvals/apr_missing/reject", scope: "execution" },
  { method: "GET", path: "/v1/management/agents", scope: "management" },
  { method: "GET", path: "/v1/management/agents/agt_missing", scope: "management" },
  { method: "PATCH", path: "/v1/management/agents/agt_missing", scope: "management" },
  { method: "DELETE", path: "/v1/management/agents/agt_missing", scope: "management" },
  { method: "POST", path: "/v1/management/agents/agt_missing/pause-exec", scope: "management" },
  { method: "POST", path: "/v1/management/agents/agt_missing/resume-exec", scope: "management" },
  { method: "POST", path: "/v1/management/agents/agt_missing/curve-rotate", scope: "management" },
  { method: "GET", path: "/v1/management/agents/agt_missing/events", scope: "management" },
  { method: "GET", path: "/v1/management/join-keys", scope: "management" },
  { method: "POST", path: "/v1/management/join-keys", scope: "management" },
  { method: "GET", path: "/v1/management/join-keys/jk_missing", scope: "management" },
  { method: "DELETE", path: "/v1/management/join-keys/jk_missing", scope: "management" },
  { method: "GET", path: "/v1/workspaces", scope: "inference" },
  { method: "GET", path: "/v1/workspaces/ws_missing", scope: "inference" },
  { method: "GET", path: "/v1/workspaces/ws_missing/bindings", scope: "inference" },
  { method: "POST", path: "/v1/workspaces/ws_missing/bindings", scope: "inference" },
  { method: "DELETE", path: "/v1/workspaces/ws_missing/bindings/agt_missing", scope: "inference" },
  { method: "GET", path: "/v1/chats/chat_missing/artifacts/art_missing", scope: "inference" },
];

/** The demo keys by the one scope they hold (admin holds all three). */
const KEYS: ReadonlyArray<{ key: string; scopes: readonly Scope[] }> = [
  { key: "xero_demo_admin", scopes: ["inference", "management", "execution"] },
  { key: "xero_demo_exec", scopes: ["execution"] },
  { key: "xero_demo_readonly", scopes: ["inference"] },
  { key: "xero_demo_mgmt", scopes: ["management"] },
];

/** The path as sent: plain, the surface segment's first letter percent-encoded, or the whole project segment encoded. */
const VARIANTS: ReadonlyArray<{ name: string; encode(path: string): string }> = [
  { name: "plain", encode: (path) => `/proj_demo${path}` },
  { name: "encoded surface", encode: (path) => `/proj_demo${path.replace(/^\/v1\/(\w)/, (_, c: string) => `/v1/%${c.charCodeAt(0).toString(16)}`)}` },
  { name: "encoded v1 and project", encode: (path) => `/proj%5Fdemo/%76${path.slice(2)}` },
];

describe("authorization: one decision on the decoded path that routing uses", () => {
  const wire = useWireRouter({ seed: "empty" });

  for (const variant of VARIANTS) {
    for (const { key, scopes } of KEYS) {
      it(`${key}, ${variant.name}: each route is 403 scope_insufficient exactly when the key lacks its scope`, async () => {
        wire.running.router.apiKeys.add({ key: "xero_demo_mgmt", name: "demo_mgmt", project: "proj_demo", scopes: ["management"] });
        for (const route of ROUTES) {
          const response = await wire.send(variant.encode(route.path), {
            method: route.method,
            key,
            ...(route.method === "POST" || route.method === "PATCH" ? { json: {} } : {}),
          });
          const label = `${route.method} ${variant.encode(route.path)}`;
          if (scopes.includes(route.scope)) {
            expect([401, 403], label).not.toContain(response.status);
            await response.body?.cancel();
          } else {
            expect(response.status, label).toBe(403);
            expect(await errorOf(response), label).toMatchObject({ code: "scope_insufficient" });
          }
        }
      });
    }
  }

  it("another project's key gets 403 cross_project_access on every route, encoded or not", async () => {
    for (const variant of VARIANTS) {
      for (const route of ROUTES) {
        const response = await wire.send(variant.encode(route.path), { method: route.method, key: "xero_other_admin", ...(route.method === "POST" ? { json: {} } : {}) });
        expect(response.status, `${route.method} ${variant.encode(route.path)}`).toBe(403);
        expect(await errorOf(response)).toMatchObject({ code: "cross_project_access" });
      }
    }
  });

  it("an inference-only key cannot approve through /v1/%65xec (the reported bypass)", async () => {
    const response = await wire.send("/proj_demo/v1/%65xec/approvals/apr_missing/approve", { method: "POST", key: "xero_demo_readonly", json: {} });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: "scope_insufficient" });
  });

  it("an execution-only key cannot mint a join key through /v1/%6Danagement (the reported bypass)", async () => {
    const response = await wire.send("/proj_demo/v1/%6Danagement/join-keys", {
      method: "POST",
      key: "xero_demo_exec",
      json: { name: "edge", region: "us-east-1", router_addr: "tcp://router.example.com:5555" },
    });
    expect(response.status).toBe(403);
    expect(wire.running.router.world.joinKeys.list({}).data).toEqual([]);
  });
});
