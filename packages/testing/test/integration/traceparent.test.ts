/**
 * The router records the W3C trace id of the `traceparent` header an invocation is created with
 * (over real HTTP), shows it as the invocation's `trace_id`, and ignores malformed headers.
 */
import { describe, expect, it } from "vitest";
import { createRouter, DEMO, type RequestLogEntry } from "../../src/index";
import { useRouter } from "../support/harness";

const TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const VALID = `00-${TRACE}-00f067aa0ba902b7-01`;
const body = JSON.stringify({ workspace_id: DEMO.workspaces.staging, tool_name: DEMO.tools.read, arguments: { resource: "pods" } });

describe("traceparent on invoke", () => {
  const h = useRouter({ clock: "manual" });
  const invoke = (headers: Record<string, string>) =>
    h.fetch("/v1/exec/invocations", { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("keeps the trace id of a valid traceparent on the invocation, in the create answer, on show and in its events", async () => {
    const created = await invoke({ traceparent: VALID });
    expect(created.status).toBe(201);
    const invocation = (await created.json()) as { id: string; trace_id?: string };
    expect(invocation.trace_id).toBe(TRACE);
    const shown = (await (await h.fetch(`/v1/exec/invocations/${invocation.id}`)).json()) as { trace_id?: string };
    expect(shown.trace_id).toBe(TRACE);
    const dispatched = h.router.world.events.list().find((e) => e.type === "exec.dispatched" && e.data.id === invocation.id);
    expect(dispatched?.data.trace_id).toBe(TRACE);
    h.router.conformance.assertClean();
  });

  it("accepts a later version with extra fields, and a gated invocation keeps its trace through approval", async () => {
    const later = `01-${TRACE}-00f067aa0ba902b7-00-what-comes-next`;
    const created = (await (
      await h.fetch("/v1/exec/invocations", {
        method: "POST",
        headers: { "content-type": "application/json", traceparent: later },
        body: JSON.stringify({ workspace_id: DEMO.workspaces.prod, tool_name: DEMO.tools.destructive, arguments: { node: "node-3" } }),
      })
    ).json()) as { id: string; status: string; approval_ids: string[]; trace_id?: string };
    expect(created).toMatchObject({ status: "pending_approval", trace_id: TRACE });
    await h.fetch(`/v1/exec/approvals/${created.approval_ids[0]}/approve`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const shown = (await (await h.fetch(`/v1/exec/invocations/${created.id}`)).json()) as { status: string; trace_id?: string };
    expect(shown).toMatchObject({ status: "dispatched", trace_id: TRACE });
  });

  it.each([
    ["no header", undefined],
    ["uppercase hex", `00-${TRACE.toUpperCase()}-00f067aa0ba902b7-01`],
    ["an all-zero trace id", `00-${"0".repeat(32)}-00f067aa0ba902b7-01`],
    ["an all-zero parent id", `00-${TRACE}-0000000000000000-01`],
    ["version ff", `ff-${TRACE}-00f067aa0ba902b7-01`],
    ["version 00 with a fifth field", `${VALID}-extra`],
    ["a short trace id", `00-${TRACE.slice(1)}-00f067aa0ba902b7-01`],
    ["garbage", "not a traceparent"],
  ])("creates the invocation without a trace id for %s", async (_case, header) => {
    const response = await invoke(header === undefined ? {} : { traceparent: header });
    expect(response.status).toBe(201);
    const invocation = (await response.json()) as Record<string, unknown>;
    expect(invocation).not.toHaveProperty("trace_id");
  });

  it("lets browser code send traceparent (CORS preflight allows it)", async () => {
    const preflight = await h.fetch("/v1/exec/invocations", {
      method: "OPTIONS",
      apiKey: null,
      headers: { origin: "http://app.example", "access-control-request-method": "POST", "access-control-request-headers": "traceparent, content-type" },
    });
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("traceparent");
  });
});

describe("traceparent in the request log", () => {
  it("passes the header each request carried to onRequest, retries included, so a test can check propagation", async () => {
    const log: RequestLogEntry[] = [];
    const router = createRouter({ clock: "manual", rateLimit: false, onRequest: (entry) => log.push(entry) });
    router.faults.failNext(1, { status: 503, match: { method: "POST", path: "/v1/exec/invocations" } });
    const send = (traceparent: string) =>
      router.fetch(`http://router.test/${DEMO.project}/v1/exec/invocations`, {
        method: "POST",
        headers: { authorization: "Bearer xero_demo_admin", "content-type": "application/json", traceparent },
        body,
      });
    expect((await send(`00-${TRACE}-00f067aa0ba902b7-01`)).status).toBe(503);
    expect((await send(`00-${TRACE}-00f067aa0ba902b8-01`)).status).toBe(201);
    await router.fetch(`http://router.test/${DEMO.project}/v1/exec/tools`, { headers: { authorization: "Bearer xero_demo_admin" } });
    expect(log.map((entry) => entry.traceparent)).toEqual([`00-${TRACE}-00f067aa0ba902b7-01`, `00-${TRACE}-00f067aa0ba902b8-01`, undefined]);
    await router.close();
  });
});
