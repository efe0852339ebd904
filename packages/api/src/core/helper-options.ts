// The per-call options the helper packages pass to the client: only the RequestOptions fields, so
// nothing else a caller put in the object (a `body`, `headers`) can reach a request.
import { APIUserAbortError } from "../errors";
import type { RequestOptions } from "./typed-methods";

/** Per-call options without an idempotency key: for reads, and for calls that send several writes. */
export type ReadOptions = Omit<RequestOptions, "idempotencyKey">;

/** What a read (GET, DELETE, PATCH) takes of `options`: signal, per-attempt timeout and retries. */
export function readOptions(options: RequestOptions | undefined): ReadOptions {
  const picked: ReadOptions = {};
  if (options?.signal !== undefined) picked.signal = options.signal;
  if (options?.timeoutMs !== undefined) picked.timeoutMs = options.timeoutMs;
  if (options?.maxRetries !== undefined) picked.maxRetries = options.maxRetries;
  return picked;
}

/** What a write (POST) takes of `options`: {@link readOptions} plus the idempotency key. */
export function writeOptions(options: RequestOptions | undefined): RequestOptions {
  const picked: RequestOptions = readOptions(options);
  if (options?.idempotencyKey !== undefined) picked.idempotencyKey = options.idempotencyKey;
  return picked;
}

/**
 * What each read of a wait takes: its per-request `timeoutMs` and `maxRetries`, and the wait's
 * own `signal` (the one `waitFor` hands its reads, aborted at the end of the budget too).
 */
export function waitRequestOptions(options: RequestOptions | undefined, signal: AbortSignal): ReadOptions {
  return { ...readOptions(options), signal };
}

/** Paging options of a helper's lists: limits plus per-request options for every page. */
export interface ListOptions extends ReadOptions {
  /** Stop after this many items in total. */
  maxItems?: number;
  /** Page size (1–100). */
  pageSize?: number;
}

/** The paginator's limits, as {@link pagingOf} splits them off {@link ListOptions}. */
export interface PagingLimits {
  /** Stop after this many items in total. */
  maxItems?: number;
  /** Page size. */
  pageSize?: number;
  /** Stops the paging. */
  signal?: AbortSignal;
}

/** Splits {@link ListOptions} into the paginator's limits and each page request's options. */
export function pagingOf(options: ListOptions | undefined): { paging: PagingLimits; request: ReadOptions } {
  const { maxItems, pageSize, signal } = options ?? {};
  const paging = { ...(maxItems !== undefined ? { maxItems } : {}), ...(pageSize !== undefined ? { pageSize } : {}), ...(signal ? { signal } : {}) };
  return { paging, request: readOptions(options) };
}

/** The one abort error of the SDK, carrying the signal's reason as `cause`. */
export function abortError(signal: AbortSignal | undefined): APIUserAbortError {
  return new APIUserAbortError(undefined, { cause: signal?.reason });
}
