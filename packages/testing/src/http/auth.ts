import type { MiddlewareHandler } from "hono";
import { RouterError } from "../domain/router-error";
import { projectMatches, type ApiKeyStore, type Scope } from "./api-keys";
import type { RouterEnv } from "./env";
import { rateLimited, UNAUTHENTICATED_BUCKET, type RateLimiter } from "./rate-limit";
import { routedPath, splitProjectPath } from "./request-path";

/** Authenticates `Authorization: Bearer <key>`: a missing, malformed or unknown key is a 401 (never repeating it), 429 once failures spend their shared window. */
export function authenticate(keys: ApiKeyStore, limiter: RateLimiter): MiddlewareHandler<RouterEnv> {
  const refuse = (message: string): RouterError => {
    const state = limiter.options ? limiter.hit(UNAUTHENTICATED_BUCKET) : undefined;
    return state && !state.allowed ? rateLimited(state, "requests without a valid API key") : new RouterError(401, "authentication_error", message);
  };
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (!header) throw refuse("Missing API key: send 'Authorization: Bearer <api key>'.");
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) throw refuse("Malformed Authorization header: expected 'Bearer <api key>'.");
    const record = keys.lookup(match[1]);
    if (!record) throw refuse("Invalid API key.");
    c.set("principal", { ...record, actor: `api_key:${record.name}` });
    await next();
  };
}

/** Each scope's paths under `/{project}` (contract §1), as its 403 names them. */
const SCOPES: ReadonlyArray<[prefix: string, scope: Scope]> = [
  ["/v1/exec", "execution"],
  ["/v1/management", "management"],
  ["/v1/workspaces", "inference"],
  ["/v1/chats", "inference"],
];

/**
 * Checks the key against the path: another project's is a 403 `cross_project_access`, an unknown project a 404
 * `project_not_found`, a missing scope a 403 `scope_insufficient` (type `authentication_error`, as documented) naming it.
 */
export function authorize(keys: ApiKeyStore): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    const principal = c.get("principal");
    const { project, apiPath } = splitProjectPath(routedPath(c.req.raw));
    if (project !== undefined && !projectMatches(principal, project)) {
      if (!keys.knowsProject(project)) throw new RouterError(404, "project_not_found", `No project '${project}' is visible to this API key.`, { param: "project_id" });
      throw new RouterError(403, "cross_project_access", `This API key belongs to another project than '${project}'.`, { param: "project_id" });
    }
    const scope = SCOPES.find(([prefix]) => apiPath === prefix || apiPath.startsWith(`${prefix}/`))?.[1];
    if (scope && !principal.scopes.has(scope)) {
      throw new RouterError(403, "scope_insufficient", `This API key lacks the '${scope}' scope required for ${SCOPES.filter(([, s]) => s === scope).map(([prefix]) => `${prefix}/*`).join(" and ")}.`, { type: "authentication_error" });
    }
    await next();
  };
}
