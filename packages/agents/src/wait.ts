import { abortError, sleep, timerDelay } from "@xerotier/api/internal";

/**
 * Polls `check` until it returns a value, sleeping `pollIntervalMs` between calls (never past the
 * deadline, and never longer than setTimeout can count: above 2^31-1 ms it would fire at once).
 * Returns `undefined` once `timeoutMs` has passed without a value; rejects with
 * `APIUserAbortError` once `signal` aborts.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  { timeoutMs, pollIntervalMs, signal }: { timeoutMs: number; pollIntervalMs: number; signal?: AbortSignal | undefined },
): Promise<T | undefined> {
  if (signal?.aborted) throw abortError(signal);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    const left = deadline - Date.now();
    if (left <= 0) return undefined;
    await sleep(timerDelay(Math.min(Math.max(pollIntervalMs, 1), left)), signal);
  }
}
