/** Small helpers shared by watch, polling, waiting and the notifier. */
import { sleep as abortableSleep } from "@xerotier/api";

/** Waits `ms` or until `signal` aborts; resolves either way (callers check the signal) and leaves no timer behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return abortableSleep(ms, signal).catch(() => undefined);
}

/** An AbortController that also aborts when any of `signals` does; `dispose()` detaches it. */
export function linkedController(...signals: Array<AbortSignal | undefined>): AbortController & { dispose(): void } {
  const controller = new AbortController();
  const cleanups: Array<() => void> = [];
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    const onAbort = (): void => controller.abort(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    cleanups.push(() => signal.removeEventListener("abort", onAbort));
  }
  return Object.assign(controller, { dispose: () => cleanups.splice(0).forEach((f) => f()) });
}

/** Full-jitter exponential backoff delay for attempt `n` (1-based). */
export function backoff(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(30, Math.max(0, attempt - 1)));
  return Math.floor(ceiling / 2 + (ceiling / 2) * random());
}
