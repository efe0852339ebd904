import { RouterError } from "../domain/router-error";
import { errorResponse } from "../http/errors";
import { RETRY_STRATEGY, rateLimitHeaders } from "../http/rate-limit";
import type { FailOptions } from "./types";

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

/** The answer to a request a hang still holds when the router closes: 503 `router_closing`, and the connection ends. */
export function routerClosing(): Response {
  const response = injectedFailure({ status: 503, code: "router_closing", message: "The reference router is closing; this request, held by a hang fault, was not handled." });
  response.headers.set("connection", "close");
  return response;
}

/**
 * An nginx-style HTML error page, as a reverse proxy answers when the router behind it is
 * down: not an envelope, so clients must fall back to status, request id and a body excerpt.
 */
function htmlErrorPage(status: number, headers: Record<string, string>): Response {
  const title = `${status} ${REASONS[status] ?? "Error"}`;
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n`;
  return new Response(body, { status, headers: { ...headers, "content-type": "text/html", server: "nginx/1.25.3" } });
}
