import { fullJitterBackoffMs } from "../core/backoff";
import { timerDelay } from "../core/delay";
import { abortable } from "../core/response-body";

/**
 * The stream's reconnect delay: the client's full-jitter backoff, counted from the first
 * reconnect, with a ceiling of `max(maxMs, baseMs)` so a server `retry:` above the client
 * maximum is still honoured.
 */
export function backoffDelay(options: { attempt: number; baseMs: number; maxMs: number; random: () => number }): number {
  const { attempt, baseMs, maxMs, random } = options;
  return fullJitterBackoffMs(attempt - 1, { baseMs, capMs: Math.max(maxMs, baseMs), random });
}

/** Waits `ms`, or less if `signal` aborts (it resolves, never rejects); leaves no timer or listener. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted || ms <= 0) return Promise.resolve();
  return timer(ms, signal);
}

/**
 * Resolves on a later turn of the event loop (a 0 ms timer), or at once if `signal` aborts. Work
 * chained on promises alone never lets timers, I/O or `close()` run; awaiting this does.
 */
export function nextTurn(signal: AbortSignal): Promise<void> {
  return signal.aborted ? Promise.resolve() : timer(0, signal);
}

function timer(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, timerDelay(ms));
    signal.addEventListener("abort", done, { once: true });
  });
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
