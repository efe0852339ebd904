import type { Context } from "hono";
import { RouterError } from "../domain/router-error";
import type { RouterEnv } from "../http/env";
import { bodyText } from "../http/body-limits";

/**
 * Reads the JSON request body. An empty body is `undefined` (the parser decides whether that
 * is allowed); text that is not JSON is a 400 `json_parse_error`.
 */
export async function readJsonBody(c: Context<RouterEnv>): Promise<unknown> {
  const text = await bodyText(c);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RouterError(400, "json_parse_error", `The request body is not valid JSON: ${detail}`);
  }
}

/** Reads a body that the operation requires: an empty one is a 400 `invalid_body`. */
export async function readRequiredJsonBody(c: Context<RouterEnv>): Promise<unknown> {
  const body = await readJsonBody(c);
  if (body === undefined) throw new RouterError(400, "invalid_body", "A JSON request body is required.");
  return body;
}
