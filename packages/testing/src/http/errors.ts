import type { ErrorHandler, NotFoundHandler } from "hono";
import type { RouterEnv } from "./env";
import { newRequestId, REQUEST_ID_HEADER } from "./request-id";
import { RouterError } from "../domain/router-error";
import { routedPath } from "./request-path";

/** The JSON response for a {@link RouterError}: its envelope, status and extra headers (e.g. `Retry-After`). */
export function errorResponse(error: RouterError, requestId?: string): Response {
  const headers = new Headers(error.headers);
  headers.set("content-type", "application/json; charset=UTF-8");
  if (requestId) headers.set(REQUEST_ID_HEADER, requestId);
  return new Response(JSON.stringify(error.toEnvelope()), { status: error.status, headers });
}

/** The 500 answered for anything that was not a deliberate {@link RouterError}. */
export function internalError(): RouterError {
  return new RouterError(500, "internal_error", "The router failed to handle the request; quote the x-request-id to support.");
}

/** Hono's error handler: a {@link RouterError} is its envelope; anything else is logged and a 500, never a crash. */
export function renderError(onUnexpected: (error: unknown, requestId: string) => void): ErrorHandler<RouterEnv> {
  return (error, c) => {
    if (error instanceof RouterError) return errorResponse(error);
    onUnexpected(error, c.get("requestId") ?? newRequestId());
    return errorResponse(internalError());
  };
}

/** Hono not-found handler: an unknown route is a 404 envelope with code `not_found`. */
export function renderNotFound(): NotFoundHandler<RouterEnv> {
  return (c) => errorResponse(new RouterError(404, "not_found", `No route for ${c.req.method} ${routedPath(c.req.raw)}.`));
}
