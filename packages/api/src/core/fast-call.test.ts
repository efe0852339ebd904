import { describe, expect, it } from "vitest";
import { createXerotierClient } from "../client";

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** What a client sends for one call, through the fast path (no middleware) or openapi-fetch (a no-op middleware). */
async function sent(path: string, init: Record<string, unknown>, method: "GET" | "POST", viaOpenapiFetch: boolean): Promise<Sent> {
  let seen: Sent | undefined;
  const client = createXerotierClient({
    apiKey: "xero_acme_0123456789abcdef",
    project: "proj_1",
    headers: { "x-client-wide": "1" },
    fetch: async (request) => {
      seen = { url: request.url, method: request.method, headers: Object.fromEntries(request.headers), body: await request.text() };
      return new Response("{}", { headers: { "content-type": "application/json" } });
    },
  });
  if (viaOpenapiFetch) client.use({ onRequest: () => undefined });
  const call = client[method] as unknown as (path: string, init: Record<string, unknown>) => Promise<unknown>;
  await call(path, init);
  // The ids are random per call; that each path sets them is covered in client.test.ts.
  const { "x-request-id": _id, "idempotency-key": key, ...headers } = seen!.headers;
  return { ...seen!, headers: init.idempotencyKey || (init.headers as Record<string, string> | undefined)?.["Idempotency-Key"] ? { ...headers, "idempotency-key": key! } : headers };
}

describe("the typed methods' fast path sends what openapi-fetch would", () => {
  const cases: Array<[string, "GET" | "POST", string, Record<string, unknown>]> = [
    ["no init", "GET", "/v1/exec/tools", {}],
    ["query with arrays, booleans and an undefined", "GET", "/v1/exec/approvals", { params: { query: { status: ["pending", "approved"], limit: 20, include_expired: true, cursor: undefined } } }],
    ["an encoded path parameter", "GET", "/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: "a/b c" } } }],
    ["call headers over client-wide ones, null removing one", "GET", "/v1/exec/tools", { headers: { "X-Client-Wide": "2", Accept: null, "X-Extra": ["a", "b"] } }],
    ["header params", "GET", "/v1/exec/tools", { params: { header: { "x-trace": 7 } } }],
    ["a JSON body with its content type", "POST", "/v1/exec/approvals/{approval_id}/approve", { params: { path: { approval_id: "ap_1" } }, body: { note: "ok ✓" } }],
    ["a caller's content type kept", "POST", "/v1/exec/approvals/{approval_id}/approve", { params: { path: { approval_id: "ap_1" } }, body: { note: "x" }, headers: { "content-type": "application/merge-patch+json" } }],
    ["a per-call idempotency key", "POST", "/v1/exec/approvals/{approval_id}/approve", { params: { path: { approval_id: "ap_1" } }, body: {}, idempotencyKey: "approve-ap_1" }],
  ];
  it.each(cases)("%s", async (_name, method, path, init) => {
    const fast = await sent(path, init, method, false);
    const slow = await sent(path, init, method, true);
    expect(fast).toEqual(slow);
  });
});
