import { sleep, timerDelay } from "@xerotier/api";
import { abortError } from "./request-options";

/** Checks a timeout/poll option: a finite number ≥ 0, or the default. */
export function duration(name: string, value: number | undefined, fallback: number): number {
  const ms = value ?? fallback;
  if (!(typeof ms === "number" && Number.isFinite(ms) && ms >= 0)) {
    throw new RangeError(`Invalid \`${name}\`: expected a non-negative number of milliseconds, got ${String(value)}.`);
  }
  return ms;
}

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
