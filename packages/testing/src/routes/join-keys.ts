import type { Hono } from "hono";
import type { RouterEnv } from "../http/env";
import { parseJoinKeyCreate } from "../domain/validate-body";
import { JOIN_KEY_STATUSES } from "../domain/types";
import type { World } from "../domain/world";
import { readRequiredJsonBody } from "./body";
import { enumQuery, pageQuery } from "./query";

/** Join keys: list, mint, show, revoke. */
export function registerJoinKeyRoutes(app: Hono<RouterEnv>, world: World, prefix: string): void {
  const base = `${prefix}/management/join-keys`;
  app.get(base, (c) => c.json(world.joinKeys.list({ ...pageQuery(c), status: enumQuery(c, "status", JOIN_KEY_STATUSES) })));
  app.post(base, async (c) => c.json(world.joinKeys.create(parseJoinKeyCreate(await readRequiredJsonBody(c))), 201));
  app.get(`${base}/:join_key_id`, (c) => c.json(world.joinKeys.get(c.req.param("join_key_id"))));
  app.delete(`${base}/:join_key_id`, (c) => c.json(world.joinKeys.revoke(c.req.param("join_key_id"))));
}
