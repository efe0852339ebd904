import type { Hono } from "hono";
import type { RouterEnv } from "../http/env";
import { traceIdOf, TRACEPARENT_HEADER } from "../http/traceparent";
import { parseInvocationCreate } from "../domain/validate-body";
import { INVOCATION_STATUSES } from "../domain/types";
import type { World } from "../domain/world";
import { readRequiredJsonBody } from "./body";
import { actorOf, enumQuery, pageQuery, stringQuery } from "./query";

/** Invoke, list, show, cancel and raw output of invocations. */
export function registerInvocationRoutes(app: Hono<RouterEnv>, world: World, prefix: string): void {
  const base = `${prefix}/exec/invocations`;
  app.get(base, (c) =>
    c.json(
      world.invocations.list({
        ...pageQuery(c),
        workspace_id: stringQuery(c, "workspace_id"),
        agent_id: stringQuery(c, "agent_id"),
        status: enumQuery(c, "status", INVOCATION_STATUSES),
        tool_name: stringQuery(c, "tool_name"),
      }),
    ),
  );
  app.post(base, async (c) => {
    const input = parseInvocationCreate(await readRequiredJsonBody(c));
    const traceId = traceIdOf(c.req.header(TRACEPARENT_HEADER));
    return c.json(world.invocations.create(input, actorOf(c), traceId === undefined ? {} : { traceId }), 201);
  });
  app.get(`${base}/:invocation_id`, (c) => c.json(world.invocations.get(c.req.param("invocation_id"))));
  app.post(`${base}/:invocation_id/cancel`, (c) => c.json(world.invocations.cancel(c.req.param("invocation_id"), actorOf(c))));
  app.get(`${base}/:invocation_id/output`, (c) => c.json(world.invocations.output(c.req.param("invocation_id"))));
}
