// Types of the client's GET/POST/PUT/PATCH/DELETE. Because every failure throws a typed error,
// a call resolves only on success, so `data` is the success body itself, never optional.
// Built from openapi-fetch's exported types (which use openapi-typescript-helpers underneath),
// so path, params and body typing stays exactly openapi-fetch's.
import type { Client, ClientPathsWithMethod, FetchOptions, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { RequestOptions } from "./request-options";

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
