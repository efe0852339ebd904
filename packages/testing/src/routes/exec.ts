import type { Hono } from "hono";
import { APPROVAL_STATUSES, INVOCATION_STATUSES, RISKS, type ApprovalDecisionInput, type InvocationCreateInput } from "../domain/types";
import type { World } from "../domain/world";
import type { RouterEnv } from "../http/env";
import { createEventStreamResponse, type EventStreamSettings } from "../sse/event-stream";
import { actorOf, enumQuery, pageQuery, specBody, traceIdOf, TRACEPARENT_HEADER } from "./request";

/** `/v1/exec/*`: the tool catalogue, invocations, approvals and the event stream. */
export function registerExecRoutes(app: Hono<RouterEnv>, world: World, prefix: string, stream: EventStreamSettings): void {
  const base = `${prefix}/exec`;
  app.get(`${base}/tools`, (c) => c.json(world.tools.list({ ...pageQuery(c), workspace_id: c.req.query("workspace_id") })));
  app.get(`${base}/tools/:tool_name`, (c) => c.json(world.tools.get(c.req.param("tool_name"))));

  app.get(`${base}/invocations`, (c) =>
    c.json(
      world.invocations.list({
        ...pageQuery(c),
        workspace_id: c.req.query("workspace_id"),
        agent_id: c.req.query("agent_id"),
        status: enumQuery(c, "status", INVOCATION_STATUSES),
        tool_name: c.req.query("tool_name"),
      }),
    ),
  );
  app.post(`${base}/invocations`, async (c) => {
    const input = await specBody<InvocationCreateInput>(c);
    const traceId = traceIdOf(c.req.header(TRACEPARENT_HEADER));
    return c.json(world.invocations.create(input, actorOf(c), traceId === undefined ? {} : { traceId }), 201);
  });
  app.get(`${base}/invocations/:invocation_id`, (c) => c.json(world.invocations.get(c.req.param("invocation_id"))));
  app.post(`${base}/invocations/:invocation_id/cancel`, (c) => c.json(world.invocations.cancel(c.req.param("invocation_id"), actorOf(c))));
  app.get(`${base}/invocations/:invocation_id/output`, (c) => c.json(world.invocations.output(c.req.param("invocation_id"))));

  app.get(`${base}/approvals`, (c) =>
    c.json(
      world.approvals.list({
        ...pageQuery(c),
        workspace_id: c.req.query("workspace_id"),
        status: enumQuery(c, "status", APPROVAL_STATUSES),
        risk: enumQuery(c, "risk", RISKS),
        agent_id: c.req.query("agent_id"),
      }),
    ),
  );
  app.get(`${base}/approvals/:approval_id`, (c) => c.json(world.approvals.get(c.req.param("approval_id"))));
  app.post(`${base}/approvals/:approval_id/approve`, async (c) =>
    c.json(world.approvals.approve(c.req.param("approval_id"), await specBody<ApprovalDecisionInput>(c), actorOf(c))),
  );
  app.post(`${base}/approvals/:approval_id/reject`, async (c) =>
    c.json(world.approvals.reject(c.req.param("approval_id"), await specBody<ApprovalDecisionInput>(c), actorOf(c))),
  );

  app.get(`${base}/events`, (c) => {
    const types = (c.req.query("types") ?? "").split(",").map((t) => t.trim()).filter((t) => t !== "");
    const query = (name: string) => c.req.query(name) || undefined;
    const filters = { workspaceId: query("workspace_id"), agentId: query("agent_id"), risk: enumQuery(c, "risk", RISKS), types: types.length > 0 ? new Set(types) : undefined };
    // The header wins over the query parameter; an empty value means "no resume point".
    const lastEventId = c.req.header("last-event-id") || c.req.query("last_event_id") || undefined;
    return createEventStreamResponse(world, filters, { ...stream, lastEventId, signal: c.req.raw.signal });
  });
}
