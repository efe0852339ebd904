/** What {@link readUpTo} read: at most `maxBytes` bytes, and whether the body had more. */
export interface CappedBytes {
  /** The bytes read, at most `maxBytes` of them. */
  bytes: Uint8Array;
  /** The body was longer than `maxBytes`: reading stopped there and the rest was cancelled. */
  truncated: boolean;
}

/**
 * Reads a body stream up to `maxBytes` bytes and cancels it as soon as it is over, so a huge or
 * endless body costs at most `maxBytes` plus one chunk of memory. A caller that refuses oversized
 * bodies checks `truncated`; one that keeps an excerpt uses `bytes`.
 *
 * @example
 * ```ts
 * const { bytes, truncated } = await readUpTo(request.body, 1 << 20);
 * if (truncated) return new Response(null, { status: 413 });
 * ```
 */
export async function readUpTo(stream: ReadableStream<Uint8Array> | null | undefined, maxBytes: number): Promise<CappedBytes> {
  if (!stream) return { bytes: new Uint8Array(0), truncated: false };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > maxBytes) {
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(size, maxBytes));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return { bytes, truncated };
}
