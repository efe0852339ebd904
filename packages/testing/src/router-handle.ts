import type { Hono } from "hono";
import type { RouterEnv } from "./http/env";
import { errorResponse, internalError } from "./http/errors";
import { isEventStream, newRequestId, REQUEST_ID_HEADER } from "./http/request-id";
import { TRACEPARENT_HEADER } from "./routes/request";

/** One answered request, as passed to `RouterOptions.onRequest`. */
export interface RequestLogEntry {
  requestId: string;
  /** The `x-request-id` the caller sent, if any (logged, never echoed). */
  clientRequestId?: string;
  /** The W3C `traceparent` header the caller sent, if any, as sent (valid or not): what a test of trace propagation checks. */
  traceparent?: string;
  method: string;
  /** Path and query as requested. */
  path: string;
  status: number;
  /** Milliseconds until the response head was ready (wall time). */
  durationMs: number;
}

/** What one request's answer passes through around the project's app. */
export interface HandlerParts {
  app: Hono<RouterEnv>;
  streams: OpenStreams;
  onError(error: unknown, requestId: string): void;
  onRequest?: (entry: RequestLogEntry) => void;
}

/** Answers a request: the router's app (a 500 for what escapes it: Hono rethrows non-`Error`s), streams tracked, the log entry. */
export function createRequestHandler(parts: HandlerParts): (request: Request) => Promise<Response> {
  return async (request) => {
    const started = performance.now();
    let response: Response;
    try {
      response = await parts.app.fetch(request);
    } catch (error) {
      const requestId = newRequestId();
      parts.onError(error, requestId);
      response = errorResponse(internalError(), requestId);
    }
    if (response.body && isEventStream(response)) {
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

/** Like the real fetch: an abort before the response rejects with the signal's reason; a closed router rejects like a refused connection. */
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

/** The streams the router handed out: `close()` ends them, and an in-process abort ends one as a dropped socket would. */
export interface OpenStreams {
  /** Passes a streaming body through; `closeAll()` ends it cleanly, `signal` errors it with its reason. */
  track(body: ReadableStream<Uint8Array>, signal: AbortSignal): ReadableStream<Uint8Array>;
  /** Ends every open stream (the client sees end of stream) and cancels its source. */
  closeAll(): void;
  /** How many streams are open. */
  readonly size: number;
}

/** Creates an empty stream tracker. */
export function createOpenStreams(): OpenStreams {
  const open = new Set<() => void>();
  return {
    get size() {
      return open.size;
    },
    track(body, signal) {
      let end: () => void = () => undefined;
      const pass = new TransformStream<Uint8Array, Uint8Array>({ start: (controller) => void (end = () => controller.terminate()) });
      open.add(end);
      // An abort cancels the source and errors what the client reads; the end of the pipe, however it comes, forgets the stream.
      body.pipeTo(pass.writable, { signal }).then(() => open.delete(end), () => open.delete(end));
      return pass.readable;
    },
    closeAll() {
      for (const end of [...open]) end();
    },
  };
}
