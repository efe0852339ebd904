// Whether and how long to wait before the next attempt.
import type { XerotierError } from "../errors";
import { fullJitterBackoffMs } from "./backoff";
import { clampRetryDelay, MAX_RETRY_DELAY_MS } from "./delay";

/** The client-wide settings of the retry policy. */
export interface RetryPolicy {
  /** Longest server-requested wait to sleep through; longer ones end the call at once. */
  maxRetryAfterMs: number;
  backoff: { baseMs: number; capMs: number; random: () => number };
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
  let delay: number;
  if (error.retryAfterMs !== undefined) {
    if (error.retryAfterMs > policy.maxRetryAfterMs) return undefined; // fail fast; the caller sees retryAfterMs
    delay = error.retryAfterMs;
  } else {
    delay = fullJitterBackoffMs(retry, policy.backoff);
  }
  // Never 0 ms (Retry-After: 0, a zero jitter draw) and never past what a timer can wait.
  delay = clampRetryDelay(delay, { maxMs: Math.max(MAX_RETRY_DELAY_MS, policy.maxRetryAfterMs) });
  return policy.now() + delay >= limits.deadline ? undefined : delay;
}
