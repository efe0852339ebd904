import type { MiddlewareHandler } from "hono";
import type { RouterEnv } from "../http/env";
import { replaceResponse } from "../http/request-id";
import { apiPathOf, checkResponse, specOperations } from "./checker";
import type { Conformance } from "./recorder";
import { findOperation } from "./spec-index";
import { tapEventStream } from "./sse-tap";
import type { ConformanceViolation } from "./types";

/**
 * Checks each event-stream frame as the routes produce it, before fault injection can add
 * malformed frames on purpose. Sits innermost, right before the routes.
 */
export function sseTapMiddleware(conformance: Conformance): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    await next();
    const body = c.res.body;
    if (conformance.mode === "off" || !body) return;
    if (!(c.res.headers.get("content-type") ?? "").startsWith("text/event-stream")) return;
    const url = new URL(c.req.url);
    const operation = findOperation(specOperations(), c.req.method, apiPathOf(url.pathname) ?? "");
    const context = {
      method: c.req.method,
      path: url.pathname,
      status: c.res.status,
      requestId: c.get("requestId"),
      ...(operation ? { operationId: operation.operationId } : {}),
    };
    replaceResponse(c, new Response(tapEventStream(body, context, (v) => conformance.record(v)), c.res));
  };
}

/**
 * Checks a finished response and records what disagrees with the spec. In `throw` mode a
 * violating response is replaced by a 500 naming the violation, so the test that caused it
 * fails at its own assertion.
 */
export async function checkConformance(conformance: Conformance, request: Request, response: Response): Promise<Response> {
  if (conformance.mode === "off") return response;
  let violations: ConformanceViolation[];
  try {
    violations = await checkResponse(request, response);
  } catch (error) {
    violations = [
      {
        kind: "invalid_body",
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        message: `The conformance check itself failed: ${String(error)}`,
      },
    ];
  }
  for (const violation of violations) conformance.record(violation);
  if (conformance.mode !== "throw" || violations.length === 0) return response;
  await response.body?.cancel().catch(() => undefined);
  const message = `Conformance violation: ${violations.map((v) => v.message).join(" ")}`;
  const headers = new Headers({ "content-type": "application/json; charset=UTF-8" });
  const requestId = response.headers.get("x-request-id");
  if (requestId) headers.set("x-request-id", requestId);
  return new Response(JSON.stringify({ error: { message, type: "server_error", code: "conformance_violation", param: null } }), {
    status: 500,
    headers,
  });
}
