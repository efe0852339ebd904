// Types of the client's GET/POST/PUT/PATCH/DELETE. Because every failure throws a typed error,
// a call resolves only on success, so `data` is the success body itself, never optional.
// Built from openapi-fetch's exported types (which use openapi-typescript-helpers underneath),
// so path, params and body typing stays exactly openapi-fetch's.
import type { Client, ClientPathsWithMethod, FetchOptions, FetchResponse, MaybeOptionalInit } from "openapi-fetch";

/** The HTTP methods the Xerotier API uses. */
export type XerotierHttpMethod = "get" | "put" | "post" | "patch" | "delete";

type MediaType = `${string}/${string}`;

type RequiredKeysOfHelper<T> = { [K in keyof T]: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];
/** Keys of `T` that are not optional. */
export type RequiredKeysOf<T> = RequiredKeysOfHelper<T> extends undefined ? never : RequiredKeysOfHelper<T>;

/** The `init` argument: optional unless the operation has required params or body (as in openapi-fetch). */
export type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & RequestOptions & { [key: string]: unknown })?]
    : [Init & RequestOptions & { [key: string]: unknown }];

/** Paths of `Paths` that support `Method`. */
export type PathsWithMethod<Paths extends object, Method extends XerotierHttpMethod> = ClientPathsWithMethod<
  Client<Paths>,
  Method
>;

/** The operation object of `Path` + `Method`. */
export type OperationOf<Paths, Path, Method extends XerotierHttpMethod> = Path extends keyof Paths
  ? Paths[Path] extends { [M in Method]: infer Op }
    ? Op
    : never
  : never;

/** The success body of an operation (after `parseAs`, if `Init` sets one). */
export type SuccessData<Operation, Init> =
  Operation extends Record<string | number, unknown>
    ? FetchResponse<Operation, Init, MediaType> extends infer R
      ? R extends { data: infer D }
        ? D
        : never
      : never
    : never;

/** The request options of an operation (params, body, headers, signal, parseAs, …). */
export type OperationInit<Operation> = Operation extends Record<string | number, unknown> ? FetchOptions<Operation> : never;

/** What a successful call resolves to. */
export interface XerotierResult<Data> {
  /** The parsed success body. */
  data: Data;
  /** The raw response (its body already consumed for JSON). */
  response: Response;
  /** The response's `x-request-id` (or the one the SDK sent); quote it to support. */
  requestId: string | undefined;
}

/**
 * A typed method: `client.GET(path, init)` resolves to `{ data, response, requestId }` or rejects
 * with a typed `XerotierError`. `init` also takes the per-call {@link RequestOptions}.
 */
export type XerotierMethod<Paths extends object, Method extends XerotierHttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path] & Record<Method, unknown>, Method>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<XerotierResult<SuccessData<OperationOf<Paths, Path, Method>, Init>>>;

/**
 * Per-call options: the last argument of every typed method (merged into its `init`), of every
 * helper method and of every wait in the helper packages. Each field overrides the client's
 * option of the same name for this one call.
 *
 * @example
 * ```ts
 * await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id } }, timeoutMs: 5_000 });
 * await approvals.approve(id, { note: "ok" }, { signal, idempotencyKey: `approve-${id}` });
 * ```
 */
export interface RequestOptions {
  /** Cancels the call (attempts and retry waits); it then rejects with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** Limit per attempt, in ms. Default: the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. Default: the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** The `Idempotency-Key` to send (POST); the same on every retry. Default: a random UUID per call. */
  idempotencyKey?: string | undefined;
}

/** The per-call overrides the transport reads (the rest of {@link RequestOptions} travels on the Request). */
export type CallOverrides = Pick<RequestOptions, "timeoutMs" | "maxRetries">;

// The SDK's own names for what crosses its boundary to openapi-fetch (middleware, the raw client),
// so openapi-fetch's `Client`/`Middleware` are not part of @xerotier/api's public types.

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
