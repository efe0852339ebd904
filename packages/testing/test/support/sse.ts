/**
 * A tiny event-stream reader for router-level tests: frames as the router wrote them, without
 * the SDK's client, so the router side can be checked on its own.
 */

/** One parsed frame. */
export interface Frame {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
  comment?: string;
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
  const decoder = new TextDecoder();
  const frames: Frame[] = [];
  const max = options.maxFrames ?? 10_000;
  let buffer = "";
  for (let reads = 0; reads < 100_000; reads += 1) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return { frames, end: "error" };
    }
    if (chunk.done) return { frames, end: "end" };
    buffer += decoder.decode(chunk.value, { stream: true });
    for (let match = /\n\n/.exec(buffer); match; match = /\n\n/.exec(buffer)) {
      frames.push(parseFrame(buffer.slice(0, match.index)));
      buffer = buffer.slice(match.index + 2);
      if (frames.length >= max || options.stop?.(frames)) {
        await reader.cancel().catch(() => undefined);
        return { frames, end: "enough" };
      }
    }
  }
  throw new Error("readFrames: too many reads");
}

function parseFrame(text: string): Frame {
  const frame: Frame = {};
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "") frame.comment = value;
    else if (field === "id") frame.id = value;
    else if (field === "event") frame.event = value;
    else if (field === "data") frame.data = frame.data === undefined ? value : `${frame.data}\n${value}`;
    else if (field === "retry") frame.retry = Number(value);
  }
  return frame;
}

/** The event frames (those with data) of a list of frames, without the `stream.open` notice. */
export function events(frames: Frame[]): Frame[] {
  return frames.filter((f) => f.data !== undefined && f.event !== "stream.open");
}
