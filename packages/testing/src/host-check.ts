import { errorResponse } from "./http/errors";
import { RouterError } from "./domain/router-error";

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];
const WILDCARDS = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * The `Host` values a listening router answers: the loopback names and the bound address,
 * with the port (plus any `extra`). A router bound to every interface checks nothing unless
 * `extra` names the hosts. Guards against DNS rebinding: a page on `evil.example` that
 * re-points its name to 127.0.0.1 still sends `Host: evil.example`.
 */
export function allowedHosts(boundHost: string, port: number, extra: readonly string[] | undefined): Set<string> | undefined {
  if (WILDCARDS.has(boundHost) && !extra) return undefined;
  const bracketed = boundHost.includes(":") && !boundHost.startsWith("[") ? `[${boundHost}]` : boundHost;
  const names = [...LOOPBACK_NAMES, bracketed, ...(extra ?? [])];
  return new Set(names.flatMap((name) => (name.includes(":") && !name.startsWith("[") ? [name.toLowerCase()] : [`${name}:${port}`.toLowerCase(), ...(port === 80 ? [name.toLowerCase()] : [])])));
}

/** A 421 envelope when `Host` is not one the router answers; `undefined` when it is. */
export function checkHost(request: Request, allowed: Set<string> | undefined): Response | undefined {
  if (!allowed) return undefined;
  const host = (request.headers.get("host") ?? new URL(request.url).host).toLowerCase();
  if (allowed.has(host)) return undefined;
  return errorResponse(
    new RouterError(421, "host_not_allowed", "This router answers only requests addressed to its own host (Host header); see allowedHosts.", {
      type: "invalid_request_error",
      param: "Host",
    }),
  );
}
