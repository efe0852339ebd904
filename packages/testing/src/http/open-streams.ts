/**
 * Keeps track of the streaming responses the router has handed out, so `close()` can end
 * them promptly and a caller's abort ends them in-process just as a dropped socket would.
 */
export interface OpenStreams {
  /** Passes a streaming body through; `closeAll()` ends it cleanly, `signal` errors it with its reason. */
  track(body: ReadableStream<Uint8Array>, signal: AbortSignal): ReadableStream<Uint8Array>;
  /** Ends every open stream (the client sees end of stream) and cancels its source. */
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
      let end: () => void = () => undefined;
      const pass = new TransformStream<Uint8Array, Uint8Array>({ start: (controller) => void (end = () => controller.terminate()) });
      open.add(end);
      // An abort cancels the source and errors what the client reads; the end of the pipe, however it comes, forgets the stream.
      body.pipeTo(pass.writable, { signal }).then(() => open.delete(end), () => open.delete(end));
      return pass.readable;
    },
    closeAll() {
      for (const end of [...open]) end();
    },
  };
}
