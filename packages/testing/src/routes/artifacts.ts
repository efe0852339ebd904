import type { Hono } from "hono";
import type { RouterEnv } from "../http/env";
import type { World } from "../domain/world";

/** `GET /v1/chats/{chat_id}/artifacts/{artifact_id}`. */
export function registerArtifactRoutes(app: Hono<RouterEnv>, world: World, prefix: string): void {
  app.get(`${prefix}/chats/:chat_id/artifacts/:artifact_id`, (c) =>
    c.json(world.artifacts.get(c.req.param("chat_id"), c.req.param("artifact_id"))),
  );
}
