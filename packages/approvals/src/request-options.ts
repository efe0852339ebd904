// The per-call options each helper passes to the client: only the four RequestOptions fields, so
// nothing else a caller put in the object (a `body`, `headers`) can reach a request.
import { APIUserAbortError, type RequestOptions } from "@xerotier/api";
import { sleep } from "@xerotier/api/internal";

/** What a read (GET) takes of `options`: signal, per-attempt timeout and retries. An idempotency key means nothing on a read. */
export function readOptions(options: RequestOptions | undefined): Omit<RequestOptions, "idempotencyKey"> {
  const picked: Omit<RequestOptions, "idempotencyKey"> = {};
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

/** The one abort error of the SDK, carrying the signal's reason as `cause`. */
export function abortError(signal: AbortSignal | undefined): APIUserAbortError {
  return new APIUserAbortError(undefined, { cause: signal?.reason });
}

/**
 * Resolves after `ms`, however long (re-armed past setTimeout's 2^31-1 ms ceiling, never early);
 * rejects with `APIUserAbortError` when `signal` aborts. The deadline of a whole wait.
 */
export async function elapse(ms: number, signal: AbortSignal): Promise<void> {
  const end = Date.now() + Math.max(0, ms);
  do await sleep(end - Date.now(), signal);
  while (Date.now() < end);
}
