import type { Hono } from "hono";
import type { RouterEnv } from "../http/env";
import type { World } from "../domain/world";
import { pageQuery, stringQuery } from "./query";

/** `GET /v1/exec/tools` and `GET /v1/exec/tools/{tool_name}`. */
export function registerToolRoutes(app: Hono<RouterEnv>, world: World, prefix: string): void {
  app.get(`${prefix}/exec/tools`, (c) => c.json(world.tools.list({ ...pageQuery(c), workspace_id: stringQuery(c, "workspace_id") })));
  app.get(`${prefix}/exec/tools/:tool_name`, (c) => c.json(world.tools.get(c.req.param("tool_name"))));
}
