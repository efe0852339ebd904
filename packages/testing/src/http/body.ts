import { readUpTo } from "@xerotier/api/internal";
import type { Context, MiddlewareHandler } from "hono";
import { RouterError } from "../domain/router-error";
import { bodyProblem, validateAt } from "../spec/validator";
import type { RouterEnv } from "./env";

/** Limits on request bodies. */
export interface BodyLimits {
  /** Largest body accepted, in bytes; a larger one is a 413 `payload_too_large`. Default 1 MiB. */
  maxBodyBytes: number;
  /** Deepest JSON nesting accepted (arrays and objects); deeper is a 400 `invalid_body`. Default 64. */
  maxJsonDepth: number;
}

/** The default {@link BodyLimits}. */
export const DEFAULT_BODY_LIMITS: Readonly<BodyLimits> = Object.freeze({ maxBodyBytes: 1024 * 1024, maxJsonDepth: 64 });

/** Whether a content type is JSON (`application/json`, any parameters). */
export function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType?.trim() ?? "");
}

/**
 * Reads the body once, within limits: over `maxBodyBytes` 413 (reading stops there), not JSON 415, not UTF-8 or too deep 400;
 * the text is kept for {@link bodyText}. Not Hono's `bodyLimit`: its `new Request(c.req.raw, …)` fails on the Node adapter's requests.
 */
export function bodyLimits(limits: BodyLimits): MiddlewareHandler<RouterEnv> {
  // The rest of the body is never read, so the connection cannot carry another request.
  const tooLarge = () => new RouterError(413, "payload_too_large", `The request body is larger than ${limits.maxBodyBytes} bytes.`, { headers: { connection: "close" } });
  return async (c, next) => {
    const stream = c.req.raw.body;
    if (Number(c.req.header("content-length") ?? 0) > limits.maxBodyBytes) {
      await stream?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    const { bytes, truncated } = stream ? await readUpTo(stream, limits.maxBodyBytes) : { bytes: new Uint8Array(), truncated: false };
    if (truncated) throw tooLarge();
    if (bytes.length > 0 && !isJson(c.req.header("content-type"))) {
      throw new RouterError(415, "unsupported_media_type", "Request bodies must be sent as 'Content-Type: application/json'.", { param: "Content-Type" });
    }
    const text = decodeUtf8(bytes);
    if (jsonDepth(text) > limits.maxJsonDepth) throw new RouterError(400, "invalid_body", `The JSON body is nested deeper than ${limits.maxJsonDepth} levels.`);
    c.set("bodyText", text);
    await next();
  };
}

/** The body as {@link bodyLimits} checked it ("" for none); routes of a bare app (unit tests) read it themselves. */
export async function bodyText(c: Context<RouterEnv>): Promise<string> {
  return c.get("bodyText") ?? (c.req.raw.body ? await c.req.text() : "");
}

/** The request body parsed as JSON; `undefined` when empty; a 400 `json_parse_error` when it is not JSON. */
export async function jsonBody(c: Context<RouterEnv>): Promise<unknown> {
  const text = await bodyText(c);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RouterError(400, "json_parse_error", `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `body` checked against a schema (a pointer into the spec, or a schema object); otherwise a 400 with `code`, naming the field. */
export function checked<T>(body: unknown, schema: string | object, code: "invalid_body" | "invalid_request"): T {
  const errors = validateAt(schema, body);
  if (!errors) return body as T;
  const { param, message } = bodyProblem(errors);
  throw new RouterError(400, code, message, { param });
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new RouterError(400, "invalid_body", "The request body is not valid UTF-8.");
  }
}

/** Deepest array/object nesting of JSON text, counted without parsing (strings skipped). */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i += 1; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) deepest = Math.max(deepest, ++depth);
    else if (ch === 93 || ch === 125) depth -= 1;
  }
  return deepest;
}
