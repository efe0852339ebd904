import type { MiddlewareHandler } from "hono";
import type { RouterEnv } from "./env";
import { setHeader } from "./request-id";
import { routedPath } from "./request-path";

// Every header the SDK sends; retries add x-xerotier-retry-count.
const ALLOW_HEADERS = "Authorization, Content-Type, Idempotency-Key, Last-Event-ID, x-request-id, x-xerotier-retry-count, Cache-Control, traceparent, tracestate";
const EXPOSE_HEADERS =
  "x-request-id, retry-after, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, idempotent-replayed";
const ALLOW_METHODS = "GET, POST, PATCH, DELETE, OPTIONS";

/**
 * CORS for browser code on the API (never on `/_router/*`): any origin, the SDK's request headers allowed, the correlation and
 * rate-limit headers exposed. A preflight (`OPTIONS`) is answered 204 here, before auth, since
 * browsers never send credentials on it.
 */
export function corsMiddleware(controlPrefix: string): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    // The control plane answers no CORS at all: no web page may drive it.
    const path = routedPath(c.req.raw);
    if (path === controlPrefix || path.startsWith(`${controlPrefix}/`)) return next();
    if (c.req.method === "OPTIONS") {
      return new Response(null, {
        status: 204,
        headers: {
          "access-control-allow-origin": "*",
          "access-control-allow-methods": ALLOW_METHODS,
          "access-control-allow-headers": ALLOW_HEADERS,
          "access-control-expose-headers": EXPOSE_HEADERS,
          "access-control-max-age": "600",
        },
      });
    }
    await next();
    setHeader(c, "access-control-allow-origin", "*");
    setHeader(c, "access-control-expose-headers", EXPOSE_HEADERS);
  };
}
