import type { Context, Hono } from "hono";
import type { Clock } from "../clock";
import type { Conformance } from "../conformance/recorder";
import type { ToolDescriptor } from "../domain/types";
import type { RestartAgentInput, World } from "../domain/world";
import { FaultOptionError } from "../faults/injector";
import type { FailOptions, FaultInjector, FaultMatch, StreamFaultOptions } from "../faults/types";
import type { RouterEnv } from "./env";
import type { RateLimiter } from "./rate-limit";
import { RouterError } from "../domain/router-error";
import { bodyText } from "./body-limits";
import { parseApprovalRequest, parseEnroll, parseRateLimit, parseToolBehavior } from "./control-bodies";

/** Prefix of the control endpoints: outside the spec, unauthenticated, never faulted or checked. */
export const CONTROL_PREFIX = "/_router";

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

/**
 * Control endpoints for subprocess users (the CLI's tests, a bot under test in another
 * language) that cannot reach `router.faults` in-process. Bodies use the same field names
 * as the in-process methods.
 *
 * - `POST /_router/faults` `{ kind: "failNext", count, status, code?, message?, html?, retryAfter?, match? }`,
 *   also `failAfterHandling`, `latency` `{ ms, match?, count? }`, `hang` `{ match?, count? }`,
 *   `cutStreamAfterEvents` `{ events, times?, graceful? }`, `cutStreamAtByte` `{ offset, times?, graceful? }`,
 *   `malformedFrames` `{ frames, times? }`. `match.path` is a string, or `match.pathPattern` a RegExp source.
 * - `GET /_router/faults` lists armed faults; `DELETE /_router/faults` disarms them.
 * - `GET /_router/clock`; `POST /_router/clock/advance` `{ ms }` (manual clock only).
 * - `POST /_router/approvals` `{ risk, workspaceId, toolName?, arguments?, prompt?, actor? }` → the approval
 *   (`scenario.requestApproval`: an invocation in `pending_approval`, `exec.approval_requested`).
 * - `POST /_router/enroll` `{ joinKey, registrationName, name?, id?, tools?, workspaceIds? }` → the agent.
 * - `POST /_router/agents/{id}/status` `{ status }`; `POST /_router/agents/{id}/heartbeat`.
 * - `POST /_router/agents/{id}/restart` `{ tools?, downtimeMs? }`: a simulated XEM restart → the agent.
 * - `POST /_router/tools/{name}/behavior` `{ exitCode?, stdout?, stderr?, runMs?, truncated? }` (or `null` to restore).
 * - `POST /_router/rate-limit` `{ limit, windowMs }` or `{ enabled: false }`.
 * - `GET /_router/conformance` → `{ mode, violations }`; `DELETE /_router/conformance` clears them.
 * - `POST /_router/reset`.
 */
export function registerControlRoutes(app: Hono<RouterEnv>, target: ControlTarget): void {
  const base = CONTROL_PREFIX;
  app.post(`${base}/faults`, async (c) => c.json(armFault(target.faults, await jsonBody(c)), 201));
  app.get(`${base}/faults`, (c) => c.json({ faults: target.faults.list() }));
  app.delete(`${base}/faults`, (c) => {
    target.faults.reset();
    return c.json({ faults: [] });
  });

  app.get(`${base}/clock`, (c) => c.json(clockState(target.clock)));
  app.post(`${base}/clock/advance`, async (c) => {
    const { ms } = await jsonBody(c);
    if (typeof ms !== "number" || !(ms >= 0)) throw invalid("ms must be a non-negative number", "ms");
    if (target.clock.kind !== "manual") throw invalid("The clock is real; start the router with a manual clock (--manual-clock).", "ms");
    target.clock.advance(ms);
    return c.json(clockState(target.clock));
  });

  app.post(`${base}/approvals`, async (c) => c.json(target.world(c.req.query("project")).scenario.requestApproval(parseApprovalRequest(await jsonBody(c))), 201));
  app.post(`${base}/enroll`, async (c) => c.json(target.world(c.req.query("project")).enrollAgent(parseEnroll(await jsonBody(c))), 201));
  app.post(`${base}/agents/:id/status`, async (c) => {
    const { status } = await jsonBody(c);
    if (status !== "healthy" && status !== "degraded" && status !== "offline") {
      throw invalid("status must be healthy, degraded or offline", "status");
    }
    return c.json(target.world(c.req.query("project")).setAgentStatus(c.req.param("id"), status));
  });
  app.post(`${base}/agents/:id/restart`, async (c) => c.json(target.world(c.req.query("project")).restartAgent(c.req.param("id"), restartInput(await jsonBody(c)))));
  app.post(`${base}/agents/:id/heartbeat`, (c) => c.json(target.world(c.req.query("project")).heartbeat(c.req.param("id"))));
  app.post(`${base}/tools/:name/behavior`, async (c) => {
    const text = await bodyText(c);
    const raw = text.trim() === "" || text.trim() === "null" ? undefined : parse(text);
    if (raw !== undefined && (typeof raw !== "object" || raw === null || Array.isArray(raw))) throw invalid("The body must be a JSON object or null.", null);
    const behavior = raw === undefined ? undefined : parseToolBehavior(raw as Record<string, unknown>);
    target.world(c.req.query("project")).setToolBehavior(c.req.param("name"), behavior);
    return c.json({ tool_name: c.req.param("name"), behavior: behavior ?? null });
  });

  app.post(`${base}/rate-limit`, async (c) => {
    target.rateLimit.set(parseRateLimit(await jsonBody(c)));
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

/** The body of `POST /_router/agents/{id}/restart`, checked enough that a typo is a 400, not a broken world. */
function restartInput(body: Record<string, unknown>): RestartAgentInput {
  if (body.tools !== undefined && !(Array.isArray(body.tools) && body.tools.every((t) => t && typeof t === "object" && typeof t.name === "string"))) {
    throw invalid("tools must be an array of tool descriptors, each with a name", "tools");
  }
  if (body.downtimeMs !== undefined && typeof body.downtimeMs !== "number") throw invalid("downtimeMs must be a number", "downtimeMs");
  return {
    ...(body.tools === undefined ? {} : { tools: body.tools as ToolDescriptor[] }),
    ...(body.downtimeMs === undefined ? {} : { downtimeMs: body.downtimeMs }),
  };
}

function clockState(clock: Clock) {
  return { kind: clock.kind, now: new Date(clock.now()).toISOString() };
}

function armFault(faults: FaultInjector, body: Record<string, unknown>) {
  const match = toMatch(body.match);
  const fail = (): FailOptions => ({
    status: Number(body.status),
    code: optionalString(body.code),
    type: optionalString(body.type),
    message: optionalString(body.message),
    html: body.html === true,
    retryAfter: body.retryAfter === undefined ? undefined : Number(body.retryAfter),
    match,
  });
  const handle = (() => {
    try {
      switch (body.kind) {
        case "failNext":
          return faults.failNext(Number(body.count ?? 1), fail());
        case "failAfterHandling":
          return faults.failAfterHandling(Number(body.count ?? 1), fail());
        case "latency":
          return faults.latency(Number(body.ms), match, body.count === undefined ? undefined : Number(body.count));
        case "hang":
          return faults.hang(match, body.count === undefined ? undefined : Number(body.count));
        case "cutStreamAfterEvents":
          return faults.cutStreamAfterEvents(Number(body.events), streamOptions(body));
        case "cutStreamAtByte":
          return faults.cutStreamAtByte(Number(body.offset), streamOptions(body));
        case "malformedFrames":
          if (!Array.isArray(body.frames) || !body.frames.every((f: unknown) => typeof f === "string")) {
            throw invalid("frames must be an array of strings", "frames");
          }
          return faults.malformedFrames(body.frames as string[], streamOptions(body));
        default:
          throw invalid(`Unknown fault kind '${String(body.kind)}'.`, "kind");
      }
    } catch (error) {
      if (error instanceof FaultOptionError) throw invalid(error.message, error.param);
      throw error;
    }
  })();
  return { kind: handle.kind, remaining: handle.remaining };
}

function toMatch(raw: unknown): FaultMatch | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const { method, path, pathPattern } = raw as Record<string, unknown>;
  const match: FaultMatch = {};
  if (typeof method === "string") match.method = method;
  if (typeof path === "string") match.path = path;
  if (typeof pathPattern === "string") {
    try {
      match.path = new RegExp(pathPattern);
    } catch {
      throw invalid("match.pathPattern is not a valid regular expression", "match.pathPattern");
    }
  }
  return match;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function streamOptions(body: Record<string, unknown>): StreamFaultOptions {
  return {
    ...(body.times === undefined ? {} : { times: Number(body.times) }),
    ...(body.graceful === true ? { graceful: true } : {}),
  };
}

async function jsonBody(c: Context<RouterEnv>): Promise<Record<string, unknown>> {
  const text = await bodyText(c);
  if (text.trim() === "") return {};
  const value = parse(text);
  if (!value || typeof value !== "object" || Array.isArray(value)) throw invalid("The body must be a JSON object.", null);
  return value as Record<string, unknown>;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RouterError(400, "json_parse_error", "The body is not valid JSON.");
  }
}

function invalid(message: string, param: string | null): RouterError {
  return new RouterError(400, "invalid_request", message, { param });
}
