/**
 * `@xerotier/testing/msw`: serves a reference router to Mock Service Worker, for test suites
 * built on MSW (`setupServer` in Node, `setupWorker` in a browser). Every request under
 * `baseUrl` is answered by `router.fetch`, with the router's state, faults and conformance.
 *
 * @example
 * import { setupServer } from "msw/node";
 * import { createRouter } from "@xerotier/testing";
 * import { routerHandlers } from "@xerotier/testing/msw";
 *
 * const router = createRouter({ clock: "manual" });
 * const server = setupServer(...routerHandlers(router, { baseUrl: "https://api.xerotier.test" }));
 * server.listen({ onUnhandledRequest: "error" });
 * const client = createXerotierClient({ baseUrl: "https://api.xerotier.test", project: "proj_demo", apiKey: "xero_demo_admin" });
 *
 * @packageDocumentation
 */
import { http, type HttpHandler } from "msw";
import type { Router } from "./router";

/** Options of {@link routerHandlers}. */
export interface RouterHandlersOptions {
  /** The origin (and optional path prefix) the code under test calls, e.g. `https://api.xerotier.test`. */
  baseUrl: string;
}

/** MSW handlers answering everything under `baseUrl` from `router`, which sees the path below it (`/{project}/v1/...`, `/_router/...`). */
export function routerHandlers(router: Pick<Router, "fetch">, options: RouterHandlersOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, "");
  const prefix = new URL(base).pathname.replace(/\/+$/, "");
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url);
      url.pathname = url.pathname.slice(prefix.length) || "/";
      const init: RequestInit & { duplex?: "half" } = {
        method: request.method,
        headers: request.headers,
        signal: request.signal,
        ...(request.body ? { body: await request.arrayBuffer() } : {}),
      };
      return router.fetch(new Request(`http://router.test${url.pathname}${url.search}`, init));
    }),
  ];
}
