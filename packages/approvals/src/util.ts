/** Linking abort signals, shared by watch, waiting, the sinks and the notifier. */

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
