import { APIUserAbortError } from "@xerotier/api";

/** Waits `ms`, or rejects with `APIUserAbortError` once `signal` aborts; leaves no timer or listener behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError(undefined, { cause: signal.reason }));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError(undefined, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Checks a duration option: a finite number ≥ 0, or the default. */
export function duration(name: string, value: number | undefined, fallback: number): number {
  const ms = value ?? fallback;
  if (!(typeof ms === "number" && Number.isFinite(ms) && ms >= 0)) {
    throw new RangeError(`Invalid \`${name}\`: expected a non-negative number of milliseconds, got ${String(value)}.`);
  }
  return ms;
}
