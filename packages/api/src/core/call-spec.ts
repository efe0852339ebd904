// What one call sends, independent of how the caller described it (a Request, or a typed method's
// path and init): the transport builds each attempt's fetch from this, never from a cloned Request.

/** Request headers: a lower-case record (the typed methods' fast path) or a `Headers` (a Request's). */
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
  /** The Request the call came from (client.fetch, raw): its other fields (redirect, credentials…) apply to each attempt. */
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
