import type { MiddlewareHandler } from "hono";
import { projectMatches, type ApiKeyStore, type Scope } from "./api-keys";
import type { RouterEnv } from "./env";
import { RouterError } from "../domain/router-error";
import { routedPath, splitProjectPath } from "./request-path";

/** The scope a path under `/{project}` needs, by prefix (contract §1); undefined when none applies. */
export function requiredScope(apiPath: string): Scope | undefined {
  if (apiPath === "/v1/exec" || apiPath.startsWith("/v1/exec/")) return "execution";
  if (apiPath === "/v1/management" || apiPath.startsWith("/v1/management/")) return "management";
  if (apiPath === "/v1/workspaces" || apiPath.startsWith("/v1/workspaces/")) return "inference";
  if (apiPath === "/v1/chats" || apiPath.startsWith("/v1/chats/")) return "inference";
  return undefined;
}

const SURFACE: Record<Scope, string> = {
  execution: "/v1/exec/*",
  management: "/v1/management/*",
  inference: "/v1/workspaces/* and /v1/chats/*",
};

/**
 * Checks the authenticated key against the path: a key of another project is a 403
 * `cross_project_access`, a project no key knows is a 404 `project_not_found`, and a key
 * without the path's scope is a 403 `scope_insufficient` (type `authentication_error`, as
 * the Xerotier docs describe it) whose message names the scope.
 */
export function authorize(keys: ApiKeyStore): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    const principal = c.get("principal");
    const { project, apiPath } = splitProjectPath(routedPath(c.req.raw));
    const record = keys.byId(principal.keyId);
    if (project !== undefined && record && !projectMatches(record, project)) {
      if (!keys.knowsProject(project)) {
        throw new RouterError(404, "project_not_found", `No project '${project}' is visible to this API key.`, {
          param: "project_id",
        });
      }
      throw new RouterError(403, "cross_project_access", `This API key belongs to another project than '${project}'.`, {
        type: "permission_error",
        param: "project_id",
      });
    }
    const scope = requiredScope(apiPath);
    if (scope && !principal.scopes.has(scope)) {
      throw new RouterError(
        403,
        "scope_insufficient",
        `This API key lacks the '${scope}' scope required for ${SURFACE[scope]}.`,
        { type: "authentication_error" },
      );
    }
    await next();
  };
}
