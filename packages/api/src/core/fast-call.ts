// The typed methods' fast path: a call described straight from (path, init), without building a
// Request or running openapi-fetch's middleware machinery. It sends exactly what openapi-fetch
// would (same URL and query serializers, same header precedence, JSON body); anything it does not
// cover takes the openapi-fetch path instead.
import { createFinalURL, createQuerySerializer } from "openapi-fetch";
import type { CallSpec } from "./call-spec";
import { assertPathParamsPresent, safePathSerializer } from "./path-params";
import { IDEMPOTENCY_KEY_HEADER, randomUuid, REQUEST_ID_HEADER } from "./request-headers";

/** `init` keys the fast path handles; any other (parseAs, fetch, serializers, middleware…) needs openapi-fetch. */
const FAST_KEYS = new Set(["params", "body", "headers", "signal", "timeoutMs", "maxRetries", "idempotencyKey"]);

const querySerializer = createQuerySerializer();

type Init = Record<string, unknown> & {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: HeaderValues };
  headers?: HeaderValues | Headers | Array<[string, string]>;
  body?: unknown;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
};
type HeaderValues = Record<string, string | number | boolean | Array<string | number | boolean> | null | undefined>;

/** Whether a typed call with this `init` can take the fast path. */
export function canTakeFastPath(init: Record<string, unknown> | undefined): boolean {
  if (init === undefined) return true;
  for (const key in init) if (!FAST_KEYS.has(key)) return false;
  return !(init.body instanceof FormData);
}

/**
 * The {@link CallSpec} of a typed call: URL from the path template and params, the client's headers
 * under the call's, a JSON body, and the per-call request id and (POST) idempotency key.
 * Returns `undefined` when openapi-fetch must serialize the body (a form-urlencoded content type).
 */
export function fastCallSpec(
  method: string,
  template: string,
  init: Init | undefined,
  baseUrl: string,
  defaults: Record<string, string>,
): CallSpec | undefined {
  const params = init?.params ?? {};
  assertPathParamsPresent(template, params.path);
  const hasBody = init?.body !== undefined;
  const headers: Record<string, string> = hasBody ? { "content-type": "application/json", ...defaults } : { ...defaults };
  if (init?.headers) mergeHeaders(headers, init.headers);
  if (params.header) mergeHeaders(headers, params.header);
  // Caller headers are checked here, as openapi-fetch would: a bad value must not look like a network error.
  if (init?.headers || params.header) new Headers(headers);
  if (hasBody && headers["content-type"] === "application/x-www-form-urlencoded") return undefined;
  if (init?.idempotencyKey !== undefined) headers[IDEMPOTENCY_KEY_HEADER] = init.idempotencyKey;
  // Once per call (not per attempt), so every retry carries the same ids.
  if (headers[REQUEST_ID_HEADER] === undefined) headers[REQUEST_ID_HEADER] = randomUuid();
  if (method === "POST" && headers[IDEMPOTENCY_KEY_HEADER] === undefined) headers[IDEMPOTENCY_KEY_HEADER] = randomUuid();
  return {
    method,
    url: createFinalURL(template, { baseUrl, params, querySerializer, pathSerializer: safePathSerializer }),
    headers,
    body: hasBody ? JSON.stringify(init?.body) : undefined,
    signal: init?.signal ?? undefined,
    template,
  };
}

/** openapi-fetch's `mergeHeaders` rules on a lower-case record: `null` removes, arrays join, `undefined` skips. */
function mergeHeaders(into: Record<string, string>, from: HeaderValues | Headers | Array<[string, string]>): void {
  const entries = from instanceof Headers || Array.isArray(from) ? from : Object.entries(from);
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    if (value === null) delete into[key];
    else if (Array.isArray(value)) into[key] = value.join(", ");
    else if (value !== undefined) into[key] = String(value);
  }
}
