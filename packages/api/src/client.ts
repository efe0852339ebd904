import createClient, { type Client, type Middleware } from "openapi-fetch";
import { integer, positive, resolveClientOptions, type XerotierClientOptions } from "./core/options";
import { IDEMPOTENCY_KEY_HEADER } from "./core/request-headers";
import type { CallOverrides, RequestOptions } from "./core/request-options";
import { assertPathParamsPresent, safePathSerializer } from "./core/path-params";
import { applyAllHeaders, applyCallIds, REQUEST_ID_HEADER, staticHeaders } from "./core/request-headers";
import { createTransport, responseMeta, type XerotierLogger } from "./core/transport";
import type { XerotierHttpMethod, XerotierMethod, XerotierResult } from "./core/typed-methods";
import { errorFromResponse } from "./errors";
import type { paths } from "./generated/schema";
import { paginate, type ListItemOf, type ListInit, type ListPaths, type PaginateArgs, type Paginator } from "./pagination";

/** The authenticated, retrying fetch on the client, for requests that are not JSON calls (e.g. SSE). */
export type XerotierFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A Xerotier API client: openapi-fetch's typed methods, but every failure throws a typed
 * `XerotierError` and every success resolves to `{ data, response, requestId }`.
 */
export interface XerotierClient<Paths extends object = paths> {
  /** Typed GET; resolves to the success body or throws a typed error. */
  GET: XerotierMethod<Paths, "get">;
  /** Typed POST; sends an `Idempotency-Key` (the same on every retry of the call). */
  POST: XerotierMethod<Paths, "post">;
  /** Typed PUT. */
  PUT: XerotierMethod<Paths, "put">;
  /** Typed PATCH. */
  PATCH: XerotierMethod<Paths, "patch">;
  /** Typed DELETE. */
  DELETE: XerotierMethod<Paths, "delete">;
  /** Registers openapi-fetch middleware; it runs once per call, above the retry loop. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware registered with {@link XerotierClient.use}. */
  eject(...middleware: Middleware[]): void;
  /**
   * Iterates every item of a list operation.
   *
   * @example
   * ```ts
   * for await (const approval of client.paginate("/v1/exec/approvals", { params: { query: { status: "pending" } } })) {}
   * ```
   */
  paginate<Path extends ListPaths<Paths>>(
    path: Path,
    ...args: PaginateArgs<ListInit<Paths, Path>>
  ): Paginator<ListItemOf<Paths, Path>>;
  /**
   * Authenticated, retrying fetch with the same headers, retries, timeouts and typed errors as the
   * typed methods, for non-JSON requests such as SSE. A path starting with `/` is resolved against
   * {@link XerotierClient.baseUrl}.
   */
  fetch: XerotierFetch;
  /** The underlying openapi-fetch client (returns `{ data, error }`, but its fetch still throws typed errors). */
  raw: Client<Paths>;
  /** Project-scoped base URL, `${origin}/${encodeURIComponent(project)}`; paths start with `/v1/`. */
  baseUrl: string;
  /** The project id or slug the client is bound to. */
  project: string;
  /** The logger given in the options, for helpers that report through it (e.g. schema drift). */
  logger: XerotierLogger | undefined;
}

/**
 * Creates a client. `apiKey`, `project` and `baseUrl` fall back to `XEROTIER_API_KEY`,
 * `XEROTIER_PROJECT` and `XEROTIER_BASE_URL`; a missing key or project throws
 * `XerotierConfigError`.
 *
 * @example
 * ```ts
 * const client = createXerotierClient({ project: "proj_abc123", apiKey: process.env.XEROTIER_API_KEY });
 * const { data, requestId } = await client.GET("/v1/exec/approvals/{approval_id}", {
 *   params: { path: { approval_id } },
 * });
 * ```
 */
export function createXerotierClient<Paths extends object = paths>(
  options: XerotierClientOptions = {},
): XerotierClient<Paths> {
  const resolved = resolveClientOptions(options);
  const transport = createTransport(resolved);
  const defaults = staticHeaders(resolved);
  const raw = createClient<Paths>({
    baseUrl: resolved.projectUrl,
    fetch: transport.fetch,
    headers: defaults,
    pathSerializer: safePathSerializer,
  });
  const core: Middleware = {
    // Runs once per call, so the request id and idempotency key stay the same on every retry.
    onRequest({ request, schemaPath, params }) {
      assertPathParamsPresent(schemaPath, params.path);
      applyCallIds(request);
    },
  };
  raw.use(core);

  const method =
    <M extends XerotierHttpMethod>(name: Uppercase<M>): XerotierMethod<Paths, M> =>
    (async (url: string, init?: Record<string, unknown>): Promise<XerotierResult<unknown>> => {
      const call = raw[name as "GET"] as unknown as (
        url: string,
        init?: Record<string, unknown>,
      ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
      // Unless the caller chose how to read the body, take the JSON the transport already parsed
      // (parseAs "stream" stops openapi-fetch from reading the body a second time).
      const own = init?.parseAs === undefined && init?.fetch === undefined;
      const { rest, overrides } = splitRequestOptions(init);
      const fetchParsed = overrides ? (request: Request) => transport.fetchParsed(request, overrides) : transport.fetchParsed;
      const { data, error, response } = await call(url, own ? { ...rest, parseAs: "stream", fetch: fetchParsed } : rest);
      const meta = responseMeta(response);
      const requestId = meta?.requestId ?? response.headers.get(REQUEST_ID_HEADER) ?? undefined;
      if (!response.ok) {
        // Only reachable when a middleware short-circuits with an error Response; the transport throws otherwise.
        throw errorFromResponse(response, typeof error === "string" ? error : JSON.stringify(error), { requestId });
      }
      // The common case stays synchronous: no extra await per call.
      const body = !own ? data : meta?.json ? meta.json.value : await jsonBody(response, data, meta);
      return { data: body, response, requestId };
    }) as unknown as XerotierMethod<Paths, M>;

  const client: XerotierClient<Paths> = {
    GET: method("GET"),
    POST: method("POST"),
    PUT: method("PUT"),
    PATCH: method("PATCH"),
    DELETE: method("DELETE"),
    use: (...middleware) => raw.use(...middleware),
    eject: (...middleware) => raw.eject(...middleware.filter((m) => m !== core)),
    paginate: (path, ...args) => paginate<Paths, typeof path>(client, path, ...args),
    fetch: (input, init) => {
      const target = typeof input === "string" && input.startsWith("/") ? `${resolved.projectUrl}${input}` : input;
      const request = new Request(target, init);
      applyAllHeaders(request, defaults);
      return transport.fetch(request);
    },
    raw,
    baseUrl: resolved.projectUrl,
    project: resolved.project,
    logger: resolved.logger,
  };
  return client;
}

/**
 * Takes the per-call {@link RequestOptions} out of a typed call's `init`: `signal` stays (openapi-fetch
 * passes it on), the idempotency key becomes a header, the limits go to the transport.
 */
function splitRequestOptions(
  init: (Record<string, unknown> & RequestOptions) | undefined,
): { rest: Record<string, unknown> | undefined; overrides: CallOverrides | undefined } {
  if (!init || (init.timeoutMs === undefined && init.maxRetries === undefined && init.idempotencyKey === undefined)) {
    return { rest: init, overrides: undefined };
  }
  const { timeoutMs, maxRetries, idempotencyKey, ...rest } = init;
  if (idempotencyKey !== undefined) {
    const headers = new Headers(rest.headers as HeadersInit | undefined);
    headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
    rest.headers = headers;
  }
  const overrides: CallOverrides = {};
  if (timeoutMs !== undefined) overrides.timeoutMs = positive("timeoutMs", timeoutMs);
  if (maxRetries !== undefined) overrides.maxRetries = integer("maxRetries", maxRetries, 0, 100);
  return { rest, overrides };
}

/**
 * The success body of a typed call when the transport did not parse it: nothing (204, HEAD), an
 * event stream as is, or, when a middleware replaced the response, its body parsed here.
 */
async function jsonBody(response: Response, stream: unknown, meta: ReturnType<typeof responseMeta>): Promise<unknown> {
  if (stream === undefined || meta) return stream; // no content, or an event stream passed through
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw errorFromResponse(response, text, { cause });
  }
}
