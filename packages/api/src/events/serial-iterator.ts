/** Where a {@link createSerialIterator} gets its items from. */
export interface SerialSource<T> {
  /** An item available right now without waiting, or `undefined`. */
  ready(): T | undefined;
  /** Waits for the next item; `afterWait` is true when this call queued behind another one. */
  pull(afterWait: boolean): Promise<IteratorResult<T>>;
  /** Ends the source; called on `return()` and when `pull` throws. */
  close(): void;
}

/** An async iterator whose buffered items can also be taken synchronously, without a promise each. */
export interface SerialIterator<T> extends AsyncIterableIterator<T> {
  /**
   * The next item if it can be handed out now, without waiting; `undefined` when none is ready and
   * while a `next()` is pending (so items never overtake each other). Call `next()` then.
   */
  nextReady(): T | undefined;
}

/**
 * An async iterator whose `next()` calls are serialised, so overlapping calls see items in order:
 * while a pull is in flight, later calls queue behind it; otherwise a ready item is answered at
 * once, without the async machinery (one settled promise per item instead of a chain of them), and
 * `nextReady()` hands it out with no promise at all. A wrapper (a filter, a map) builds its own
 * source over `nextReady()` and `next()`, and stays one promise per item for its consumer.
 *
 * @example
 * ```ts
 * const evens = createSerialIterator<number>({
 *   ready: () => { for (let n = inner.nextReady(); n !== undefined; n = inner.nextReady()) if (n % 2 === 0) return n; return undefined; },
 *   pull: async () => { for (let r = await inner.next(); !r.done; r = await inner.next()) if (r.value % 2 === 0) return r; return { done: true, value: undefined }; },
 *   close: () => void inner.return?.(),
 * });
 * ```
 */
export function createSerialIterator<T>(source: SerialSource<T>): SerialIterator<T> {
  let inFlight = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const settled = (): void => {
    inFlight -= 1;
  };
  const pull = (afterWait: boolean): Promise<IteratorResult<T>> =>
    source.pull(afterWait).catch((error: unknown) => {
      source.close();
      throw error;
    });
  const iterator: SerialIterator<T> = {
    nextReady: () => (inFlight === 0 ? source.ready() : undefined),
    next: () => {
      let result: Promise<IteratorResult<T>>;
      if (inFlight === 0) {
        const item = source.ready();
        if (item !== undefined) return Promise.resolve({ done: false, value: item });
        result = pull(false);
      } else {
        result = chain.then(() => pull(true));
      }
      inFlight += 1;
      chain = result.then(settled, settled);
      return result;
    },
    return: () => {
      source.close();
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
