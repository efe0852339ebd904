import createClient, { type Middleware } from "openapi-fetch";
import type { XerotierMiddleware, XerotierRawClient } from "./core/boundary-types";
import { canTakeFastPath, fastCallSpec } from "./core/fast-call";
import { integer, positive, resolveClientOptions, type XerotierClientOptions } from "./core/options";
import { applyAllHeaders, applyCallIds, IDEMPOTENCY_KEY_HEADER, REQUEST_ID_HEADER, staticHeaders } from "./core/request-headers";
import type { CallOverrides, RequestOptions } from "./core/request-options";
import { assertPathParamsPresent, safePathSerializer } from "./core/path-params";
import { createTransport, responseMeta, type RetryingTransport, type XerotierLogger } from "./core/transport";
import type { XerotierHttpMethod, XerotierMethod, XerotierResult } from "./core/typed-methods";
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

type RawCall = (url: string, init?: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

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
  // With no user middleware the typed methods skip openapi-fetch (its Request building is most of its cost).
  const middleware = new Set<XerotierMiddleware>();

  const method =
    <M extends XerotierHttpMethod>(name: Uppercase<M>): XerotierMethod<Paths, M> =>
    ((url: string, init?: Record<string, unknown>): Promise<XerotierResult<unknown>> => {
      if (middleware.size === 0 && canTakeFastPath(init)) {
        try {
          const spec = fastCallSpec(name, url, init, resolved.projectUrl, defaults);
          if (spec) return fastCall(transport, spec, callOverrides(init));
        } catch (error) {
          return Promise.reject(error); // a bad path parameter or limit rejects, as every call failure does
        }
      }
      return slowCall(transport, raw[name as "GET"] as unknown as RawCall, url, init);
    }) as unknown as XerotierMethod<Paths, M>;

  const client: XerotierClient<Paths> = {
    GET: method("GET"),
    POST: method("POST"),
    PUT: method("PUT"),
    PATCH: method("PATCH"),
    DELETE: method("DELETE"),
    use: (...added) => {
      for (const m of added) middleware.add(m);
      raw.use(...(added as Middleware[]));
    },
    eject: (...removed) => {
      for (const m of removed) middleware.delete(m);
      raw.eject(...(removed as Middleware[]).filter((m) => m !== core));
    },
    paginate: (path, ...args) => paginate<Paths, typeof path>(client, path, ...args),
    fetch: (input, init) => {
      const target = typeof input === "string" && input.startsWith("/") ? `${resolved.projectUrl}${input}` : input;
      const request = new Request(target, init);
      applyAllHeaders(request, defaults);
      return transport.fetch(request);
    },
    raw: raw as unknown as XerotierRawClient<Paths>,
    baseUrl: resolved.projectUrl,
    project: resolved.project,
    logger: resolved.logger,
  };
  registerClientTracing(client, tracing);
  return client;
}

/** A typed call on the fast path: the transport sends the spec and hands over the parsed JSON. */
async function fastCall(
  transport: RetryingTransport,
  spec: Parameters<RetryingTransport["send"]>[0],
  overrides: CallOverrides | undefined,
): Promise<XerotierResult<unknown>> {
  const response = await transport.send(spec, overrides);
  const meta = responseMeta(response);
  const data = meta?.json ? meta.json.value : unparsedBody(spec.method, response);
  return { data, response, requestId: meta?.requestId };
}

/** What openapi-fetch's `parseAs: "stream"` gives for a body the transport did not parse: nothing, or the stream. */
function unparsedBody(method: string, response: Response): unknown {
  const empty = response.status === 204 || method === "HEAD" || response.headers.get("content-length") === "0";
  return empty ? undefined : response.body;
}

/** A typed call through openapi-fetch: middleware is registered, or the caller set how to read or serialize. */
async function slowCall(
  transport: RetryingTransport,
  call: RawCall,
  url: string,
  init: Record<string, unknown> | undefined,
): Promise<XerotierResult<unknown>> {
  // Unless the caller chose how to read the body, take the JSON the transport already parsed
  // (parseAs "stream" stops openapi-fetch from reading the body a second time).
  const own = init?.parseAs === undefined && init?.fetch === undefined;
  const overrides = callOverrides(init);
  const rest = withoutRequestOptions(init);
  const fetchParsed = (request: Request) => transport.fetchParsed(request, overrides, url);
  const { data, error, response } = await call(url, own ? { ...rest, parseAs: "stream", fetch: fetchParsed } : rest);
  const meta = responseMeta(response);
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

/**
 * `init` for openapi-fetch without the per-call {@link RequestOptions} it does not know: `signal`
 * stays (openapi-fetch passes it on), the idempotency key becomes a header.
 */
function withoutRequestOptions(init: (Record<string, unknown> & RequestOptions) | undefined): Record<string, unknown> | undefined {
  if (!init || (init.timeoutMs === undefined && init.maxRetries === undefined && init.idempotencyKey === undefined)) return init;
  const { timeoutMs: _t, maxRetries: _m, idempotencyKey, ...rest } = init;
  if (idempotencyKey !== undefined) {
    const headers = new Headers(rest.headers as HeadersInit | undefined);
    headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
    rest.headers = headers;
  }
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
