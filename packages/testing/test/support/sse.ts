/**
 * A tiny event-stream reader for router-level tests: frames as the router wrote them, without
 * the SDK's client, so the router side can be checked on its own. The framing is the SDK's own
 * SSE decoder (any line ending, bounded buffers), not a parser of this folder's.
 */
import { createSseDecoder } from "@xerotier/api/internal";

/** One parsed frame: an event (`data`, with its `id` and `event`), or a `retry:` line's value. */
export interface Frame {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
}

/** How a stream ended: cleanly (`end`), cut (`error`), or because enough frames were read (`enough`). */
export type StreamEnd = "end" | "error" | "enough";

/**
 * Reads frames from an event-stream response until it ends, errors, or `stop(frames)` says
 * enough; bounded by `maxFrames` so a test can never spin.
 */
export async function readFrames(
  response: Response,
  options: { stop?: (frames: Frame[]) => boolean; maxFrames?: number } = {},
): Promise<{ frames: Frame[]; end: StreamEnd }> {
  const reader = response.body!.getReader();
  const frames: Frame[] = [];
  const max = options.maxFrames ?? 10_000;
  const decoder = createSseDecoder({
    onMessage: ({ id, event, data }) => frames.push({ ...(id === undefined ? {} : { id }), ...(event === undefined ? {} : { event }), data }),
    onRetry: (retry) => frames.push({ retry }),
  });
  for (let reads = 0; reads < 100_000; reads += 1) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return { frames, end: "error" };
    }
    if (chunk.done) return { frames, end: "end" };
    decoder.push(chunk.value);
    if (frames.length >= max || options.stop?.(frames)) {
      await reader.cancel().catch(() => undefined);
      return { frames, end: "enough" };
    }
  }
  throw new Error("readFrames: too many reads");
}

/** The event frames (those with data) of a list of frames, without the `stream.open` notice. */
export function events(frames: Frame[]): Frame[] {
  return frames.filter((f) => f.data !== undefined && f.event !== "stream.open");
}
