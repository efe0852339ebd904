import type { Context, Hono } from "hono";
import type { Risk } from "../domain/types";
import type { World } from "../domain/world";
import type { RouterEnv } from "../http/env";
import { createEventStreamResponse, type EventStreamSettings } from "../sse/event-stream";
import { specBody, specQuery, traceIdOf, TRACEPARENT_HEADER } from "./request";

/** Options of {@link registerRoutes}: the timing and buffer of `GET /v1/exec/events`. */
export type RouteOptions = EventStreamSettings;

/** The world a request acts on (its caller's project's). */
export type WorldOf = (c: Context<RouterEnv>) => World;

/** Mounts the spec's operations: {@link registerRoutes}, or a route set around it (fixtures) or instead of it (tests of the HTTP layer). */
export type MountRoutes = (app: Hono<RouterEnv>, worldOf: WorldOf, options: RouteOptions) => void;

/** What an operation answers: a JSON body (with the row's status), or a whole response. */
type Handler = (c: Context<RouterEnv>, world: World, options: RouteOptions) => unknown;

const param = (c: Context<RouterEnv>, name: string): string => c.req.param(name) ?? "";
const actor = (c: Context<RouterEnv>): string => c.get("principal").actor;

/** Every operation of the spec below `/{project}/v1`: method, path, handler and, when not 200, the status of its JSON answer. */
const ROUTES: ReadonlyArray<[method: "GET" | "POST" | "PATCH" | "DELETE", path: string, handler: Handler, status?: 201]> = [
  ["GET", "/exec/tools", (c, w) => w.tools.list(specQuery(c))],
  ["GET", "/exec/tools/:tool_name", (c, w) => w.tools.get(param(c, "tool_name"))],
  ["GET", "/exec/invocations", (c, w) => w.invocations.list(specQuery(c))],
  ["POST", "/exec/invocations", async (c, w) => {
    const traceId = traceIdOf(c.req.header(TRACEPARENT_HEADER));
    return w.invocations.create(await specBody(c), actor(c), traceId === undefined ? {} : { traceId });
  }, 201],
  ["GET", "/exec/invocations/:invocation_id", (c, w) => w.invocations.get(param(c, "invocation_id"))],
  ["POST", "/exec/invocations/:invocation_id/cancel", (c, w) => w.invocations.cancel(param(c, "invocation_id"), actor(c))],
  ["GET", "/exec/invocations/:invocation_id/output", (c, w) => w.invocations.output(param(c, "invocation_id"))],
  ["GET", "/exec/approvals", (c, w) => w.approvals.list(specQuery(c))],
  ["GET", "/exec/approvals/:approval_id", (c, w) => w.approvals.get(param(c, "approval_id"))],
  ["POST", "/exec/approvals/:approval_id/approve", async (c, w) => w.approvals.approve(param(c, "approval_id"), await specBody(c), actor(c))],
  ["POST", "/exec/approvals/:approval_id/reject", async (c, w) => w.approvals.reject(param(c, "approval_id"), await specBody(c), actor(c))],
  ["GET", "/exec/events", eventStream],

  ["GET", "/management/agents", (c, w) => w.agents.list(specQuery(c))],
  ["GET", "/management/agents/:agent_id", (c, w) => w.agents.get(param(c, "agent_id"))],
  ["PATCH", "/management/agents/:agent_id", async (c, w) => w.agents.update(param(c, "agent_id"), await specBody(c))],
  ["DELETE", "/management/agents/:agent_id", (c, w) => w.agents.remove(param(c, "agent_id"))],
  ["POST", "/management/agents/:agent_id/pause-exec", async (c, w) => w.agents.pauseExec(param(c, "agent_id"), await specBody(c), actor(c))],
  ["POST", "/management/agents/:agent_id/resume-exec", async (c, w) => w.agents.resumeExec(param(c, "agent_id"), await specBody(c), actor(c))],
  ["POST", "/management/agents/:agent_id/curve-rotate", async (c, w) => w.agents.rotateCurve(param(c, "agent_id"), await specBody(c), actor(c))],
  ["GET", "/management/agents/:agent_id/events", (c, w) => w.agents.events(param(c, "agent_id"), specQuery(c))],
  ["GET", "/management/join-keys", (c, w) => w.joinKeys.list(specQuery(c))],
  ["POST", "/management/join-keys", async (c, w) => w.joinKeys.create(await specBody(c)), 201],
  ["GET", "/management/join-keys/:join_key_id", (c, w) => w.joinKeys.get(param(c, "join_key_id"))],
  ["DELETE", "/management/join-keys/:join_key_id", (c, w) => w.joinKeys.revoke(param(c, "join_key_id"))],

  ["GET", "/workspaces", (c, w) => w.workspaces.list(specQuery(c))],
  ["GET", "/workspaces/:workspace_id", (c, w) => w.workspaces.get(param(c, "workspace_id"))],
  ["GET", "/workspaces/:workspace_id/bindings", (c, w) => w.workspaces.bindings(param(c, "workspace_id"), specQuery(c))],
  ["POST", "/workspaces/:workspace_id/bindings", async (c, w) => {
    const { binding, created } = w.workspaces.bind(param(c, "workspace_id"), (await specBody<{ agent_id: string }>(c)).agent_id);
    return c.json(binding, created ? 201 : 200);
  }],
  ["DELETE", "/workspaces/:workspace_id/bindings/:agent_id", (c, w) => w.workspaces.unbind(param(c, "workspace_id"), param(c, "agent_id"))],
  ["GET", "/chats/:chat_id/artifacts/:artifact_id", (c, w) => w.artifacts.get(param(c, "chat_id"), param(c, "artifact_id"))],
];

/** `GET /v1/exec/events`: the stream after the client's resume point, through its filters. */
function eventStream(c: Context<RouterEnv>, world: World, options: RouteOptions): Response {
  const query = specQuery<{ workspace_id?: string; agent_id?: string; risk?: Risk; types?: string; last_event_id?: string }>(c);
  const types = (query.types ?? "").split(",").map((t) => t.trim()).filter((t) => t !== "");
  const filters = { workspaceId: query.workspace_id || undefined, agentId: query.agent_id || undefined, risk: query.risk, types: types.length > 0 ? new Set(types) : undefined };
  // The header wins over the query parameter; an empty value means "no resume point".
  const lastEventId = c.req.header("last-event-id") || query.last_event_id || undefined;
  return createEventStreamResponse(world, filters, { ...options, lastEventId, signal: c.req.raw.signal });
}

/**
 * Mounts every operation of the spec under `/:project/v1/…` (`GET /healthz` belongs to the
 * HTTP layer). Routes ignore the project segment and scopes (the HTTP layer's auth
 * middleware checks both), check request bodies and query parameters against the spec and throw `RouterError` for
 * error answers (the HTTP layer renders the envelope). The caller's audit actor is `c.get("principal").actor`.
 *
 * @example
 * const app = new Hono<RouterEnv>();
 * const world = createWorld({ clock: createManualClock(), seed: "demo" });
 * registerRoutes(app, () => world);
 */
export function registerRoutes(app: Hono<RouterEnv>, worldOf: WorldOf, options: RouteOptions = {}): void {
  for (const [method, path, handler, status = 200] of ROUTES) {
    app.on(method, `/:project/v1${path}`, async (c) => {
      const answer = await handler(c, worldOf(c), options);
      return answer instanceof Response ? answer : c.json(answer as object, status);
    });
  }
}
