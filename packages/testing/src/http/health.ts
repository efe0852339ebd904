import type { Hono } from "hono";
import type { RouterEnv } from "./env";

/**
 * `GET /healthz` (no auth): `{ "status": "ok" }`. The spec serves liveness at the host root;
 * it is also answered under a project (`/{project}/healthz`) so a client whose base URL
 * already includes the project can probe it.
 */
export function registerHealth(app: Hono<RouterEnv>): void {
  const ok = (c: { json: (body: { status: "ok" }) => Response }) => c.json({ status: "ok" });
  app.get("/healthz", ok);
  app.get("/:project/healthz", ok);
}
