import type { Hono } from "hono";
import type { RouterEnv } from "../http/env";
import { parseApprovalDecision } from "../domain/validate-body";
import { APPROVAL_STATUSES, RISKS } from "../domain/types";
import type { World } from "../domain/world";
import { readJsonBody } from "./body";
import { actorOf, enumQuery, pageQuery, stringQuery } from "./query";

/** List, show, approve and reject approvals. */
export function registerApprovalRoutes(app: Hono<RouterEnv>, world: World, prefix: string): void {
  const base = `${prefix}/exec/approvals`;
  app.get(base, (c) =>
    c.json(
      world.approvals.list({
        ...pageQuery(c),
        workspace_id: stringQuery(c, "workspace_id"),
        status: enumQuery(c, "status", APPROVAL_STATUSES),
        risk: enumQuery(c, "risk", RISKS),
        agent_id: stringQuery(c, "agent_id"),
      }),
    ),
  );
  app.get(`${base}/:approval_id`, (c) => c.json(world.approvals.get(c.req.param("approval_id"))));
  app.post(`${base}/:approval_id/approve`, async (c) => {
    const input = parseApprovalDecision(await readJsonBody(c));
    return c.json(world.approvals.approve(c.req.param("approval_id"), input, actorOf(c)));
  });
  app.post(`${base}/:approval_id/reject`, async (c) => {
    const input = parseApprovalDecision(await readJsonBody(c));
    return c.json(world.approvals.reject(c.req.param("approval_id"), input, actorOf(c)));
  });
}
