import type { Frame } from "./frames";

/**
 * Parsed frames not yet handed to the consumer, in order. The stream reads the network only when
 * this is empty, so it holds at most the frames of one chunk (one read, bounded by the body's
 * chunk size and `maxBufferSize`).
 */
export interface FrameQueue {
  push(frame: Frame): void;
  /** The next frame, or `undefined` when drained. */
  take(): Frame | undefined;
  /** Drops every frame (the stream closed). */
  clear(): void;
}

/** A queue over one array and a head index: no `Array#shift` per event, emptied once drained. */
export function createFrameQueue(): FrameQueue {
  let frames: Frame[] = [];
  let head = 0;
  return {
    push: (frame) => {
      frames.push(frame);
    },
    take: () => {
      if (head < frames.length) return frames[head++];
      if (head > 0) {
        frames.length = 0;
        head = 0;
      }
      return undefined;
    },
    clear: () => {
      frames = [];
      head = 0;
    },
  };
}
