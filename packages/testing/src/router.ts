import { buildApp } from "./app";
import { createManualClock, createRealClock, type Clock } from "./clock";
import { createConformance, type Conformance, type ConformanceMode } from "./conformance/recorder";
import { eventSeq } from "./domain/events";
import { createIdFactory } from "./domain/ids";
import { createWorld, type ScenarioApi, type SeedFn, type World, type WorldOptions } from "./domain/world";
import { createFaultRegistry } from "./faults/injector";
import type { FaultInjector } from "./faults/types";
import { createApiKeyStore, DEMO_API_KEYS, DEMO_PROJECT, type ApiKeyConfig, type ApiKeyStore } from "./http/api-keys";
import { DEFAULT_BODY_LIMITS, type BodyLimits } from "./http/body";
import { createIdempotency, type IdempotencyStore } from "./http/idempotency";
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimiter, type RateLimitOptions } from "./http/rate-limit";
import { createAgentSimulator, createEventWaiter, type AgentSimulator, type EventWaiter } from "./kit/index";
import { createOpenStreams, createRequestHandler, fetchLike, type RequestLogEntry } from "./router-handle";
import { registerRoutes, type MountRoutes } from "./routes/index";
import type { FixtureSet } from "./fixtures/format";
import { replayingFixtures } from "./fixtures/replay";

export type { RequestLogEntry } from "./router-handle";

/** Options of {@link createRouter}. Every field is optional. */
export interface RouterOptions {
  /** Initial data: `"demo"` (default; see `DEMO`), `"empty"`, or your own seed function. */
  seed?: "demo" | "empty" | SeedFn;
  /** `"real"` (default) follows wall time; `"manual"` only moves on `router.clock.advance(ms)`; or bring a {@link Clock}. */
  clock?: "real" | "manual" | Clock;
  /** Accepted API keys. Default: the demo keys (`xero_demo_admin`, `xero_demo_exec`, `xero_demo_readonly`, `xero_other_admin`). */
  apiKeys?: readonly ApiKeyConfig[];
  /** Per-key fixed-window limit on the router clock; default 600 per minute; `false` disables it. */
  rateLimit?: RateLimitOptions | false;
  /** Most idempotent responses kept at once (default 10 000); entries also expire after 24 h of router clock. */
  idempotencyMaxEntries?: number;
  /** Spec conformance checking of every response: `"off"`, `"record"` (default) or `"throw"`. */
  validate?: ConformanceMode;
  /** Events kept for `Last-Event-ID` replay (default 1000). */
  eventHistoryLimit?: number;
  /** How often online agents heartbeat, on the router clock (default 10 000 ms). */
  heartbeatIntervalMs?: number;
  /** Interval of `: keep-alive` comments on event streams (default 15 000 ms). */
  keepAliveMs?: number;
  /** Bytes an event stream may hold for a client that stops reading; past it the client is disconnected (default 1 MiB). */
  streamBufferBytes?: number;
  /** The `retry:` value sent at the start of each event stream (default 3000 ms). */
  retryMs?: number;
  /** Further world settings (tool run times, approval timeouts, id factory). */
  world?: Omit<WorldOptions, "clock" | "seed" | "eventHistoryLimit" | "heartbeatIntervalMs">;
  /**
   * A secret the `/_router/*` control endpoints require in `x-router-control-token`, so only
   * code that was given it (your test helpers) can change the router. Default: none.
   */
  controlToken?: string;
  /** Request body limits: `maxBodyBytes` (default 1 MiB → 413) and `maxJsonDepth` (default 64 → 400). */
  limits?: Partial<BodyLimits>;
  /** Called once per answered request, for logs (the CLI prints these). Never sees secrets. */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * Called with an exception a route did not expect (before it is answered as a 500), or that a
   * scheduled task threw (`requestId` is then `"scheduled-task"`; the router goes on). Default: `console.error`.
   */
  onError?: (error: unknown, requestId: string) => void;
  /**
   * Recorded answers of a real deployment (`loadFixtures(dir)`, recorded by `xeroctl doctor --record`)
   * served instead of the world's for the requests they match; `router.conformance` reports where they differ from the spec.
   */
  fixtures?: FixtureSet;
}

/**
 * A reference router: an in-memory Xerotier API that `createXerotierClient({ fetch: router.fetch })`
 * can talk to without sockets, with state, fault injection and spec-conformance checking.
 */
export interface Router {
  /** Answers a request, like the global `fetch` would if the router were a server. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** The default project's world (the first API key's project, `proj_demo` by default): resources, lifecycle and events. */
  readonly world: World;
  /** The world of one project (by id or alias); each project's data is its own. */
  worldOf(project: string): World;
  /** Test kit: situations the public API cannot create, in the default project (e.g. an approval at any risk). */
  readonly scenario: ScenarioApi;
  /** Test kit: simulated agents of the default project (enrol, health, heartbeat, a XEM restart). */
  readonly agents: AgentSimulator;
  /** Test kit: wait for the next event of a type (`await router.events.next("exec.approved")`). */
  readonly events: EventWaiter;
  /** The router's clock (`advance()` it when it is manual). */
  readonly clock: Clock;
  /** Fault injection. */
  readonly faults: FaultInjector;
  /** Spec conformance of what the router answered. */
  readonly conformance: Conformance;
  /** The accepted API keys. */
  readonly apiKeys: ApiKeyStore;
  /** The per-key rate limiter. */
  readonly rateLimit: RateLimiter;
  /** The idempotency memory. */
  readonly idempotency: IdempotencyStore;
  /** Back to the seed: a fresh world, no faults, fresh rate windows, idempotency memory and keys. Open streams end. */
  reset(): void;
  /** Ends open event streams, answers hung requests 503 `router_closing` and stops every timer. Later requests fail like a refused connection. */
  close(): Promise<void>;
}

/**
 * Creates a router in-process.
 *
 * @example
 * const router = createRouter({ clock: "manual" });
 * const client = createXerotierClient({ fetch: router.fetch, baseUrl: "http://router.test", project: "proj_demo", apiKey: "xero_demo_admin" });
 * const { data } = await client.GET("/v1/exec/approvals");
 * router.clock.advance(900_000); // pending approvals escalate
 */
export function createRouter(options: RouterOptions = {}): Router {
  return assembleRouter(options, options.fixtures ? replayingFixtures(options.fixtures, registerRoutes) : registerRoutes);
}

/** @internal Builds a router around any route set (tests of the HTTP layer use a tiny one). */
export function assembleRouter(options: RouterOptions, mountRoutes: MountRoutes): Router {
  const clock = options.clock === "manual" ? createManualClock() : typeof options.clock === "object" ? options.clock : createRealClock();
  const apiKeys = createApiKeyStore(options.apiKeys ?? DEMO_API_KEYS);
  const rateLimit = createRateLimiter(clock, options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const idempotency = createIdempotency(clock, options.idempotencyMaxEntries);
  const faults = createFaultRegistry();
  const conformance = createConformance(options.validate ?? "record");
  const streams = createOpenStreams();
  const onError = options.onError ?? ((error: unknown, requestId: string) => console.error(`[xerotier-router] ${requestId}`, error));
  const defaultProject = () => apiKeys.list()[0]?.project ?? DEMO_PROJECT.id;
  const appParts = { apiKeys, rateLimit, idempotency, faults, conformance, controlToken: options.controlToken, onUnexpectedError: onError };
  const bodyLimits = { ...DEFAULT_BODY_LIMITS, ...options.limits };
  const control = { world: (project?: string) => worldOf(project ?? defaultProject()), clock, faults: faults.injector, conformance, rateLimit, reset };
  // One world per project, nothing shared; a reset builds each afresh, event ids continuing the retired world's.
  const worlds = new Map<string, World>();
  const lastEventSeq = new Map<string, number>();
  const newWorld = worldFactory(options, clock, onError);
  const worldOf = (project: string) => {
    let found = worlds.get(project);
    if (!found) worlds.set(project, (found = newWorld(project, lastEventSeq.get(project) ?? 0)));
    return found;
  };
  const retireAll = () => {
    for (const [project, world] of worlds) {
      lastEventSeq.set(project, eventSeq(world.events.latestId() ?? "") ?? lastEventSeq.get(project) ?? 0);
      world.dispose();
    }
    worlds.clear();
  };
  // Every key's project gets its world at once, so seeded timers start with the router.
  const seedProjects = () => apiKeys.list().forEach((record) => worldOf(record.project));
  seedProjects();

  function reset(): void {
    streams.closeAll();
    faults.injector.reset();
    rateLimit.reset();
    idempotency.store.reset();
    apiKeys.reset();
    retireAll();
    seedProjects();
  }

  // One app for every project: the routes act on the world of the project the caller's key belongs to (auth checked the path names it).
  const app = buildApp({ ...appParts, bodyLimits, control, mountRoutes: (app) => mountRoutes(app, (c) => worldOf(c.get("principal").project), options) });
  const handle = createRequestHandler({ app, streams, onError, onRequest: options.onRequest });
  let closed = false;
  const currentWorld = (): World => worldOf(defaultProject());
  return {
    fetch: (input, init) => fetchLike(handle, () => closed, input, init),
    get world() {
      return currentWorld();
    },
    worldOf: (project) => worldOf(apiKeys.canonicalProject(project) ?? project),
    clock,
    scenario: { requestApproval: (request) => currentWorld().scenario.requestApproval(request) },
    agents: createAgentSimulator(currentWorld),
    events: createEventWaiter(currentWorld, () => streams.size),
    faults: faults.injector,
    conformance,
    apiKeys,
    rateLimit,
    idempotency: idempotency.store,
    reset,
    async close() {
      if (closed) return;
      closed = true;
      streams.closeAll();
      faults.close();
      retireAll();
      if (typeof options.clock !== "object") clock.dispose();
    },
  };
}

/** Seeds a project's world on the router's clock, with ids shared by every world of the router. */
function worldFactory(options: RouterOptions, clock: Clock, onError: (error: unknown, requestId: string) => void): (project: string, eventIdsAfter: number) => World {
  const ids = options.world?.idFactory ?? createIdFactory();
  return (project, eventIdsAfter) =>
    createWorld({
      eventIdsAfter,
      ...options.world,
      idFactory: ids,
      onError: (error: unknown) => onError(error, "scheduled-task"),
      project,
      clock,
      seed: options.seed ?? "demo",
      ...(options.eventHistoryLimit !== undefined ? { eventHistoryLimit: options.eventHistoryLimit } : {}),
      ...(options.heartbeatIntervalMs !== undefined ? { heartbeatIntervalMs: options.heartbeatIntervalMs } : {}),
    });
}
