import type { Context, Hono, MiddlewareHandler } from "hono";
import type { Clock } from "../clock";
import type { Conformance } from "../conformance/recorder";
import type { ApprovalRequest } from "../domain/invocations";
import type { ToolBehavior } from "../domain/tool-behavior";
import type { EnrollAgentInput, RestartAgentInput, World } from "../domain/world";
import { RouterError } from "../domain/router-error";
import { FaultOptionError } from "../faults/injector";
import type { FailOptions, FaultHandle, FaultInjector, FaultMatch } from "../faults/types";
import { bodyLimits, checked, isJson, jsonBody, type BodyLimits } from "../http/body";
import type { RouterEnv } from "../http/env";
import type { RateLimiter, RateLimitOptions } from "../http/rate-limit";
import { CONTROL_PREFIX } from "../http/request-path";
import { AGENT_STATUS, APPROVAL_REQUEST, CLOCK_ADVANCE, ENROLL, FAULT, RATE_LIMIT, RESTART, TOOL_BEHAVIOR } from "./bodies";

/** What the control endpoints act on. */
export interface ControlTarget {
  /** The world of `project` (default: the default project's). */
  world(project?: string): World;
  clock: Clock;
  faults: FaultInjector;
  conformance: Conformance;
  rateLimit: RateLimiter;
  /** Back to the seed: fresh world, no faults, fresh windows, keys and idempotency memory. */
  reset(): void;
}

/** Header that carries the control token, when the router has one. */
export const CONTROL_TOKEN_HEADER = "x-router-control-token";

/**
 * Guards `/_router/*` against web pages the developer browses, which can send "simple" cross-origin requests to localhost:
 * an `Origin` is refused, writes must be `application/json` (not sendable without a preflight, which gets no CORS here),
 * and a control token, when set, must be sent in `x-router-control-token`.
 */
function controlGuard(token: string | undefined): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    if (c.req.header("origin") !== undefined) {
      throw new RouterError(403, "control_origin_forbidden", "The control endpoints refuse requests from web pages (an Origin header was sent).");
    }
    if (token !== undefined && !sameSecret(c.req.header(CONTROL_TOKEN_HEADER) ?? "", token)) {
      throw new RouterError(401, "control_token_required", `Send the router's control token in '${CONTROL_TOKEN_HEADER}'.`);
    }
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && !isJson(c.req.header("content-type"))) {
      throw new RouterError(415, "unsupported_media_type", "Control requests that change state must be sent as 'Content-Type: application/json'.", { param: "Content-Type" });
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

/** The JSON body of a control request (`{}` when empty), checked against its schema: a 400 `invalid_request` naming the field otherwise. */
async function body<T>(c: Context<RouterEnv>, schema: object): Promise<T> {
  return checked<T>((await jsonBody(c)) ?? {}, schema, "invalid_request");
}

/**
 * Control endpoints for code in another process (the CLI's tests, a bot under test); bodies use the in-process names
 * (README: each route; `./bodies`: their schemas); `?project=` picks another project's world.
 */
export function registerControlRoutes(app: Hono<RouterEnv>, target: ControlTarget, guard: { token: string | undefined; limits: BodyLimits }): void {
  const base = CONTROL_PREFIX;
  app.use(`${base}/*`, controlGuard(guard.token), bodyLimits(guard.limits));
  const world = (c: Context<RouterEnv>) => target.world(c.req.query("project"));
  app.post(`${base}/faults`, async (c) => {
    const handle = armFault(target.faults, await body<FaultBody>(c, FAULT));
    return c.json({ kind: handle.kind, remaining: handle.remaining }, 201);
  });
  app.get(`${base}/faults`, (c) => c.json({ faults: target.faults.list() }));
  app.delete(`${base}/faults`, (c) => {
    target.faults.reset();
    return c.json({ faults: [] });
  });

  app.get(`${base}/clock`, (c) => c.json(clockState(target.clock)));
  app.post(`${base}/clock/advance`, async (c) => {
    const { ms } = await body<{ ms: number }>(c, CLOCK_ADVANCE);
    if (target.clock.kind !== "manual") throw new RouterError(400, "invalid_request", "The clock is real; start the router with a manual clock (--manual-clock).", { param: "ms" });
    target.clock.advance(ms);
    return c.json(clockState(target.clock));
  });

  app.post(`${base}/approvals`, async (c) => c.json(world(c).scenario.requestApproval(await body<ApprovalRequest>(c, APPROVAL_REQUEST)), 201));
  app.post(`${base}/enroll`, async (c) => c.json(world(c).enrollAgent(await body<EnrollAgentInput>(c, ENROLL)), 201));
  app.post(`${base}/agents/:id/status`, async (c) => {
    const { status } = await body<{ status: "healthy" | "degraded" | "offline" }>(c, AGENT_STATUS);
    return c.json(world(c).setAgentStatus(c.req.param("id"), status));
  });
  app.post(`${base}/agents/:id/restart`, async (c) => c.json(world(c).restartAgent(c.req.param("id"), await body<RestartAgentInput>(c, RESTART))));
  app.post(`${base}/agents/:id/heartbeat`, (c) => c.json(world(c).heartbeat(c.req.param("id"))));
  app.post(`${base}/tools/:name/behavior`, async (c) => {
    const raw = await jsonBody(c);
    const behavior = raw === undefined || raw === null ? undefined : checked<ToolBehavior>(raw, TOOL_BEHAVIOR, "invalid_request");
    world(c).setToolBehavior(c.req.param("name"), behavior);
    return c.json({ tool_name: c.req.param("name"), behavior: behavior ?? null });
  });

  app.post(`${base}/rate-limit`, async (c) => {
    const limit = await body<{ enabled?: false } & Partial<RateLimitOptions>>(c, RATE_LIMIT);
    target.rateLimit.set(limit.enabled === false ? false : (limit as RateLimitOptions));
    return c.json({ rateLimit: target.rateLimit.options });
  });

  app.get(`${base}/conformance`, (c) => c.json({ mode: target.conformance.mode, violations: target.conformance.violations }));
  app.delete(`${base}/conformance`, (c) => {
    target.conformance.clear();
    return c.json({ mode: target.conformance.mode, violations: [] });
  });

  app.post(`${base}/reset`, (c) => {
    target.reset();
    return c.json({ reset: true });
  });
}

function clockState(clock: Clock) {
  return { kind: clock.kind, now: new Date(clock.now()).toISOString() };
}

/** A checked `POST /_router/faults` body: the in-process options by name. */
type FaultBody = Omit<FailOptions, "status" | "match"> & {
  kind: string;
  status?: number;
  count?: number;
  match?: { method?: string; path?: string; pathPattern?: string };
  ms?: number;
  events?: number;
  offset?: number;
  times?: number;
  graceful?: boolean;
  frames?: string[];
};

/** Arms the fault a checked body describes; a value out of range is the injector's 400, naming the field. */
function armFault(faults: FaultInjector, fault: FaultBody): FaultHandle {
  const { kind, count, match: rawMatch, ms, events, offset, times, graceful, frames, ...fail } = fault;
  const match = toMatch(rawMatch);
  const stream = { ...(times === undefined ? {} : { times }), ...(graceful ? { graceful } : {}) };
  const failure = { ...fail, status: fail.status ?? Number.NaN, ...(match ? { match } : {}) };
  try {
    if (kind === "failNext") return faults.failNext(count ?? 1, failure);
    if (kind === "failAfterHandling") return faults.failAfterHandling(count ?? 1, failure);
    if (kind === "latency") return faults.latency(ms ?? Number.NaN, match, count);
    if (kind === "hang") return faults.hang(match, count);
    if (kind === "cutStreamAfterEvents") return faults.cutStreamAfterEvents(events ?? Number.NaN, stream);
    if (kind === "cutStreamAtByte") return faults.cutStreamAtByte(offset ?? Number.NaN, stream);
    return faults.malformedFrames(frames ?? [], stream);
  } catch (error) {
    if (error instanceof FaultOptionError) throw new RouterError(400, "invalid_request", error.message, { param: error.param });
    throw error;
  }
}

function toMatch(raw: FaultBody["match"]): FaultMatch | undefined {
  if (!raw) return undefined;
  const { method, path, pathPattern } = raw;
  let pattern: RegExp | undefined;
  try {
    pattern = pathPattern === undefined ? undefined : new RegExp(pathPattern);
  } catch {
    throw new RouterError(400, "invalid_request", "match.pathPattern is not a valid regular expression", { param: "match.pathPattern" });
  }
  return { ...(method === undefined ? {} : { method }), ...((pattern ?? path) === undefined ? {} : { path: pattern ?? path }) };
}
