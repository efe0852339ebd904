import type { MiddlewareHandler } from "hono";
import type { ApiKeyStore } from "./api-keys";
import type { RouterEnv } from "./env";
import { RouterError } from "./router-error";

/**
 * Authenticates `Authorization: Bearer <key>`. A missing, malformed or unknown key is a 401
 * `authentication_error`; the message never repeats the key.
 */
export function authenticate(keys: ApiKeyStore): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (!header) throw unauthorized("Missing API key: send 'Authorization: Bearer <api key>'.");
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) throw unauthorized("Malformed Authorization header: expected 'Bearer <api key>'.");
    const record = keys.lookup(match[1]);
    if (!record) throw unauthorized("Invalid API key.");
    c.set("principal", { keyId: record.id, project: record.project, scopes: record.scopes, actor: `api_key:${record.name}` });
    await next();
  };
}

function unauthorized(message: string): RouterError {
  return new RouterError(401, "authentication_error", message, { type: "authentication_error" });
}
