/**
 * `@xerotier/testing/vitest`: one reference router per test file on 127.0.0.1, with a spec
 * conformance check and disarmed faults after each test. Also a public harness for our own
 * packages' tests, so none imports the router's internals.
 *
 * @example
 * import { useRouter } from "@xerotier/testing/vitest";
 * const h = useRouter({ clock: "manual" });
 * it("lists tools", async () => {
 *   const { data } = await h.client().GET("/v1/exec/tools");
 *   h.router.scenario.requestApproval({ risk: "write", workspaceId: DEMO.workspaces.prod });
 * });
 *
 * @packageDocumentation
 */
import { createXerotierClient, type XerotierClient, type XerotierClientOptions } from "@xerotier/api";
import { afterAll, afterEach, beforeAll } from "vitest";
import { CONTROL_TOKEN_HEADER } from "./control/routes";
import { DEMO_PROJECT } from "./http/api-keys";
import type { Router } from "./router";
import { startRouter, type RunningRouter, type StartRouterOptions } from "./server";

/** What {@link useRouter} gives a test file. Fields are readable once `beforeAll` has run. */
export interface RouterHarness {
  /** The in-process router behind the server: world, clock, faults, conformance and the test kit. */
  readonly router: Router;
  /** `http://127.0.0.1:<port>`: the origin, without a project. */
  readonly baseUrl: string;
  /** `http://127.0.0.1:<port>/proj_demo`: prefix of every API path of the demo project. */
  readonly projectUrl: string;
  /** A client of the demo project over real HTTP, with `xero_demo_admin` unless another key is given; `options` override anything. */
  client(apiKey?: string, options?: XerotierClientOptions): XerotierClient;
  /** `fetch` against the router: `/v1/...` to the demo project with the admin key (`apiKey: null`: none), `/_router/...` with the control token. */
  fetch(path: string, init?: RequestInit & { apiKey?: string | null }): Promise<Response>;
  /** Restarts the server keeping the router's state (see `RunningRouter.restart`). */
  restart(options?: { downMs?: number }): Promise<void>;
}

/**
 * Starts a router for this test file (`beforeAll`), checks spec conformance and disarms
 * faults after each test (`afterEach`), and closes it (`afterAll`).
 */
export function useRouter(options: Omit<StartRouterOptions, "port" | "host"> = {}): RouterHarness {
  let running: RunningRouter | undefined;
  const get = (): RunningRouter => {
    if (!running) throw new Error("useRouter(): the router starts in beforeAll; use it inside a test or hook");
    return running;
  };
  beforeAll(async () => {
    running = await startRouter({ ...options, port: 0, host: "127.0.0.1" });
  });
  afterEach(() => {
    if (!running) return;
    running.router.faults.reset();
    running.router.conformance.assertClean();
  });
  afterAll(() => running?.close());

  return {
    get router() {
      return get().router;
    },
    get baseUrl() {
      return get().url;
    },
    get projectUrl() {
      return `${get().url}/${DEMO_PROJECT.id}`;
    },
    client(apiKey = "xero_demo_admin", overrides = {}) {
      return createXerotierClient({ baseUrl: get().url, project: DEMO_PROJECT.id, apiKey, ...overrides });
    },
    restart(restartOptions) {
      return get().restart(restartOptions);
    },
    fetch(path, init = {}) {
      const { apiKey = "xero_demo_admin", ...rest } = init;
      const headers = new Headers(rest.headers);
      const control = path.startsWith("/_router");
      if (control) {
        if (!headers.has("content-type")) headers.set("content-type", "application/json");
        if (get().controlToken !== undefined) headers.set(CONTROL_TOKEN_HEADER, get().controlToken!);
      } else if (apiKey !== null && !headers.has("authorization")) headers.set("authorization", `Bearer ${apiKey}`);
      const url = path.startsWith("http") ? path : path.startsWith("/v1/") ? `${get().url}/${DEMO_PROJECT.id}${path}` : `${get().url}${path}`;
      return fetch(url, { ...rest, headers });
    },
  };
}

export type { StartRouterOptions } from "./server";
