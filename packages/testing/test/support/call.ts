/**
 * In-process request helper for HTTP-layer tests: `call(router)("/v1/exec/tools")` sends a
 * request for the demo project with the admin key, straight to `router.fetch` (no sockets).
 */
import type { Router } from "../../src/index";

/** Options of one call: any RequestInit, plus the API key (`null` sends none) and a JSON body. */
export type CallInit = Omit<RequestInit, "body"> & { key?: string | null; json?: unknown; body?: BodyInit };

/** A caller bound to a router and a project. */
export function caller(router: Pick<Router, "fetch">, project = "proj_demo") {
  return (path: string, init: CallInit = {}): Promise<Response> => {
    const { key = "xero_demo_admin", json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (key !== null) headers.set("authorization", `Bearer ${key}`);
    if (json !== undefined) headers.set("content-type", "application/json");
    const url = path.startsWith("/v1/") ? `http://router.test/${project}${path}` : `http://router.test${path}`;
    return router.fetch(url, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
  };
}

/** A valid join-key request body: a cheap POST with a visible side effect on an empty world. */
export function joinKeyBody(name = "edge-east") {
  return { name, region: "us-east-1", router_addr: "tcp://router.example.com:5555" };
}
