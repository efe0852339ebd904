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
