import createClient, { createQuerySerializer, type Middleware } from "openapi-fetch";
import { applyAllHeaders, callRequestClass, REQUEST_ID_HEADER, staticHeaders } from "./core/call-spec";
import { integer, positive, resolveClientOptions, type XerotierClientOptions } from "./core/options";
import { assertPathParamsPresent, safePathSerializer } from "./core/path-params";
import { createTransport, responseMeta, type CallOptions, type Transport, type XerotierLogger } from "./core/transport";
import type {
  CallOverrides,
  RequestOptions,
  XerotierHttpMethod,
  XerotierMethod,
  XerotierMiddleware,
  XerotierRawClient,
  XerotierResult,
} from "./core/typed-methods";
import { errorFromResponse } from "./errors";
import type { paths } from "./generated/schema";
import { paginate, type ListItemOf, type ListInit, type ListPaths, type PaginateArgs, type Paginator } from "./pagination";
import { createClientTracing } from "./tracing/client-tracing";
import { registerClientTracing } from "./tracing/with-span";

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
  /** Registers middleware; it runs once per call, above the retry loop. */
  use(...middleware: XerotierMiddleware[]): void;
  /** Removes middleware registered with {@link XerotierClient.use}. */
  eject(...middleware: XerotierMiddleware[]): void;
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
  /** The lower-level client (returns `{ data, error }`, but its fetch still throws typed errors). */
  raw: XerotierRawClient<Paths>;
  /** Project-scoped base URL, `${origin}/${encodeURIComponent(project)}`; paths start with `/v1/`. */
  baseUrl: string;
  /** The project id or slug the client is bound to. */
  project: string;
  /** The logger given in the options, for helpers that report through it (e.g. schema drift). */
  logger: XerotierLogger | undefined;
}

type OpenapiCall = (url: string, init?: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

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
  const tracing = createClientTracing(options.tracing, resolved.logger);
  const transport = createTransport({ ...resolved, tracing: tracing?.hook });
  const defaults = staticHeaders(resolved);
  // One pipeline for every call: openapi-fetch builds it (through our Request class, which makes a
  // platform Request only when middleware will see it) and sends it through the transport.
  const middleware: XerotierMiddleware[] = []; // as registered with openapi-fetch, which runs them
  const openapi = createClient<Paths>({
    baseUrl: resolved.projectUrl,
    fetch: (request: Request) => transport(request),
    Request: callRequestClass(() => middleware.length > 0),
    headers: defaults,
    querySerializer: createQuerySerializer(),
    pathSerializer: safePathSerializer,
  });
  const call = openapi as unknown as Record<Uppercase<XerotierHttpMethod>, OpenapiCall>;

  const method =
    <M extends XerotierHttpMethod>(name: Uppercase<M>): XerotierMethod<Paths, M> =>
    ((url: string, init?: Record<string, unknown>) => typedCall(call[name], transport, url, init)) as unknown as XerotierMethod<Paths, M>;
  const rawMethod = (name: Uppercase<XerotierHttpMethod>): OpenapiCall => async (url, init) => {
    assertPathParamsPresent(url, (init?.params as { path?: Record<string, unknown> } | undefined)?.path);
    return call[name](url, init);
  };

  const client: XerotierClient<Paths> = {
    GET: method("GET"),
    POST: method("POST"),
    PUT: method("PUT"),
    PATCH: method("PATCH"),
    DELETE: method("DELETE"),
    use: (...added) => {
      openapi.use(...(added as Middleware[]));
      middleware.push(...added.filter(Boolean));
    },
    eject: (...removed) => {
      openapi.eject(...(removed as Middleware[]));
      for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
    },
    paginate: (path, ...args) => paginate<Paths, typeof path>(client, path, ...args),
    fetch: (input, init) => {
      const target = typeof input === "string" && input.startsWith("/") ? `${resolved.projectUrl}${input}` : input;
      const request = new Request(target, init);
      applyAllHeaders(request, defaults);
      return transport(request);
    },
    raw: { GET: rawMethod("GET"), POST: rawMethod("POST"), PUT: rawMethod("PUT"), PATCH: rawMethod("PATCH"), DELETE: rawMethod("DELETE") } as unknown as XerotierRawClient<Paths>,
    baseUrl: resolved.projectUrl,
    project: resolved.project,
    logger: resolved.logger,
  };
  registerClientTracing(client, tracing);
  return client;
}

/**
 * A typed call: openapi-fetch sends it through the transport with this call's options. Unless
 * the caller chose how to read or send it (`parseAs`, `fetch`), the transport parses the JSON and
 * openapi-fetch is told not to read the body again (`parseAs: "stream"`).
 */
async function typedCall(
  call: OpenapiCall,
  transport: Transport,
  url: string,
  init: (Record<string, unknown> & RequestOptions) | undefined,
): Promise<XerotierResult<unknown>> {
  assertPathParamsPresent(url, (init?.params as { path?: Record<string, unknown> } | undefined)?.path);
  const own = init?.parseAs === undefined && init?.fetch === undefined;
  const options: CallOptions = callOverrides(init) ?? {};
  options.template = url;
  if (own) options.parsed = {};
  const rest = init?.timeoutMs === undefined && init?.maxRetries === undefined ? init : withoutLimits(init);
  const sendThrough = (request: Request) => transport(request, options);
  const { data, error, response } = await call(url, own ? { ...rest, parseAs: "stream", fetch: sendThrough } : { fetch: sendThrough, ...rest });
  // The transport's own response, unless a middleware replaced it.
  const meta = options.parsed?.response === response ? options.parsed.meta : responseMeta(response);
  const requestId = meta?.requestId ?? response.headers.get(REQUEST_ID_HEADER) ?? undefined;
  if (!response.ok) {
    // Only reachable when a middleware short-circuits with an error Response; the transport throws otherwise.
    throw errorFromResponse(response, typeof error === "string" ? error : JSON.stringify(error), { requestId });
  }
  const body = !own ? data : meta?.json ? meta.json.value : await jsonBody(response, data, meta);
  return { data: body, response, requestId };
}

/** The per-call limits of a typed call's `init`, validated; `undefined` in the common case of none. */
function callOverrides(init: (Record<string, unknown> & RequestOptions) | undefined): CallOverrides | undefined {
  if (!init || (init.timeoutMs === undefined && init.maxRetries === undefined)) return undefined;
  const overrides: CallOverrides = {};
  if (init.timeoutMs !== undefined) overrides.timeoutMs = positive("timeoutMs", init.timeoutMs);
  if (init.maxRetries !== undefined) overrides.maxRetries = integer("maxRetries", init.maxRetries, 0, 100);
  return overrides;
}

/** `init` without the per-call limits, which travel in the call's options instead. */
function withoutLimits(init: Record<string, unknown> & RequestOptions): Record<string, unknown> {
  const { timeoutMs: _t, maxRetries: _m, ...rest } = init;
  return rest;
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
