import type { Hono } from "hono";
import { AGENT_ROLES, AGENT_STATUSES, JOIN_KEY_STATUSES, type AgentUpdateInput, type JoinKeyCreateInput } from "../domain/types";
import type { World } from "../domain/world";
import type { RouterEnv } from "../http/env";
import { actorOf, enumQuery, pageQuery, specBody } from "./request";

/** `/v1/management/*`: agents (show, update, delete, pause/resume exec, CURVE rotation, lifecycle events) and join keys. */
export function registerManagementRoutes(app: Hono<RouterEnv>, world: World, prefix: string): void {
  const agents = `${prefix}/management/agents`;
  const id = (c: { req: { param(name: "agent_id"): string } }) => c.req.param("agent_id");
  app.get(agents, (c) => c.json(world.agents.list({ ...pageQuery(c), status: enumQuery(c, "status", AGENT_STATUSES), role: enumQuery(c, "role", AGENT_ROLES) })));
  app.get(`${agents}/:agent_id`, (c) => c.json(world.agents.get(id(c))));
  app.patch(`${agents}/:agent_id`, async (c) => c.json(world.agents.update(id(c), await specBody<AgentUpdateInput>(c))));
  app.delete(`${agents}/:agent_id`, (c) => c.json(world.agents.remove(id(c))));
  app.post(`${agents}/:agent_id/pause-exec`, async (c) => c.json(world.agents.pauseExec(id(c), await specBody<{ workspace_id?: string }>(c), actorOf(c))));
  app.post(`${agents}/:agent_id/resume-exec`, async (c) => c.json(world.agents.resumeExec(id(c), await specBody<{ workspace_id?: string }>(c), actorOf(c))));
  app.post(`${agents}/:agent_id/curve-rotate`, async (c) => c.json(world.agents.rotateCurve(id(c), await specBody<{ reason?: string }>(c), actorOf(c))));
  app.get(`${agents}/:agent_id/events`, (c) => c.json(world.agents.events(id(c), pageQuery(c))));

  const joinKeys = `${prefix}/management/join-keys`;
  app.get(joinKeys, (c) => c.json(world.joinKeys.list({ ...pageQuery(c), status: enumQuery(c, "status", JOIN_KEY_STATUSES) })));
  app.post(joinKeys, async (c) => c.json(world.joinKeys.create(await specBody<JoinKeyCreateInput>(c)), 201));
  app.get(`${joinKeys}/:join_key_id`, (c) => c.json(world.joinKeys.get(c.req.param("join_key_id"))));
  app.delete(`${joinKeys}/:join_key_id`, (c) => c.json(world.joinKeys.revoke(c.req.param("join_key_id"))));
}
