/**
 * A reference router that answers like a server which differs from our spec: every JSON answer
 * goes through `rewrite` (drop fields, unknown status strings, …) before the SDK sees it. Built
 * only on the testing package's public API (`createRouter` and `router.fetch`).
 */
import { createXerotierClient, type XerotierClient } from "@xerotier/api";
import { createRouter, DEMO, type Router, type RouterOptions } from "@xerotier/testing";

/** Rewrites one decoded JSON body; `request` says which call it answers. Return the new body. */
export type Rewrite = (body: Record<string, unknown>, request: Request) => unknown;

/** Rewrites one event envelope (a `data:` line of the event stream, decoded); return the new envelope. */
export type RewriteEvent = (event: Record<string, unknown>) => unknown;

/**
 * The router, a client whose `fetch` rewrites its answers, and the rewrites in effect
 * (`undefined`: none). `rewriteEvent` and `rewriteEventId` (the SSE `id:` lines) apply to
 * connections opened while they are set; `rewriteRequest` changes what reaches the router.
 */
export interface DriftingRouter {
  readonly router: Router;
  client(): XerotierClient;
  rewrite: Rewrite | undefined;
  rewriteEvent: RewriteEvent | undefined;
  rewriteEventId: ((id: string) => string) | undefined;
  rewriteRequest: ((request: Request) => Request) | undefined;
}

/** Starts an in-process router (manual clock, no rate limit, no conformance throw) behind a rewriting fetch. */
export function driftingRouter(options: RouterOptions = {}): DriftingRouter {
  const router = createRouter({ clock: "manual", rateLimit: false, retryMs: 5, ...options });
  const state: DriftingRouter = {
    router,
    rewrite: undefined,
    rewriteEvent: undefined,
    rewriteEventId: undefined,
    rewriteRequest: undefined,
    client: () =>
      createXerotierClient({ fetch: rewritingFetch, baseUrl: "http://router.test", project: DEMO.project, apiKey: "xero_demo_admin", maxRetries: 0 }),
  };
  async function rewritingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const response = await router.fetch(state.rewriteRequest?.(request.clone()) ?? request.clone());
    const { rewriteEvent, rewriteEventId } = state;
    const contentType = response.headers.get("content-type") ?? "";
    if ((rewriteEvent || rewriteEventId) && response.body && contentType.includes("text/event-stream")) {
      const lines = rewritingLines(rewriteEvent ?? ((event) => event), rewriteEventId ?? ((id) => id));
      return new Response(response.body.pipeThrough(lines), { status: response.status, headers: response.headers });
    }
    const rewrite = state.rewrite;
    if (!rewrite || !(response.headers.get("content-type") ?? "").includes("application/json")) return response;
    const body = (await response.json()) as Record<string, unknown>;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return new Response(JSON.stringify(rewrite(body, request)), { status: response.status, headers });
  }
  return state;
}

/**
 * Rewrites each `data: <JSON>` line of an event stream with `rewriteEvent` and each `id:` line
 * with `rewriteId`; every other line (`event:`, comments, blank) passes unchanged. Lines are
 * re-joined across chunks.
 */
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

/** Applies `change` to the resource of a single-object answer whose path matches, leaves the rest. */
export function onPath(pattern: RegExp, change: (body: Record<string, unknown>) => Record<string, unknown>): Rewrite {
  return (body, request) => (pattern.test(new URL(request.url).pathname) && body.object !== "list" ? change(body) : body);
}

/** A copy of `body` without the named fields. */
export function without(body: Record<string, unknown>, ...fields: string[]): Record<string, unknown> {
  const copy = { ...body };
  for (const field of fields) delete copy[field];
  return copy;
}

/** Applies `change` to every item of a list answer whose path matches. */
export function onListItems(pattern: RegExp, change: (item: Record<string, unknown>) => Record<string, unknown>): Rewrite {
  return (body, request) =>
    pattern.test(new URL(request.url).pathname) && body.object === "list" && Array.isArray(body.data)
      ? { ...body, data: (body.data as Array<Record<string, unknown>>).map(change) }
      : body;
}
