import type { Hono } from "hono";
import { checkConformance } from "./conformance/middleware";
import type { Conformance } from "./conformance/recorder";
import { CONTROL_PREFIX } from "./http/control";
import type { RouterEnv } from "./http/env";
import { errorResponse, internalError } from "./http/errors";
import type { OpenStreams } from "./http/open-streams";
import { newRequestId, REQUEST_ID_HEADER } from "./http/request-id";
import { routedPath } from "./http/request-path";
import { TRACEPARENT_HEADER } from "./http/traceparent";
import type { RequestLogEntry } from "./router";

/** What one request's answer passes through after the project's app. */
export interface HandlerParts {
  appFor(request: Request): Hono<RouterEnv>;
  conformance: Conformance;
  streams: OpenStreams;
  /** Requests answered by an injected fault (not checked for conformance). */
  injected: WeakSet<Request>;
  onError(error: unknown, requestId: string): void;
  onRequest?: (entry: RequestLogEntry) => void;
}

/**
 * Answers a request: the project's app, a 500 envelope for what escaped it, a request id on every
 * answer, conformance checking (not for the control plane, preflights or injected faults), event
 * streams tracked so close/reset can end them, then the request log entry.
 */
export function createRequestHandler(parts: HandlerParts): (request: Request) => Promise<Response> {
  return async (request) => {
    const started = performance.now();
    let response: Response;
    try {
      response = await parts.appFor(request).fetch(request);
    } catch (error) {
      // Hono rethrows non-Error throws; the router still answers.
      const requestId = newRequestId();
      parts.onError(error, requestId);
      response = errorResponse(internalError(), requestId);
    }
    if (!response.headers.get(REQUEST_ID_HEADER)) {
      response = new Response(response.body, response);
      response.headers.set(REQUEST_ID_HEADER, newRequestId());
    }
    const unchecked = routedPath(request).startsWith(`${CONTROL_PREFIX}/`) || request.method === "OPTIONS" || parts.injected.has(request);
    if (!unchecked) response = await checkConformance(parts.conformance, request, response);
    if (response.body && (response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
      response = new Response(parts.streams.track(response.body, request.signal), response);
    }
    parts.onRequest?.(logEntry(request, response, started));
    return response;
  };
}

function logEntry(request: Request, response: Response, started: number): RequestLogEntry {
  const url = new URL(request.url);
  const clientRequestId = request.headers.get(REQUEST_ID_HEADER);
  const traceparent = request.headers.get(TRACEPARENT_HEADER);
  return {
    requestId: response.headers.get(REQUEST_ID_HEADER) ?? "",
    ...(clientRequestId ? { clientRequestId } : {}),
    ...(traceparent ? { traceparent } : {}),
    method: request.method,
    path: url.pathname + url.search,
    status: response.status,
    durationMs: Math.round(performance.now() - started),
  };
}

/**
 * Like the real fetch: a request aborted before its response rejects with the signal's reason;
 * a closed router rejects like a refused connection.
 */
export async function fetchLike(handle: (request: Request) => Promise<Response>, isClosed: () => boolean, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  if (isClosed()) throw new TypeError("fetch failed: the reference router is closed");
  const signal = request.signal;
  signal.throwIfAborted();
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([handle(request), aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
