import type { Context } from "hono";
import { RouterError } from "../domain/router-error";
import type { PageQuery } from "../domain/types";
import { checked, jsonBody } from "../http/body";
import type { RouterEnv } from "../http/env";
import { apiPathOf, routedPath } from "../http/request-path";
import { findOperation } from "../spec/operations";

/**
 * The JSON body of an API request, checked by Ajv against its operation's request body in the spec (as conformance reads it):
 * absent and optional is `{}`; absent and required, or off-schema, is a 400 `invalid_body` naming the field.
 */
export async function specBody<T>(c: Context<RouterEnv>): Promise<T> {
  const body = await jsonBody(c);
  const schema = findOperation(c.req.method, apiPathOf(routedPath(c.req.raw)))?.requestBody;
  if (!schema) return (body ?? {}) as T;
  if (body !== undefined) return checked<T>(body, schema.pointer, "invalid_body");
  if (schema.required) throw new RouterError(400, "invalid_body", "A JSON request body is required.");
  return {} as T;
}

function invalidQuery(param: string, message: string): RouterError {
  return new RouterError(400, "invalid_request", message, { param });
}

/** `limit` (integer 1–100) and `after` from the query string; 400 `invalid_request` naming the parameter. */
export function pageQuery(c: Context<RouterEnv>): PageQuery {
  const query: PageQuery = {};
  const limit = c.req.query("limit");
  if (limit !== undefined) {
    const n = /^\d{1,4}$/.test(limit) ? Number(limit) : Number.NaN;
    if (!(n >= 1 && n <= 100)) throw invalidQuery("limit", `limit must be an integer from 1 to 100 (got '${limit}').`);
    query.limit = n;
  }
  const after = c.req.query("after");
  if (after !== undefined && after !== "") query.after = after;
  return query;
}

/** An optional enum query parameter; 400 `invalid_request` when the value is not one of `values`. */
export function enumQuery<T extends string>(c: Context<RouterEnv>, name: string, values: readonly T[]): T | undefined {
  const value = c.req.query(name);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) throw invalidQuery(name, `${name} must be one of ${values.join(", ")} (got '${value}').`);
  return value as T;
}

/** The audit actor of the request (`api_key:<id>` from the auth middleware; `system` without one). */
export function actorOf(c: Context<RouterEnv>): string {
  return (c.get("principal") as RouterEnv["Variables"]["principal"] | undefined)?.actor ?? "system";
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
