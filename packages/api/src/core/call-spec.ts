// What one call sends, independent of how the caller described it: the transport builds each
// attempt's fetch from this, never from a cloned Request. openapi-fetch builds it through its
// `Request` option (see callRequestClass), so a typed call costs no platform Request unless
// middleware must see one.
import { applyCallIds, IDEMPOTENCY_KEY_HEADER } from "./request-headers";

/** Request headers: a `Headers`, or a lower-case record. */
export type HeaderBag = Record<string, string> | Headers;

/** One call as the transport sends it, on every attempt. */
export interface CallSpec {
  method: string;
  url: string;
  headers: HeaderBag;
  /** Buffered once, so every attempt re-sends the same bytes. */
  body: string | ArrayBuffer | undefined;
  /** The caller's signal, if any. */
  signal: AbortSignal | undefined;
  /** The Request the call came from (client.fetch, middleware): its other fields (redirect, credentials…) apply to each attempt. */
  base?: Request | undefined;
  /** The OpenAPI path template (`/v1/exec/approvals/{approval_id}`), when known; for tracing. */
  template?: string | undefined;
}

/** The value of header `name` (lower case) in `headers`. */
export function headerOf(headers: HeaderBag, name: string): string | undefined {
  return headers instanceof Headers ? (headers.get(name) ?? undefined) : headers[name];
}

/** A copy of `headers` with `extra` set; the original is left alone (it is shared by every attempt). */
export function withHeaders(headers: HeaderBag, extra: Record<string, string>): HeaderBag {
  if (!(headers instanceof Headers)) return { ...headers, ...extra };
  const copy = new Headers(headers);
  for (const name in extra) copy.set(name, extra[name] as string);
  return copy;
}

/** The call a Request describes; its body is read once here. */
export async function specFromRequest(request: Request): Promise<CallSpec> {
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body === null ? undefined : await request.arrayBuffer(),
    signal: request.signal,
    base: request,
  };
}

/** What openapi-fetch hands its `Request` option: the final URL and the merged init. */
type RequestInitOf = RequestInit & { headers: Headers; idempotencyKey?: string | undefined };

// Init fields a CallSpec carries; any other one (credentials, cache, keepalive…) needs a Request.
const SPEC_FIELDS = new Set(["method", "headers", "body", "signal", "redirect", "timeoutMs", "maxRetries", "idempotencyKey"]);

/**
 * The class given to openapi-fetch as its `Request` option: it stamps the call's ids (request id,
 * POST idempotency key, the caller's `idempotencyKey`) on the headers, then builds a plain
 * {@link CallSpec}, or, when `needsRequest()` says middleware will look at it or the init has
 * fields a spec does not carry (a FormData body, `credentials`…), the platform Request. A Request
 * returned by middleware passes openapi-fetch's `instanceof` check, as with the platform class.
 */
export function callRequestClass(needsRequest: () => boolean): typeof Request {
  function CallRequest(url: string, init: RequestInitOf): CallSpec | Request {
    const { headers } = init;
    if (init.idempotencyKey !== undefined) headers.set(IDEMPOTENCY_KEY_HEADER, init.idempotencyKey);
    applyCallIds(headers, init.method ?? "GET");
    if (needsRequest() || !describable(init)) return new Request(url, init);
    if (typeof init.body === "string" && !headers.has("content-type")) headers.set("content-type", "text/plain;charset=UTF-8");
    return { method: init.method ?? "GET", url, headers, body: init.body as string | undefined, signal: init.signal ?? undefined };
  }
  Object.defineProperty(CallRequest, Symbol.hasInstance, { value: (value: unknown) => value instanceof Request });
  return CallRequest as unknown as typeof Request;
}

/** Whether a CallSpec carries all of `init`: a string body or none, following redirects, no other fields. */
function describable(init: RequestInitOf): boolean {
  if (init.body !== undefined && typeof init.body !== "string") return false;
  if (init.redirect !== undefined && init.redirect !== "follow") return false;
  for (const key in init) if (!SPEC_FIELDS.has(key)) return false;
  return true;
}
