import { sleep } from "@xerotier/api";

/** Checks a timeout/poll option: a finite number ≥ 0, or the default. */
export function duration(name: string, value: number | undefined, fallback: number): number {
  const ms = value ?? fallback;
  if (!(typeof ms === "number" && Number.isFinite(ms) && ms >= 0)) {
    throw new RangeError(`Invalid \`${name}\`: expected a non-negative number of milliseconds, got ${String(value)}.`);
  }
  return ms;
}

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
