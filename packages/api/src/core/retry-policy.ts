// Whether and how long to wait before the next attempt.
import type { XerotierError } from "../errors";
import { retryDelayMs } from "./backoff";
import { MAX_RETRY_DELAY_MS } from "./delay";

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
  const { retryAfterMs } = error;
  if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) return undefined; // fail fast; the caller sees retryAfterMs
  // The helpers' one delay rule: the server's wait, else full jitter; never 0 ms, never past a timer's reach.
  const delay = retryDelayMs(retry + 1, { ...policy.backoff, retryAfterMs, maxMs: Math.max(MAX_RETRY_DELAY_MS, policy.maxRetryAfterMs) });
  return policy.now() + delay >= limits.deadline ? undefined : delay;
}
