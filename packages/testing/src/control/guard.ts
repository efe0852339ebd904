import type { MiddlewareHandler } from "hono";
import { RouterError } from "../domain/router-error";
import { isJson } from "../http/body";
import type { RouterEnv } from "../http/env";

/** Header that carries the control token, when the router has one. */
export const CONTROL_TOKEN_HEADER = "x-router-control-token";

/**
 * Guards `/_router/*` against other code on the machine, chiefly web pages the developer
 * browses: such a page can send "simple" cross-origin requests (no preflight) to localhost.
 * So a control request that carries an `Origin` is refused (browsers always send one on
 * cross-origin writes), every write must be `application/json` (which a page cannot send
 * without a preflight, and preflights get no CORS answer here), and with a control token set,
 * the token must be sent in `x-router-control-token`.
 */
export function controlGuard(token: string | undefined): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    if (c.req.header("origin") !== undefined) {
      throw new RouterError(403, "control_origin_forbidden", "The control endpoints refuse requests from web pages (an Origin header was sent).", {
        type: "permission_error",
      });
    }
    if (token !== undefined && !sameSecret(c.req.header(CONTROL_TOKEN_HEADER) ?? "", token)) {
      throw new RouterError(401, "control_token_required", `Send the router's control token in '${CONTROL_TOKEN_HEADER}'.`, {
        type: "authentication_error",
      });
    }
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && !isJson(c.req.header("content-type"))) {
      throw new RouterError(415, "unsupported_media_type", "Control requests that change state must be sent as 'Content-Type: application/json'.", {
        param: "Content-Type",
      });
    }
    await next();
  };
}

/** Compares without an early exit, so response time does not reveal a matching prefix. */
function sameSecret(given: string, expected: string): boolean {
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i += 1) diff |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return diff === 0;
}
