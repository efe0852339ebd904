import { abortError, timerDelay } from "@xerotier/api/internal";

/** The per-call options every probe request carries: one attempt, a timeout, the probe's signal. */
export interface CallOptions {
  signal: AbortSignal;
  timeoutMs: number;
  maxRetries: 0;
}

/** The probe's bounds: a request count and a deadline, both checked before every request. */
export interface Budget {
  /** Aborts when the caller's signal does or the deadline passes. */
  readonly signal: AbortSignal;
  /** Requests taken so far. */
  readonly requests: number;
  /**
   * Takes one request; returns why not when none is left (its reason is reported as "not probed").
   * Throws `APIUserAbortError` once the caller's signal aborted.
   */
  take(): string | undefined;
  /** Throws `APIUserAbortError` once the caller's signal aborted (the deadline is not an abort). */
  throwIfAborted(): void;
  /** Options of a probe request. */
  call(): CallOptions;
  /**
   * Options of a clean-up request (revoking what the probe created): outside the request count
   * and the deadline, bounded by its own timeout, still stopped by the caller's signal.
   */
  cleanup(): CallOptions;
  /** Milliseconds until the deadline. */
  remainingMs(): number;
  /** Why the probe stops early, once it does. */
  readonly spent: string | undefined;
  /** Clears the deadline timer. */
  dispose(): void;
}

/** Limits of {@link createBudget}. */
export interface BudgetLimits {
  maxRequests: number;
  timeoutMs: number;
  requestTimeoutMs: number;
  signal: AbortSignal | undefined;
}

/** Starts the probe's clock. */
export function createBudget(limits: BudgetLimits): Budget {
  const deadline = Date.now() + limits.timeoutMs;
  const expiry = new AbortController();
  const timer = setTimeout(() => expiry.abort(new Error("the doctor's time budget is spent")), timerDelay(limits.timeoutMs));
  (timer as { unref?: () => void }).unref?.();
  const signal = limits.signal ? AbortSignal.any([limits.signal, expiry.signal]) : expiry.signal;
  let requests = 0;
  let reason: string | undefined;
  // The deadline (not the caller's abort) ends the probe with a reason; the caller's abort is an abort.
  const spent = (): string | undefined => {
    if (reason === undefined && expiry.signal.aborted && !limits.signal?.aborted) reason = `the time budget (${Number((limits.timeoutMs / 1000).toFixed(1))} s) is spent`;
    return reason;
  };
  const options = (s: AbortSignal): CallOptions => ({ signal: s, timeoutMs: limits.requestTimeoutMs, maxRetries: 0 });
  return {
    signal,
    get requests() {
      return requests;
    },
    get spent() {
      return spent();
    },
    throwIfAborted() {
      if (limits.signal?.aborted) throw abortError(limits.signal);
    },
    take() {
      if (limits.signal?.aborted) throw abortError(limits.signal);
      if (spent() === undefined && requests >= limits.maxRequests) reason = `the request budget (${limits.maxRequests} requests) is spent`;
      if (reason !== undefined) return reason;
      requests += 1;
      return undefined;
    },
    call: () => options(signal),
    cleanup: () => {
      requests += 1;
      return options(limits.signal ?? new AbortController().signal);
    },
    remainingMs: () => Math.max(0, deadline - Date.now()),
    dispose: () => clearTimeout(timer),
  };
}
