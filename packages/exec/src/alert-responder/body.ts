import { readUpTo } from "@xerotier/api/internal";

/** Why a request was refused before any alert was looked at. */
export class BodyError extends Error {
  /** @param status - HTTP status to answer with. */
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "BodyError";
  }
}

/**
 * Reads a JSON request body of at most `maxBytes` bytes; stops reading as soon as it is over.
 * Only `application/json` is read: `text/plain` and form bodies are what any web page can POST
 * without a CORS preflight, so they are refused (415) before the body is touched.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") throw new BodyError(415, "send the payload as application/json");
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyError(413, `body over ${maxBytes} bytes`);
  const { bytes, truncated } = await readUpTo(request.body, maxBytes);
  if (truncated) throw new BodyError(413, `body over ${maxBytes} bytes`);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new BodyError(400, "body is not JSON");
  }
}
