import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { createXerotierClient } from "../client";
import { resolveClientOptions } from "./options";
import { staticHeaders } from "./call-spec";
import { safePathSerializer } from "./path-params";

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

const OPTIONS = { apiKey: "xero_acme_0123456789abcdef", project: "proj_1", headers: { "x-client-wide": "1" } };

/** A fetch that records what it was sent and answers `{}`. */
function recorder(): { fetch: (request: Request) => Promise<Response>; seen: () => Sent } {
  let seen: Sent | undefined;
  const fetch = async (request: Request) => {
    seen = { url: request.url, method: request.method, headers: Object.fromEntries(request.headers), body: await request.text() };
    return new Response("{}", { headers: { "content-type": "application/json" } });
  };
  return { fetch, seen: () => seen! };
}

/** What a client sends for one call, described by a CallSpec (no middleware) or by a Request (a no-op middleware sees it). */
async function sent(path: string, init: Record<string, unknown>, method: "GET" | "POST", withMiddleware: boolean): Promise<Sent> {
  const { fetch, seen } = recorder();
  const client = createXerotierClient({ ...OPTIONS, fetch });
  if (withMiddleware) client.use({ onRequest: () => undefined });
  const call = client[method] as unknown as (path: string, init: Record<string, unknown>) => Promise<unknown>;
  await call(path, init);
  return withoutRandomIds(seen(), init);
}

/** What openapi-fetch alone sends for the same call, with the client's base URL, headers and path serializer. */
async function sentByOpenapiFetch(path: string, init: Record<string, unknown>, method: "GET" | "POST"): Promise<Sent> {
  const { fetch, seen } = recorder();
  const resolved = resolveClientOptions(OPTIONS);
  const plain = createClient({ baseUrl: resolved.projectUrl, fetch, headers: staticHeaders(resolved), pathSerializer: safePathSerializer });
  await (plain[method] as unknown as (path: string, init: Record<string, unknown>) => Promise<unknown>)(path, init);
  return withoutRandomIds(seen(), init);
}

/** `sent` without the per-call random ids (that each call sets them is covered in client.test.ts). */
function withoutRandomIds(sent: Sent, init: Record<string, unknown>): Sent {
  const { "x-request-id": _id, "idempotency-key": key, ...headers } = sent.headers;
  return { ...sent, headers: init.idempotencyKey || (init.headers as Record<string, string> | undefined)?.["Idempotency-Key"] ? { ...headers, "idempotency-key": key! } : headers };
}

describe("a typed call sends what openapi-fetch would, however the call is described", () => {
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
    const bySpec = await sent(path, init, method, false);
    const byRequest = await sent(path, init, method, true);
    expect(bySpec).toEqual(byRequest);
    if (init.idempotencyKey === undefined) expect(bySpec).toEqual(await sentByOpenapiFetch(path, init, method));
  });
});
