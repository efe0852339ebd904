// One CLIENT span per API call, following the OpenTelemetry HTTP semantic conventions.
import type { Attributes, Span, SpanContext, Tracer } from "@opentelemetry/api";
import type { CallSpec } from "../core/call-spec";
import type { XerotierError } from "../errors";
import type { CallResult, CallTrace } from "./call-trace";
import type { Otel } from "./otel-api";

/** Attribute carrying the call's `x-request-id` (the server's answer, else the one sent). */
export const REQUEST_ID_ATTRIBUTE = "xerotier.request_id";
/** Name of the span event recorded before each retry's wait. */
export const RETRY_EVENT = "xerotier.retry";

/** Starts the CLIENT span of a call, as a child of the active context. */
export function startCallSpan(otel: Otel, tracer: Tracer, spec: CallSpec): CallTrace {
  const url = new URL(spec.url);
  const attributes: Attributes = {
    "http.request.method": spec.method,
    "server.address": url.hostname,
    "server.port": url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80,
  };
  if (spec.template !== undefined) attributes["url.template"] = spec.template;
  const name = spec.template === undefined ? spec.method : `${spec.method} ${spec.template}`;
  const parent = otel.context.active();
  const span = tracer.startSpan(name, { kind: otel.SpanKind.CLIENT, attributes }, parent);
  return {
    headers: traceHeaders(otel, span, parent),
    retry: (attempt, delayMs, error) =>
      span.addEvent(RETRY_EVENT, {
        "xerotier.retry.attempt": attempt,
        "xerotier.retry.delay_ms": delayMs,
        "error.type": errorType(error),
        ...(error.requestId === undefined ? {} : { [REQUEST_ID_ATTRIBUTE]: error.requestId }),
      }),
    end: (result) => endCallSpan(otel, span, result),
  };
}

/** Sets the final attributes and status, and ends the span. */
function endCallSpan(otel: Otel, span: Span, result: CallResult): void {
  if (result.status !== undefined) span.setAttribute("http.response.status_code", result.status);
  if (result.requestId !== undefined) span.setAttribute(REQUEST_ID_ATTRIBUTE, result.requestId);
  if (result.attempts > 1) span.setAttribute("http.request.resend_count", result.attempts - 1);
  if (result.error) {
    span.setAttribute("error.type", errorType(result.error));
    span.setStatus({ code: otel.SpanStatusCode.ERROR, message: result.error.name });
  }
  span.end();
}

/**
 * The trace context headers of the span, sent on every attempt: what the registered propagator
 * injects, and at least a W3C `traceparent` when it injects none (no propagator registered).
 */
function traceHeaders(otel: Otel, span: Span, parent: ReturnType<Otel["context"]["active"]>): Record<string, string> {
  const headers: Record<string, string> = {};
  const spanContext = span.spanContext();
  if (!otel.isSpanContextValid(spanContext)) return headers;
  otel.propagation.inject(otel.trace.setSpan(parent, span), headers);
  if (headers.traceparent === undefined) {
    headers.traceparent = traceparent(spanContext);
    const state = spanContext.traceState?.serialize();
    if (state) headers.tracestate = state;
  }
  return headers;
}

/** W3C Trace Context `traceparent` (version 00) of a span context. */
export function traceparent(context: SpanContext): string {
  return `00-${context.traceId}-${context.spanId}-${(context.traceFlags & 0xff).toString(16).padStart(2, "0")}`;
}

/** `error.type`: the HTTP status for an HTTP error, else the error's class (APITimeoutError, …). */
function errorType(error: XerotierError): string {
  return error.status === undefined ? error.name : String(error.status);
}
