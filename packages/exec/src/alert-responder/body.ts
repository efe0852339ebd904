import { readUpTo } from "@xerotier/api/internal";

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
  const { bytes, truncated } = await readUpTo(request.body, maxBytes);
  if (truncated) throw new BodyError(413, `body over ${maxBytes} bytes`);
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, "body is not JSON");
  }
}

