import type { MiddlewareHandler } from "hono";
import type { RouterEnv } from "./env";

/** Response header that carries the router's correlation id. */
export const REQUEST_ID_HEADER = "x-request-id";

/**
 * A fresh request id, `req_` and 16 hex digits, from WebCrypto so it works on any runtime.
 *
 * @example
 * newRequestId(); // "req_4b1f0c2d9e8a7f65"
 */
export function newRequestId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(8));
  return `req_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Gives every request its own id, on every answer. Not Hono's `requestId`, which echoes a caller's `x-request-id`: this id
 * names the router's handling (a retry is a new one), so it is always generated (the caller's goes to the log).
 */
export function requestIdMiddleware(): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    const requestId = newRequestId();
    c.set("requestId", requestId);
    await next();
    setHeader(c, REQUEST_ID_HEADER, requestId);
  };
}

/** Replaces the context's response outright (assigning `c.res` merges the old headers: a stale content-length); CORS headers stay. */
export function replaceResponse(c: { res: Response | undefined }, response: Response): void {
  const cors = [...(c.res?.headers ?? [])].filter(([name]) => name.startsWith("access-control-"));
  c.res = undefined;
  c.res = response;
  for (const [name, value] of cors) setHeader(c as { res: Response }, name, value);
}

/** Whether a response is an event stream (`text/event-stream`). */
export function isEventStream(response: Response): boolean {
  return (response.headers.get("content-type") ?? "").startsWith("text/event-stream");
}

/** Sets a header on the context's response, rebuilding the response when its headers are immutable. */
export function setHeader(c: { res: Response }, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    const copy = new Response(c.res.body, c.res);
    copy.headers.set(name, value);
    c.res = copy;
  }
}
