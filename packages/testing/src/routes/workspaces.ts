import type { Hono } from "hono";
import type { World } from "../domain/world";
import type { RouterEnv } from "../http/env";
import { pageQuery, specBody } from "./request";

/** `/v1/workspaces/*` (workspaces and agent bindings) and `/v1/chats/{chat_id}/artifacts/{artifact_id}`. */
export function registerWorkspaceRoutes(app: Hono<RouterEnv>, world: World, prefix: string): void {
  const base = `${prefix}/workspaces`;
  app.get(base, (c) => c.json(world.workspaces.list(pageQuery(c))));
  app.get(`${base}/:workspace_id`, (c) => c.json(world.workspaces.get(c.req.param("workspace_id"))));
  app.get(`${base}/:workspace_id/bindings`, (c) => c.json(world.workspaces.bindings(c.req.param("workspace_id"), pageQuery(c))));
  app.post(`${base}/:workspace_id/bindings`, async (c) => {
    const { agent_id } = await specBody<{ agent_id: string }>(c);
    const { binding, created } = world.workspaces.bind(c.req.param("workspace_id"), agent_id);
    return c.json(binding, created ? 201 : 200);
  });
  app.delete(`${base}/:workspace_id/bindings/:agent_id`, (c) => c.json(world.workspaces.unbind(c.req.param("workspace_id"), c.req.param("agent_id"))));
  app.get(`${prefix}/chats/:chat_id/artifacts/:artifact_id`, (c) => c.json(world.artifacts.get(c.req.param("chat_id"), c.req.param("artifact_id"))));
}
