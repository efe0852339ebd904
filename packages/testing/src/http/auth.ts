import type { MiddlewareHandler } from "hono";
import type { ApiKeyStore } from "./api-keys";
import type { RouterEnv } from "./env";
import { rateLimited, UNAUTHENTICATED_BUCKET, type RateLimiter } from "./rate-limit";
import { RouterError } from "../domain/router-error";

/**
 * Authenticates `Authorization: Bearer <key>`. A missing, malformed or unknown key is a 401
 * `authentication_error`; the message never repeats the key. Failed attempts are rate limited
 * together (429 once their shared window is spent).
 */
export function authenticate(keys: ApiKeyStore, limiter: RateLimiter): MiddlewareHandler<RouterEnv> {
  // Failed attempts share one rate-limit bucket: past it they get 429 instead of another guess.
  const refuse = (message: string): RouterError => {
    const state = limiter.options ? limiter.hit(UNAUTHENTICATED_BUCKET) : undefined;
    return state && !state.allowed ? rateLimited(state, "requests without a valid API key") : unauthorized(message);
  };
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (!header) throw refuse("Missing API key: send 'Authorization: Bearer <api key>'.");
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) throw refuse("Malformed Authorization header: expected 'Bearer <api key>'.");
    const record = keys.lookup(match[1]);
    if (!record) throw refuse("Invalid API key.");
    c.set("principal", { keyId: record.id, project: record.project, scopes: record.scopes, actor: `api_key:${record.name}` });
    await next();
  };
}

function unauthorized(message: string): RouterError {
  return new RouterError(401, "authentication_error", message, { type: "authentication_error" });
}
