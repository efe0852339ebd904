/** Where a {@link createSerialIterator} gets its items from. */
export interface SerialSource<T> {
  /** An item available right now without waiting, or `undefined`. */
  ready(): T | undefined;
  /** Waits for the next item; `afterWait` is true when this call queued behind another one. */
  pull(afterWait: boolean): Promise<IteratorResult<T>>;
  /** Ends the source; called on `return()` and when `pull` throws. */
  close(): void;
}

/**
 * An async iterator whose `next()` calls are serialised, so overlapping calls see items in order:
 * while a pull is in flight, later calls queue behind it; otherwise a ready item is answered at
 * once, without the async machinery (one settled promise per item instead of a chain of them).
 */
export function createSerialIterator<T>(source: SerialSource<T>): AsyncIterableIterator<T> {
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
  const iterator: AsyncIterableIterator<T> = {
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
