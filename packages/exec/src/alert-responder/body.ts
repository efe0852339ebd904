/** Why a body could not be read as a payload. */
export class BodyError extends Error {
  /** @param status - HTTP status to answer with (400 or 413). */
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
    this.name = "BodyError";
  }
}

/** Reads a JSON request body of at most `maxBytes` bytes; stops reading as soon as it is over. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyError(413, `body over ${maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyError(413, `body over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(concat(chunks, size));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, "body is not JSON");
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
