/**
 * Test harness: one reference router on a real port (127.0.0.1, a free port) per test file,
 * with the spec-conformance check after every test.
 *
 * @example
 * const h = useRouter({ clock: "manual" });
 * it("lists tools", async () => {
 *   const { data } = await h.client().GET("/v1/exec/tools");
 *   expect(data.object).toBe("list");
 * });
 */
import { createXerotierClient, type XerotierClient, type XerotierClientOptions } from "@xerotier/api";
import { afterAll, afterEach, beforeAll } from "vitest";
import { DEMO_PROJECT, startRouter, type Router, type RunningRouter, type StartRouterOptions } from "../../src/index";

/** What {@link useRouter} gives a test file. Fields are readable once `beforeAll` has run. */
export interface RouterHarness {
  /** The in-process router behind the server (world, clock, faults, conformance). */
  readonly router: Router;
  /** `http://127.0.0.1:<port>`: the origin, without a project. */
  readonly baseUrl: string;
  /** `http://127.0.0.1:<port>/proj_demo`: prefix of every API path of the demo project. */
  readonly projectUrl: string;
  /**
   * A client of the demo project over real HTTP, with `xero_demo_admin` unless another key
   * is given; `options` override anything (retries, project, onRetry).
   */
  client(apiKey?: string, options?: XerotierClientOptions): XerotierClient;
  /** `fetch` against the router with the admin key set, for raw-HTTP assertions. */
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
  afterAll(async () => {
    await running?.close();
  });

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
    restart(options) {
      return get().restart(options);
    },
    fetch(path, init = {}) {
      const { apiKey = "xero_demo_admin", ...rest } = init;
      const headers = new Headers(rest.headers);
      if (apiKey !== null && !headers.has("authorization")) headers.set("authorization", `Bearer ${apiKey}`);
      const url = path.startsWith("http") ? path : path.startsWith("/v1/") ? `${get().url}/${DEMO_PROJECT.id}${path}` : `${get().url}${path}`;
      return fetch(url, { ...rest, headers });
    },
  };
}
