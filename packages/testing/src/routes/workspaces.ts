import type { Hono } from "hono";
import type { RouterEnv } from "../http/env";
import { parseBindingCreate } from "../domain/validate-body";
import type { World } from "../domain/world";
import { readRequiredJsonBody } from "./body";
import { pageQuery } from "./query";

/** Workspaces and bindings. */
export function registerWorkspaceRoutes(app: Hono<RouterEnv>, world: World, prefix: string): void {
  const base = `${prefix}/workspaces`;
  app.get(base, (c) => c.json(world.workspaces.list(pageQuery(c))));
  app.get(`${base}/:workspace_id`, (c) => c.json(world.workspaces.get(c.req.param("workspace_id"))));
  app.get(`${base}/:workspace_id/bindings`, (c) => c.json(world.workspaces.bindings(c.req.param("workspace_id"), pageQuery(c))));
  app.post(`${base}/:workspace_id/bindings`, async (c) => {
    const workspaceId = c.req.param("workspace_id");
    const { agent_id } = parseBindingCreate(await readRequiredJsonBody(c));
    const { binding, created } = world.workspaces.bind(workspaceId, agent_id);
    return c.json(binding, created ? 201 : 200);
  });
  app.delete(`${base}/:workspace_id/bindings/:agent_id`, (c) =>
    c.json(world.workspaces.unbind(c.req.param("workspace_id"), c.req.param("agent_id"))),
  );
}
