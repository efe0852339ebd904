/** A router that answers like a server drifting from the spec (answers, stream frames, requests rewritten): for tolerant-reading tests. */
import { createXerotierClient, type XerotierClient, type XerotierClientOptions } from "@xerotier/api";
import { DEMO } from "./seed/demo-ids";
import { createRouter, type Router, type RouterOptions } from "./router";

/** Rewrites one decoded JSON answer; `request` is the call it answers. Returns the new body. */
export type Rewrite = (body: Record<string, unknown>, request: Request) => unknown;

/** Rewrites one event envelope (a decoded `data:` line of the event stream). Returns the new envelope. */
export type RewriteEvent = (event: Record<string, unknown>) => unknown;

/**
 * The router, a fetch and a client through the rewrites, and the rewrites in effect (`undefined`: none); `rewriteEvent` and
 * `rewriteEventId` (SSE `id:` lines) apply to streams opened while set, `rewriteRequest` to what reaches the router.
 */
export interface DriftingRouter {
  readonly router: Router;
  /** A `fetch` that goes through the rewrites (give it to any client). */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** A client of the demo project (admin key, no retries) over {@link DriftingRouter.fetch}; `options` override. */
  client(options?: Partial<XerotierClientOptions>): XerotierClient;
  rewrite: Rewrite | undefined;
  rewriteEvent: RewriteEvent | undefined;
  rewriteEventId: ((id: string) => string) | undefined;
  rewriteRequest: ((request: Request) => Request) | undefined;
}

/**
 * Starts an in-process router (manual clock, no rate limit, `retryMs` 5; `options` override) behind a rewriting fetch.
 *
 * @example
 * const server = createDriftingRouter();
 * server.rewrite = rewriteOnPath(/\/invocations\/[^/]+$/, (inv) => ({ ...inv, status: "paused_by_operator" }));
 * const { data } = await server.client().GET("/v1/exec/invocations/{invocation_id}", { params: { path: { invocation_id: id } } });
 */
export function createDriftingRouter(options: RouterOptions = {}): DriftingRouter {
  const router = createRouter({ clock: "manual", rateLimit: false, retryMs: 5, ...options });
  const state: DriftingRouter = {
    router,
    fetch: rewritingFetch,
    rewrite: undefined,
    rewriteEvent: undefined,
    rewriteEventId: undefined,
    rewriteRequest: undefined,
    client: (clientOptions = {}) =>
      createXerotierClient({ fetch: rewritingFetch, baseUrl: "http://router.test", project: DEMO.project, apiKey: "xero_demo_admin", maxRetries: 0, ...clientOptions }),
  };
  async function rewritingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const response = await router.fetch(state.rewriteRequest?.(request.clone()) ?? request.clone());
    const { rewrite, rewriteEvent, rewriteEventId } = state;
    const contentType = response.headers.get("content-type") ?? "";
    if ((rewriteEvent || rewriteEventId) && response.body && contentType.includes("text/event-stream")) {
      const lines = rewritingLines(rewriteEvent ?? ((event) => event), rewriteEventId ?? ((id) => id));
      return new Response(response.body.pipeThrough(lines), { status: response.status, headers: response.headers });
    }
    if (!rewrite || !contentType.includes("application/json")) return response;
    const body = (await response.json()) as Record<string, unknown>;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return new Response(JSON.stringify(rewrite(body, request)), { status: response.status, headers });
  }
  return state;
}

/** Rewrites each `data: <JSON>` and `id:` line of an event stream; other lines pass; lines are re-joined across chunks. */
function rewritingLines(rewriteEvent: RewriteEvent, rewriteId: (id: string) => string): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let partial = "";
  const rewriteLine = (line: string): string => {
    if (line.startsWith("id: ")) return `id: ${rewriteId(line.slice("id: ".length))}`;
    if (!line.startsWith("data: ")) return line;
    const event = JSON.parse(line.slice("data: ".length)) as Record<string, unknown>;
    return `data: ${JSON.stringify(rewriteEvent(event))}`;
  };
  return new TransformStream({
    transform(chunk, controller) {
      const lines = (partial + decoder.decode(chunk, { stream: true })).split("\n");
      partial = lines.pop() ?? "";
      if (lines.length > 0) controller.enqueue(encoder.encode(lines.map(rewriteLine).join("\n") + "\n"));
    },
    flush(controller) {
      if (partial) controller.enqueue(encoder.encode(partial));
    },
  });
}

/** A {@link Rewrite} applying `change` to single-object answers whose path matches `pattern`; the rest pass. */
export function rewriteOnPath(pattern: RegExp, change: (body: Record<string, unknown>) => Record<string, unknown>): Rewrite {
  return (body, request) => (pattern.test(new URL(request.url).pathname) && body.object !== "list" ? change(body) : body);
}

/** A {@link Rewrite} applying `change` to every item of list answers whose path matches `pattern`. */
export function rewriteListItems(pattern: RegExp, change: (item: Record<string, unknown>) => Record<string, unknown>): Rewrite {
  return (body, request) =>
    pattern.test(new URL(request.url).pathname) && body.object === "list" && Array.isArray(body.data)
      ? { ...body, data: (body.data as Array<Record<string, unknown>>).map(change) }
      : body;
}

/** A shallow copy of `body` without the named fields (a server that omits them). */
export function withoutFields(body: Record<string, unknown>, ...fields: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([name]) => !fields.includes(name)));
}
