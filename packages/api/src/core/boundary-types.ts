// The SDK's own names for what crosses its boundary to openapi-fetch (middleware, the raw client),
// so openapi-fetch's `Client`/`Middleware` are not part of @xerotier/api's public types and it can
// be swapped or bypassed (as the typed methods' fast path does) without breaking callers.
import type { FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { OperationOf, PathsWithMethod, RequiredKeysOf, XerotierHttpMethod } from "./typed-methods";

/** What every middleware hook receives. */
export interface XerotierMiddlewareParams {
  /** The call's Request; setting headers on it affects every attempt. */
  readonly request: Request;
  /** The OpenAPI path template, e.g. `/v1/exec/approvals/{approval_id}`. */
  readonly schemaPath: string;
  /** The call's parameters as given. */
  readonly params: {
    query?: Record<string, unknown>;
    header?: Record<string, unknown>;
    path?: Record<string, unknown>;
    cookie?: Record<string, unknown>;
  };
  /** A random id shared by the hooks of one call. */
  readonly id: string;
}

type Maybe<T> = T | undefined | void | Promise<T | undefined | void>;

/**
 * Middleware of {@link XerotierClient.use}: runs once per call, above the retries. Return a Request
 * from `onRequest` to replace it, or a Response to answer without calling the API.
 */
export interface XerotierMiddleware {
  onRequest?: (params: XerotierMiddlewareParams) => Maybe<Request | Response>;
  /** Return a Response to replace the one received. */
  onResponse?: (params: XerotierMiddlewareParams & { readonly response: Response }) => Maybe<Response>;
  /** Called with the typed error a call failed with; return a Response to recover or an Error to replace it. */
  onError?: (params: XerotierMiddlewareParams & { readonly error: unknown }) => Maybe<Response | Error>;
}

type MediaType = `${string}/${string}`;

type RawInit<Init> =
  RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

/** A method of {@link XerotierRawClient}: resolves to `{ data }` or `{ error }` with the response. */
export type XerotierRawMethod<Paths extends object, Method extends XerotierHttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path] & Record<Method, unknown>, Method>,
>(
  url: Path,
  ...init: RawInit<Init>
) => Promise<FetchResponse<OperationOf<Paths, Path, Method> & Record<string | number, unknown>, Init, MediaType>>;

/**
 * The lower-level client under the typed methods: `{ data, error, response }` results in
 * openapi-fetch's style, though its fetch still throws typed errors for failed calls.
 */
export interface XerotierRawClient<Paths extends object> {
  GET: XerotierRawMethod<Paths, "get">;
  POST: XerotierRawMethod<Paths, "post">;
  PUT: XerotierRawMethod<Paths, "put">;
  PATCH: XerotierRawMethod<Paths, "patch">;
  DELETE: XerotierRawMethod<Paths, "delete">;
}
