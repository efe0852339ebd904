import type { XerotierError } from "../errors";
import { clampRetryDelay, MAX_RETRY_DELAY_MS, type RetryDelayRange } from "./delay";

/** First backoff ceiling: the first retry waits up to this long. */
export const DEFAULT_BASE_DELAY_MS = 500;
/** Largest backoff ceiling, however many retries came before. */
export const DEFAULT_MAX_DELAY_MS = 8_000;

/** Tuning for `fullJitterBackoffMs`; every field has a default. */
export interface BackoffOptions {
  /** Ceiling of the first retry's delay; doubles per retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Cap on the ceiling. Default 8 s. */
  maxDelayMs?: number;
  /** Uniform random source in `[0, 1)`; injectable for tests. Default `Math.random`. */
  random?: () => number;
}

/**
 * Exponential backoff with full jitter ("random in `[0, min(cap, base·2^retryIndex)]`"), which
 * spreads simultaneous clients apart better than a fixed or partially jittered delay.
 *
 * @param retryIndex - 0 for the first retry, 1 for the second, …
 * @example
 * ```ts
 * fullJitterBackoffMs(0, { random: () => 1 }); // 500
 * fullJitterBackoffMs(5, { random: () => 1 }); // 8000 (capped)
 * ```
 */
export function fullJitterBackoffMs(retryIndex: number, options: BackoffOptions = {}): number {
  const base = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const cap = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  // 2^30 already exceeds any sane cap; bounding the exponent avoids Infinity arithmetic.
  const exponent = Math.min(Math.max(0, Math.floor(retryIndex)), 30);
  const ceiling = Math.max(0, Math.min(cap, base * 2 ** exponent));
  const draw = (options.random ?? Math.random)();
  // Tolerate a misbehaving random source (NaN, negative, > 1).
  const unit = Number.isFinite(draw) ? Math.min(1, Math.max(0, draw)) : 0;
  return Math.floor(unit * ceiling);
}

/** What {@link retryDelayMs} needs: the backoff's tuning, the server's wait if any, the clamp's range. */
export interface RetryDelayOptions extends BackoffOptions, RetryDelayRange {
  /** A wait the server asked for (`Retry-After`); wins over the backoff, still clamped. */
  retryAfterMs?: number | undefined;
}

/**
 * The delay before retry number `attempt` (1 for the first retry): the server's `retryAfterMs`
 * when it sent one, else `fullJitterBackoffMs`, then clamped once by `clampRetryDelay`
 * (default 100 ms to 5 min), so no helper retries in a storm or stalls.
 *
 * @example
 * ```ts
 * await sleep(retryDelayMs(attempt, { baseDelayMs: 500, maxDelayMs: 30_000, retryAfterMs: error.retryAfterMs }), signal);
 * ```
 */
export function retryDelayMs(attempt: number, options: RetryDelayOptions = {}): number {
  const { retryAfterMs, minMs, maxMs, ...backoff } = options;
  return clampRetryDelay(retryAfterMs ?? fullJitterBackoffMs(attempt - 1, backoff), { minMs, maxMs });
}

/** The client-wide settings of the retry policy. */
export interface RetryPolicy {
  /** Longest server-requested wait to sleep through; longer ones end the call at once. */
  maxRetryAfterMs: number;
  backoff: { baseDelayMs: number; maxDelayMs: number; random: () => number };
  now: () => number;
}

/**
 * The wait before retry number `retry + 1`, or `undefined` to stop: the error is final, retries
 * are used up, the server asks for more than `maxRetryAfterMs`, or the retry would start past the deadline.
 */
export function retryDelay(
  error: XerotierError,
  retry: number,
  limits: { maxRetries: number; deadline: number },
  policy: RetryPolicy,
): number | undefined {
  if (!error.isRetryable || retry >= limits.maxRetries) return undefined;
  const { retryAfterMs } = error;
  if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) return undefined; // fail fast; the caller sees retryAfterMs
  // The helpers' one delay rule: the server's wait, else full jitter; never 0 ms, never past a timer's reach.
  const delay = retryDelayMs(retry + 1, { ...policy.backoff, retryAfterMs, maxMs: Math.max(MAX_RETRY_DELAY_MS, policy.maxRetryAfterMs) });
  return policy.now() + delay >= limits.deadline ? undefined : delay;
}
