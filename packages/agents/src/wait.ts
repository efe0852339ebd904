import { sleep } from "@xerotier/api/internal";

/**
 * Polls `check` until it returns a value, sleeping `pollMs` between calls (never past the
 * deadline). Returns `undefined` once `timeoutMs` has passed without a value.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  { timeoutMs, pollMs, signal }: { timeoutMs: number; pollMs: number; signal?: AbortSignal | undefined },
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    const left = deadline - Date.now();
    if (left <= 0) return undefined;
    await sleep(Math.min(Math.max(pollMs, 1), left), signal);
  }
}
