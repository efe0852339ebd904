// What one call sends: the client's headers and the call's ids, and the spec the transport builds
// each attempt's fetch from (never a cloned Request), however the caller described the call.
// openapi-fetch builds the spec through its `Request` option (see callRequestClass), so a typed
// call costs no platform Request unless middleware must see one.

/** Header carrying the per-call idempotency key on every POST (identical on each retry). */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
/** Header carrying the per-call correlation id; the server's `x-request-id` answer wins when present. */
export const REQUEST_ID_HEADER = "x-request-id";

/** The client-wide headers, from the resolved options. */
export interface StaticHeaderOptions {
  apiKey: string;
  userAgent: string;
  /** Client-wide extra headers (the `headers` option); they win over the SDK's defaults. */
  headers: Headers;
}

/**
 * Headers every request of a client carries: auth, user agent, `Accept: application/json` (the
 * API speaks JSON; SSE callers set their own) and the client-wide extras. Handed to openapi-fetch
 * as its base headers, so a header set on one call wins.
 */
export function staticHeaders(options: StaticHeaderOptions): Record<string, string> {
  return {
    authorization: `Bearer ${options.apiKey}`,
    "user-agent": options.userAgent,
    accept: "application/json",
    ...Object.fromEntries(options.headers),
  };
}

/**
 * Adds what is unique to one call, once per call (not per attempt): a request id and, for POST,
 * an idempotency key. Caller-provided values win, so a caller's `Idempotency-Key` is kept.
 */
export function applyCallIds(headers: Headers, method: string): void {
  if (!headers.has(REQUEST_ID_HEADER)) headers.set(REQUEST_ID_HEADER, randomUuid());
  if (method === "POST" && !headers.has(IDEMPOTENCY_KEY_HEADER)) headers.set(IDEMPOTENCY_KEY_HEADER, randomUuid());
}

/**
 * For requests that do not go through openapi-fetch (`client.fetch`): fills in the static headers
 * the caller did not set, then the per-call ids.
 */
export function applyAllHeaders(request: Request, defaults: Record<string, string>): void {
  const headers = request.headers;
  for (const name in defaults) {
    // `accept` is left to the caller here: client.fetch serves event streams and other non-JSON bodies.
    if (name !== "accept" && !headers.has(name)) headers.set(name, defaults[name] as string);
  }
  applyCallIds(headers, request.method);
}

/**
 * A random RFC 4122 v4 UUID from WebCrypto. `crypto.randomUUID` is missing outside secure
 * browser contexts, so fall back to `getRandomValues`.
 */
export function randomUuid(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === "function") return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One call as the transport sends it, on every attempt. */
export interface CallSpec {
  method: string;
  url: string;
  headers: Headers;
  /** Buffered once, so every attempt re-sends the same bytes. */
  body: string | ArrayBuffer | undefined;
  /** The caller's signal, if any. */
  signal: AbortSignal | undefined;
  /** The Request the call came from (client.fetch, middleware): its other fields (redirect, credentials…) apply to each attempt. */
  base?: Request | undefined;
  /** The OpenAPI path template (`/v1/exec/approvals/{approval_id}`), when known; for tracing. */
  template?: string | undefined;
}

/** A copy of `headers` with `extra` set; the original is left alone (it is shared by every attempt). */
export function withHeaders(headers: Headers, extra: Record<string, string>): Headers {
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
    // The type a platform Request gives a string body without one (openapi-fetch sets JSON's unless told not to).
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
