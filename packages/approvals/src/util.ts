/** Small helpers shared by watch, polling, waiting and the notifier. */

/**
 * A set that forgets its oldest entries beyond `limit`, so long-running watchers stay bounded.
 * A ring buffer names the entry to evict: O(1), unlike iterating a Set from its (holey) front.
 */
export class BoundedSet {
  readonly #items = new Set<string>();
  readonly #ring: Array<string | undefined>;
  #next = 0;

  /** Creates a set keeping at most `limit` (≥ 1) entries. */
  constructor(limit: number) {
    this.#ring = new Array<string | undefined>(Math.max(1, Math.floor(limit)));
  }

  /** Whether `key` is remembered. */
  has(key: string): boolean {
    return this.#items.has(key);
  }

  /** Remembers `key`, forgetting the oldest entry when full. */
  add(key: string): void {
    if (this.#items.has(key)) return;
    const evicted = this.#ring[this.#next];
    if (evicted !== undefined) this.#items.delete(evicted);
    this.#ring[this.#next] = key;
    this.#next = (this.#next + 1) % this.#ring.length;
    this.#items.add(key);
  }
}

/** Waits `ms` or until `signal` aborts; resolves either way and leaves no timer behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
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
