// The one loop of every wait of the SDK: read, decide, sleep, within one budget and one signal.
import { abortError } from "./helper-options";
import { durationOption } from "./delay";
import { sleep } from "./sleep";

/**
 * The poll interval of every wait unless it says otherwise: 2 s, often enough that a human
 * decision or an agent coming up is seen within a breath, rare enough that a fleet of waiters
 * stays far below the server's rate limits.
 */
export const DEFAULT_POLL_INTERVAL_MS = 2_000;

/** What {@link waitFor} waits on, how long, and what it throws when the budget runs out. */
export interface WaitForOptions<T> {
  /** One look at the world (one or a few requests), cancelled through `signal` when the wait ends. An error ends the wait with that error. */
  read: (signal: AbortSignal) => Promise<T>;
  /** Whether `value` ends the wait: it is then what {@link waitFor} resolves with. */
  done: (value: T) => boolean;
  /** The error the wait rejects with once `maxWaitMs` has passed, given the last value read (if any). */
  timeoutError: (last: T | undefined) => Error;
  /** Budget of the whole wait: every read and every sleep. `undefined` or `Infinity`: no budget. */
  maxWaitMs?: number | undefined;
  /** Delay between two reads (at least 1 ms), or a function asked before each sleep. Default {@link DEFAULT_POLL_INTERVAL_MS}. */
  pollIntervalMs?: number | (() => number) | undefined;
  /** Aborting it ends the wait with `APIUserAbortError` (the signal's reason as `cause`). */
  signal?: AbortSignal | undefined;
  /**
   * Started once, after a first read that did not end the wait: something that calls `wake()` to
   * read before the poll interval ends (an event stream). It must stop when `signal` aborts.
   */
  follow?: (wake: () => void, signal: AbortSignal, first: T) => void;
}

/**
 * Reads until `done` says yes, sleeping `pollIntervalMs` between reads (or less, when `follow`
 * wakes it, and never past the budget). Resolves with the deciding value; rejects with
 * `timeoutError(last)` once `maxWaitMs` has passed (a read in flight is cancelled), with
 * `APIUserAbortError` once `signal` aborts, and with a read's own error otherwise.
 * Checks `maxWaitMs` and `pollIntervalMs` (RangeError) before the first read.
 *
 * @example
 * ```ts
 * const agent = await waitFor({
 *   read: (signal) => getAgent(client, id, { signal }),
 *   done: (agent) => agent.status === "healthy",
 *   timeoutError: (last) => new AgentWaitTimeoutError(id, 60_000, last),
 *   maxWaitMs: 60_000,
 * });
 * ```
 */
export function waitFor<T, D extends T>(options: WaitForOptions<T> & { done: (value: T) => value is D }): Promise<D>;
export function waitFor<T>(options: WaitForOptions<T>): Promise<T>;
export async function waitFor<T>(options: WaitForOptions<T>): Promise<T> {
  const maxWaitMs = options.maxWaitMs === undefined || options.maxWaitMs === Infinity ? Infinity : durationOption("maxWaitMs", options.maxWaitMs, 0);
  const interval = intervalOf(options.pollIntervalMs);
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);
  const inner = new AbortController();
  const onAbort = (): void => inner.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const deadline = Date.now() + maxWaitMs;
  const timedOut = abortAfter(maxWaitMs, inner);
  const alarm = createAlarm();
  let last: T | undefined;
  try {
    for (let first = true; ; first = false) {
      const value = await options.read(inner.signal);
      if (options.done(value)) return value;
      if (inner.signal.aborted) break; // a read the end of the wait cut short decides nothing
      last = value;
      if (first) options.follow?.(alarm.wake, inner.signal, value);
      await alarm.sleep(Math.max(1, Math.min(interval(), deadline - Date.now())), inner.signal); // never past the budget
    }
  } catch (error) {
    if (!inner.signal.aborted) throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    inner.abort(); // stops `follow` and the deadline
  }
  throw timedOut() ? options.timeoutError(last) : abortError(signal);
}

/** Aborts `controller` once `ms` have passed (never, for `Infinity`); the function tells whether it did. */
function abortAfter(ms: number, controller: AbortController): () => boolean {
  let fired = false;
  if (ms !== Infinity) {
    elapse(ms, controller.signal).then(
      () => {
        fired = true;
        controller.abort();
      },
      () => undefined, // the wait ended first
    );
  }
  return () => fired;
}

/** The poll interval as a function, checked once when it is a number; never below 1 ms (nor NaN). */
function intervalOf(option: number | (() => number) | undefined): () => number {
  if (typeof option === "function") {
    return () => {
      const ms = option();
      return ms > 1 ? ms : 1; // NaN too: never a 0 ms spin
    };
  }
  const ms = Math.max(1, durationOption("pollIntervalMs", option, DEFAULT_POLL_INTERVAL_MS));
  return () => ms;
}

/** A sleep that `wake()` ends early; a wake during a read makes the next sleep end at once. */
function createAlarm(): { wake: () => void; sleep: (ms: number, signal: AbortSignal) => Promise<void> } {
  let woken = false;
  let ring: (() => void) | undefined;
  return {
    wake() {
      woken = true;
      ring?.();
    },
    async sleep(ms, signal) {
      if (woken) {
        woken = false;
        return;
      }
      const early = new AbortController();
      ring = () => early.abort();
      const onAbort = (): void => early.abort();
      signal.addEventListener("abort", onAbort, { once: true });
      try {
        await sleep(ms, early.signal).catch(() => undefined); // woken, or the wait ended: the loop decides
      } finally {
        signal.removeEventListener("abort", onAbort);
        ring = undefined;
        woken = false;
      }
      if (signal.aborted) throw abortError(signal);
    },
  };
}

/**
 * Resolves after `ms`, however long (re-armed past setTimeout's 2^31-1 ms ceiling, never early);
 * rejects with `APIUserAbortError` when `signal` aborts. The deadline of a whole wait.
 */
async function elapse(ms: number, signal: AbortSignal): Promise<void> {
  const end = Date.now() + Math.max(0, ms);
  do await sleep(end - Date.now(), signal);
  while (Date.now() < end);
}
