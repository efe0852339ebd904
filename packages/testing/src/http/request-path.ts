import { getPath } from "hono/utils/url";

/**
 * The path the router routes on: Hono's decoded path (`/v1/%65xec` is `/v1/exec`). Every
 * decision about a request (scope, project, fault matching, control prefix) reads this one
 * path, so no percent-encoding can route one way and be authorized another.
 *
 * @example
 * routedPath(new Request("http://router.test/proj_demo/v1/%65xec/tools")); // "/proj_demo/v1/exec/tools"
 */
export function routedPath(request: Request): string {
  return getPath(request);
}
