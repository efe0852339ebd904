import { APIUserAbortError } from "../errors";
import { timerDelay } from "./delay";

/**
 * Waits `ms` milliseconds (at most 2^31-1; NaN and negatives wait 0), or rejects with {@link APIUserAbortError} as soon as `signal` aborts.
 * Either way it leaves no timer and no abort listener behind, so long-lived signals do not
 * accumulate listeners (`MaxListenersExceededWarning`).
 *
 * @example
 * ```ts
 * await sleep(500, controller.signal);
 * ```
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new APIUserAbortError(undefined, { cause: signal.reason }));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError(undefined, { cause: signal?.reason }));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      timerDelay(ms), // above 2^31-1 ms setTimeout would fire at once
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
