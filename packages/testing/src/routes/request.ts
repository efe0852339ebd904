import type { Context } from "hono";
import { RouterError } from "../domain/router-error";
import { checked, jsonBody } from "../http/body";
import type { RouterEnv } from "../http/env";
import { apiPathOf, routedPath } from "../http/request-path";
import { findOperation } from "../spec/operations";

/** The spec's operation of an API request (as conformance reads it). */
function operationOf(c: Context<RouterEnv>) {
  return findOperation(c.req.method, apiPathOf(routedPath(c.req.raw)));
}

/**
 * The JSON body of an API request, checked by Ajv against its operation's request body in the spec:
 * absent and optional is `{}`; absent and required, or off-schema, is a 400 `invalid_body` naming the field.
 */
export async function specBody<T>(c: Context<RouterEnv>): Promise<T> {
  const body = await jsonBody(c);
  const schema = operationOf(c)?.requestBody;
  if (!schema) return (body ?? {}) as T;
  if (body !== undefined) return checked<T>(body, schema.pointer, "invalid_body");
  if (schema.required) throw new RouterError(400, "invalid_body", "A JSON request body is required.");
  return {} as T;
}

/**
 * The query parameters the request's operation declares, read as their schemas say: an integer within its bounds (`limit`
 * 1–100), one of an enum's values, else the text (an empty `after` is no cursor); otherwise 400 `invalid_request` naming it.
 */
export function specQuery<T>(c: Context<RouterEnv>): T {
  const query: Record<string, string | number> = {};
  for (const { name, schema } of operationOf(c)?.query ?? []) {
    const value = c.req.query(name);
    if (value === undefined || (name === "after" && value === "")) continue;
    const invalid = (expected: string) => new RouterError(400, "invalid_request", `${name} must be ${expected} (got '${value}').`, { param: name });
    if (schema.type === "integer") {
      // No bound of the spec needs more than four digits.
      const n = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
      if (!(n >= schema.minimum && n <= schema.maximum)) throw invalid(`an integer from ${schema.minimum} to ${schema.maximum}`);
      query[name] = n;
    } else if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
      throw invalid(`one of ${schema.enum.join(", ")}`);
    } else query[name] = value;
  }
  return query as T;
}

/** The W3C `traceparent` request header (Trace Context level 1). */
export const TRACEPARENT_HEADER = "traceparent";

const FIELDS = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;

/**
 * The trace id of a valid `traceparent`, else `undefined` (a malformed one is ignored, never an error): version `ff`, all-zero
 * ids and uppercase hex are invalid; version `00` has exactly four fields, later versions may append more.
 */
export function traceIdOf(header: string | null | undefined): string | undefined {
  if (!header || header.length > 512) return undefined;
  const match = FIELDS.exec(header.trim());
  if (!match) return undefined;
  const [, version, traceId, parentId, , rest] = match;
  if (version === "ff" || (version === "00" && rest !== undefined)) return undefined;
  if (ALL_ZERO.test(traceId!) || ALL_ZERO.test(parentId!)) return undefined;
  return traceId;
}
