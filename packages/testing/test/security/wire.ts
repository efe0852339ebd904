/**
 * Wire-test support: a router on 127.0.0.1 and plain `fetch` (not the SDK), as a user or a
 * hostile page on the same machine would send it.
 */
import { afterAll, beforeAll } from "vitest";
import { startRouter, type RunningRouter, type StartRouterOptions } from "../../src/index";

/** A started router for this file; `send` is plain fetch with an optional bearer key and JSON body. */
export function useWireRouter(options: Omit<StartRouterOptions, "port" | "host"> = {}) {
  let running: RunningRouter | undefined;
  beforeAll(async () => {
    running = await startRouter({ clock: "manual", rateLimit: false, ...options, port: 0, host: "127.0.0.1" });
  });
  afterAll(() => running?.close());
  const get = () => {
    if (!running) throw new Error("the router starts in beforeAll");
    return running;
  };
  return {
    get running() {
      return get();
    },
    send(path: string, init: RequestInit & { key?: string; json?: unknown } = {}): Promise<Response> {
      const { key, json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (key) headers.set("authorization", `Bearer ${key}`);
      if (json !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
      return fetch(`${get().url}${path}`, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
    },
  };
}

/** The error envelope's fields of a response. */
export async function errorOf(response: Response): Promise<Record<string, unknown>> {
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}
