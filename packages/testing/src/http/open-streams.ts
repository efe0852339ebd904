/**
 * Keeps track of the streaming responses the router has handed out, so `close()` can end
 * them promptly and a caller's abort ends them in-process just as a dropped socket would.
 */
export interface OpenStreams {
  /** Wraps a streaming body so it can be ended by `closeAll()` or by `signal`. */
  track(body: ReadableStream<Uint8Array>, signal: AbortSignal): ReadableStream<Uint8Array>;
  /** Ends every open stream (cleanly: the client sees end of stream) and cancels its source. */
  closeAll(): void;
  /** How many streams are open. */
  readonly size: number;
}

/** Creates an empty stream tracker. */
export function createOpenStreams(): OpenStreams {
  const open = new Set<() => void>();
  return {
    get size() {
      return open.size;
    },
    track(body, signal) {
      const reader = body.getReader();
      let end: () => void = () => undefined;
      let onAbort: () => void = () => undefined;
      const cleanup = () => {
        open.delete(end);
        signal.removeEventListener("abort", onAbort);
      };
      return new ReadableStream<Uint8Array>({
        start(controller) {
          end = () => {
            cleanup();
            reader.cancel().catch(() => undefined);
            try {
              controller.close();
            } catch {
              // already closed or errored
            }
          };
          onAbort = () => {
            cleanup();
            reader.cancel(signal.reason).catch(() => undefined);
            try {
              controller.error(signal.reason);
            } catch {
              // already closed or errored
            }
          };
          if (signal.aborted) return onAbort();
          open.add(end);
          signal.addEventListener("abort", onAbort, { once: true });
        },
        async pull(controller) {
          try {
            const { done, value } = await reader.read();
            if (done) {
              cleanup();
              controller.close();
            } else controller.enqueue(value);
          } catch (error) {
            cleanup();
            controller.error(error);
          }
        },
        cancel(reason) {
          cleanup();
          return reader.cancel(reason);
        },
      });
    },
    closeAll() {
      for (const end of [...open]) end();
    },
  };
}
