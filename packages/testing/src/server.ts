import { createAdaptorServer, type Http2Bindings, type HttpBindings } from "@hono/node-server";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { RouterError } from "./domain/router-error";
import { errorResponse } from "./http/errors";
import { isEventStream } from "./http/request-id";
import { createRouter, type Router, type RouterOptions } from "./router";
import type { FixtureSet } from "./fixtures/format";
import { loadFixtures } from "./fixtures/files";

/** Options of {@link startRouter}: where to listen, plus everything {@link createRouter} takes. */
export interface StartRouterOptions extends Omit<RouterOptions, "fixtures"> {
  /** Recorded answers to replay (see `RouterOptions.fixtures`), or the directory `xeroctl doctor --record` wrote them to. */
  fixtures?: FixtureSet | string;
  /** TCP port; `0` picks a free one. Default 4010. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1` (never all interfaces unless asked). */
  host?: string;
  /**
   * Further `Host` values to answer (e.g. `"router.local:4010"`) besides the loopback names and the bound address; others get
   * 421 `host_not_allowed` (a DNS-rebinding guard). Bound to every interface, nothing is checked unless this is given.
   */
  allowedHosts?: readonly string[];
}

/**
 * Answers one request for the Node adapter. Event streams are chunked, so each event is written as it comes; one that fails
 * mid-way (an abrupt cut) ends the socket after what was written: the client sees a dropped connection.
 */
async function serve(router: Router, request: Request, env: HttpBindings | Http2Bindings, hosts: Set<string> | undefined): Promise<Response> {
  const misdirected = checkHost(request, hosts);
  if (misdirected) return misdirected;
  const response = await router.fetch(request);
  if (!response.body || !isEventStream(response)) return response;
  const headers = new Headers(response.headers);
  headers.set("transfer-encoding", "chunked");
  const socket = "socket" in env.outgoing ? env.outgoing.socket : null;
  const pass = new TransformStream<Uint8Array, Uint8Array>();
  response.body.pipeTo(pass.writable, { preventAbort: true }).catch(() => socket?.end());
  return new Response(pass.readable, { status: response.status, headers });
}

/** A router listening on a port. */
export interface RunningRouter {
  /** Base URL, e.g. `http://127.0.0.1:4010` (add `/<project>` for API calls). */
  readonly url: string;
  /** The port actually bound (useful with `port: 0`). */
  readonly port: number;
  /** The in-process router behind the server: world, clock, faults, conformance. */
  readonly router: Router;
  /** The control token `/_router/*` requires, if one was set. */
  readonly controlToken?: string;
  /** A restart that keeps the state: every connection is cut, then the same router listens on the same port after `downMs` (default 0). */
  restart(options?: { downMs?: number }): Promise<void>;
  /** Stops listening, ends open event streams and connections, and closes the router. */
  close(): Promise<void>;
}

/**
 * Starts a router on a port, with Node's HTTP server. Event streams are flushed per event.
 *
 * @example
 * const { url, router, close } = await startRouter({ port: 0, clock: "manual" });
 * const client = createXerotierClient({ baseUrl: url, project: "proj_demo", apiKey: "xero_demo_admin" });
 * await close();
 */
export async function startRouter(options: StartRouterOptions = {}): Promise<RunningRouter> {
  const { port = 4010, host = "127.0.0.1", allowedHosts: extraHosts, fixtures, ...routerOptions } = options;
  const router = createRouter({ ...routerOptions, ...(fixtures !== undefined ? { fixtures: typeof fixtures === "string" ? await loadFixtures(fixtures) : fixtures } : {}) });
  let server: Server;
  // The Host check needs the port actually bound, known only once listening.
  const guard: { hosts?: Set<string> } = {};
  try {
    server = await listen(router, port, host, guard);
  } catch (error) {
    await router.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const displayHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  guard.hosts = allowedHosts(address.address, address.port, host === address.address ? extraHosts : [host, ...(extraHosts ?? [])]);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${displayHost}:${address.port}`,
    port: address.port,
    router,
    ...(routerOptions.controlToken !== undefined ? { controlToken: routerOptions.controlToken } : {}),
    async restart({ downMs = 0 } = {}) {
      if (closing) throw new Error("restart(): the router is closed");
      // Every connection is cut, as a crashed process would.
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stopped;
      if (downMs > 0) await new Promise((resolve) => setTimeout(resolve, downMs));
      server = await listen(router, address.port, address.address, guard);
    },
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await router.close(); // ends event streams, so their connections can finish
        server.closeIdleConnections();
        // Whatever is still open after the streams ended (a hung request) is cut.
        setTimeout(() => server.closeAllConnections(), 50).unref();
        await stopped;
      })();
      return closing;
    },
  };
}

/** A Node HTTP server answering with `router`, listening on `port`. */
async function listen(router: Router, port: number, host: string, guard: { hosts?: Set<string> }): Promise<Server> {
  // overrideGlobalObjects: false keeps the process's global Request/Response untouched.
  const server = createAdaptorServer({ fetch: (request, env) => serve(router, request, env, guard.hosts), overrideGlobalObjects: false }) as Server;
  // Let event streams live beyond Node's default request timeout; keep-alive comments keep them busy.
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];
const WILDCARDS = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * The `Host` values a listening router answers (a DNS-rebinding guard): loopback names and the bound address with the port,
 * plus `extra`; bound to every interface, nothing is checked unless `extra` names hosts.
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
  return errorResponse(new RouterError(421, "host_not_allowed", "This router answers only requests addressed to its own host (Host header); see allowedHosts.", { param: "Host" }));
}
