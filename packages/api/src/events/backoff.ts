import { abortable } from "../core/response-body";
import { sleep } from "../core/sleep";

/**
 * Resolves on a later turn of the event loop (a 0 ms timer), or at once if `signal` aborts. Work
 * chained on promises alone never lets timers, I/O or `close()` run; awaiting this does.
 */
export function nextTurn(signal: AbortSignal): Promise<void> {
  return sleep(0, signal).catch(() => undefined); // a stop is checked by the caller
}

/**
 * Settles with `promise`, or with `undefined` as soon as `signal` aborts, for openers that ignore
 * their signal. The listener is removed either way.
 */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  return abortable(promise, signal).catch((error: unknown) => {
    if (signal.aborted && error === signal.reason) return undefined;
    throw error;
  });
}
