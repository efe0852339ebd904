import { createSseDecoder } from "@xerotier/api/internal";
import type { MiddlewareHandler } from "hono";
import type { RouterEnv } from "../http/env";
import { isEventStream, REQUEST_ID_HEADER, replaceResponse } from "../http/request-id";
import { apiPathOf, isControlPath } from "../http/request-path";
import { findOperation } from "../spec/operations";
import { componentSchema, describeErrors, validateAt } from "../spec/validator";
import { checkResponse } from "./checker";
import type { Conformance, ConformanceViolation } from "./recorder";

/**
 * Checks each answer against the spec and records what disagrees; outermost, so it sees the answer
 * as sent (request id included). The control plane, preflights and injected faults are not checked.
 * In `throw` mode a violating answer is replaced by a 500 naming the violation, so the test that
 * caused it fails at its own assertion.
 */
export function checkConformance(conformance: Conformance): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    await next();
    if (conformance.mode === "off" || isControlPath(c.req.raw) || c.req.method === "OPTIONS" || c.get("injected")) return;
    let violations: ConformanceViolation[];
    try {
      violations = await checkResponse(c.req.raw, c.res);
    } catch (error) {
      const at = { method: c.req.method, path: new URL(c.req.url).pathname, status: c.res.status };
      violations = [{ kind: "invalid_body", ...at, message: `The conformance check itself failed: ${String(error)}` }];
    }
    for (const violation of violations) conformance.record(violation);
    if (conformance.mode !== "throw" || violations.length === 0) return;
    await c.res.body?.cancel().catch(() => undefined);
    const message = `Conformance violation: ${violations.map((v) => v.message).join(" ")}`;
    const error = { message, type: "server_error", code: "conformance_violation", param: null };
    const requestId = c.res.headers.get(REQUEST_ID_HEADER);
    replaceResponse(c, Response.json({ error }, { status: 500, headers: requestId ? { [REQUEST_ID_HEADER]: requestId } : {} }));
  };
}

/**
 * Checks each event-stream frame as the routes produce it (innermost), before faults add malformed frames on purpose: the body
 * passes through, each event's `data` checked against `EventStreamData` as it passes (the SDK's SSE decoder).
 */
export function checkEventFrames(conformance: Conformance): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    await next();
    if (conformance.mode === "off" || !c.res.body || !isEventStream(c.res)) return;
    const url = new URL(c.req.url);
    const operation = findOperation(c.req.method, apiPathOf(url.pathname));
    const context = { method: c.req.method, path: url.pathname, status: c.res.status, requestId: c.get("requestId"), ...(operation ? { operationId: operation.operationId } : {}) };
    const decoder = createSseDecoder({
      onMessage: ({ data }) => {
        let value: unknown;
        try {
          value = JSON.parse(data);
        } catch {
          return conformance.record({ ...context, kind: "invalid_event", message: `Event-stream frame data is not JSON: ${data.slice(0, 80)}` });
        }
        const errors = validateAt(componentSchema("EventStreamData"), value);
        if (errors) conformance.record({ ...context, kind: "invalid_event", message: `Event-stream frame does not match EventStreamData: ${describeErrors(errors)}`, errors });
      },
    });
    const tap = new TransformStream<Uint8Array, Uint8Array>({ transform: (chunk, controller) => (controller.enqueue(chunk), decoder.push(chunk)) });
    replaceResponse(c, new Response(c.res.body.pipeThrough(tap), c.res));
  };
}
