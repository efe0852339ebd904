import type { Hono } from "hono";
import type { RouterEnv } from "../http/env";
import { parseAgentUpdate, parseCurveRotate, parseExecScope } from "../domain/validate-body";
import { AGENT_ROLES, AGENT_STATUSES } from "../domain/types";
import type { World } from "../domain/world";
import { readJsonBody, readRequiredJsonBody } from "./body";
import { actorOf, enumQuery, pageQuery } from "./query";

/** Agents: list, show, update, delete, pause/resume exec, CURVE rotation, lifecycle events. */
export function registerAgentRoutes(app: Hono<RouterEnv>, world: World, prefix: string): void {
  const base = `${prefix}/management/agents`;
  app.get(base, (c) =>
    c.json(world.agents.list({ ...pageQuery(c), status: enumQuery(c, "status", AGENT_STATUSES), role: enumQuery(c, "role", AGENT_ROLES) })),
  );
  app.get(`${base}/:agent_id`, (c) => c.json(world.agents.get(c.req.param("agent_id"))));
  app.patch(`${base}/:agent_id`, async (c) => {
    const id = c.req.param("agent_id");
    const input = parseAgentUpdate(await readRequiredJsonBody(c));
    return c.json(world.agents.update(id, input));
  });
  app.delete(`${base}/:agent_id`, (c) => c.json(world.agents.remove(c.req.param("agent_id"))));
  app.post(`${base}/:agent_id/pause-exec`, async (c) => {
    const scope = parseExecScope(await readJsonBody(c));
    return c.json(world.agents.pauseExec(c.req.param("agent_id"), scope, actorOf(c)));
  });
  app.post(`${base}/:agent_id/resume-exec`, async (c) => {
    const scope = parseExecScope(await readJsonBody(c));
    return c.json(world.agents.resumeExec(c.req.param("agent_id"), scope, actorOf(c)));
  });
  app.post(`${base}/:agent_id/curve-rotate`, async (c) => {
    const input = parseCurveRotate(await readJsonBody(c));
    return c.json(world.agents.rotateCurve(c.req.param("agent_id"), input, actorOf(c)));
  });
  app.get(`${base}/:agent_id/events`, (c) => c.json(world.agents.events(c.req.param("agent_id"), pageQuery(c))));
}
