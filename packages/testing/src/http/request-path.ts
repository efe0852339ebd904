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

/** Prefix of the control plane: outside the spec, no API key, no CORS, never faulted or checked. */
export const CONTROL_PREFIX = "/_router";

/** Whether a request is for the control plane (`/_router` or below, on the routed path). */
export function isControlPath(request: Request): boolean {
  const path = routedPath(request);
  return path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
}

/**
 * Splits `/{project}/v1/...` into the project segment and the API path (`/v1/...`).
 *
 * @example
 * splitProjectPath("/proj_demo/v1/exec/tools"); // { project: "proj_demo", apiPath: "/v1/exec/tools" }
 */
export function splitProjectPath(pathname: string): { project: string | undefined; apiPath: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match?.[1] || match[1] === "v1" || match[1] === "healthz" || match[1] === "_router") {
    return { project: undefined, apiPath: pathname };
  }
  return { project: decodeSegment(match[1]), apiPath: match[2] ?? "/" };
}

/** The spec's API path of a request path: `/{project}/v1/...` → `/v1/...`; the root `/healthz` stays; else undefined. */
export function apiPathOf(pathname: string): string | undefined {
  if (pathname === "/healthz") return pathname;
  const { project, apiPath } = splitProjectPath(pathname);
  return project === undefined ? undefined : apiPath;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
