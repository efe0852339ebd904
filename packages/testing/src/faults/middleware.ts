import { sleep } from "@xerotier/api/internal";
import type { MiddlewareHandler } from "hono";
import type { RouterEnv } from "../http/env";
import { RouterError } from "../domain/router-error";
import { errorResponse } from "../http/errors";
import { RETRY_STRATEGY, rateLimitHeaders } from "../http/rate-limit";
import { isEventStream, replaceResponse } from "../http/request-id";
import { isControlPath, routedPath, splitProjectPath } from "../http/request-path";
import type { FaultRegistry } from "./injector";
import type { FailOptions } from "./types";
import { applyStreamPlan } from "./stream";

/**
 * Applies armed faults (never to the control plane), outside auth and idempotency: an injected failure answers before anything
 * runs; `failAfterHandling` lets the request run (and be stored) first. Answers off-spec on purpose are marked `injected`.
 */
export function injectFaults(faults: FaultRegistry): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    if (isControlPath(c.req.raw)) return next();
    const method = c.req.method;
    const { apiPath } = splitProjectPath(routedPath(c.req.raw));
    const signal = c.req.raw.signal;
    const injected = (response: Response) => (c.set("injected", true), response);

    const latency = faults.take("latency", method, apiPath);
    // A caller that gives up ends the wait (the api's sleep rejects then).
    if (latency?.latencyMs) await sleep(latency.latencyMs, signal).catch(() => undefined);

    const hang = faults.take("hang", method, apiPath);
    if (hang) {
      await faults.hold(hang, signal);
      if (faults.closed) {
        // Still held when the router closes: 503 router_closing, and the connection ends.
        const closing = injectedFailure({ status: 503, code: "router_closing", message: "The reference router is closing; this request, held by a hang fault, was not handled." });
        closing.headers.set("connection", "close");
        return injected(closing);
      }
      // Nobody is listening any more; 499 is nginx's "client closed request".
      if (signal.aborted) return injected(new Response(null, { status: 499 }));
      // Released (hang cancelled, faults reset) while the caller still waits: the request goes on as normal.
    }

    const failure = faults.take("failNext", method, apiPath);
    if (failure?.fail) return injected(injectedFailure(failure.fail));

    const afterwards = faults.take("failAfterHandling", method, apiPath);
    await next();
    if (afterwards?.fail) {
      await c.res.body?.cancel().catch(() => undefined);
      replaceResponse(c, injected(injectedFailure(afterwards.fail)));
      return;
    }
    const plan = c.res.body && isEventStream(c.res) ? faults.takeStreamPlan() : undefined;
    if (plan) replaceResponse(c, new Response(applyStreamPlan(c.res.body!, plan), c.res));
  };
}

const DEFAULT_CODES: Record<number, string> = {
  ...{ 400: "invalid_request", 401: "authentication_error", 403: "scope_insufficient", 404: "not_found", 409: "conflict", 429: "rate_limit_exceeded" },
  ...{ 500: "internal_error", 502: "bad_gateway", 503: "backend_unavailable", 504: "gateway_timeout" },
};
const REASONS: Record<number, string> = { 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out" };

/** The response an injected failure answers: the envelope, or a proxy's HTML page. */
export function injectedFailure(options: FailOptions): Response {
  const headers: Record<string, string> = options.retryAfter === undefined ? {} : { "retry-after": String(options.retryAfter) };
  if (options.html) return htmlErrorPage(options.status, headers);
  const extra: Record<string, unknown> = {};
  if (options.status === 429) {
    const retryAfter = options.retryAfter ?? 1;
    Object.assign(headers, { "retry-after": String(retryAfter), ...rateLimitHeaders({ limit: 0, remaining: 0, resetSeconds: retryAfter }) });
    // quota_exceeded carries them too: a client must refuse to retry it on the code alone.
    Object.assign(extra, { retry_after: retryAfter, retry_strategy: { ...RETRY_STRATEGY } });
  }
  const code = options.code ?? DEFAULT_CODES[options.status] ?? "injected_fault";
  return errorResponse(new RouterError(options.status, code, options.message ?? "Injected fault.", { ...(options.type ? { type: options.type } : {}), headers, extra }));
}

/** An nginx-style HTML error page, as a proxy answers when the router behind it is down: clients must cope without an envelope. */
function htmlErrorPage(status: number, headers: Record<string, string>): Response {
  const title = `${status} ${REASONS[status] ?? "Error"}`;
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n`;
  return new Response(body, { status, headers: { ...headers, "content-type": "text/html", server: "nginx/1.25.3" } });
}
