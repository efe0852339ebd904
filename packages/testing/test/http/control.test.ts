import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { useRouter } from "../support/harness";

describe("/_router control endpoints (for subprocess users)", () => {
  const h = useRouter({ clock: "manual" });
  const control = (path: string, body?: unknown, method = body === undefined ? "GET" : "POST") =>
    h.fetch(`/_router${path}`, {
      apiKey: null,
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("need no API key and are never rate limited, faulted or conformance-checked", async () => {
    h.router.faults.failNext(1, { status: 503 });
    const response = await control("/faults");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
    expect(await response.json()).toEqual({ faults: [{ kind: "failNext", triggered: 0, remaining: 1 }] });
  });

  it("POST /_router/faults arms a fault like router.faults does", async () => {
    const armed = await control("/faults", { kind: "failNext", count: 1, status: 502, html: true, match: { method: "GET", path: "/v1/exec/tools" } });
    expect(armed.status).toBe(201);
    expect((await h.fetch("/v1/exec/tools")).status).toBe(502);
    expect((await h.fetch("/v1/exec/tools")).status).toBe(200);
  });

  it("POST /_router/faults takes a RegExp source as match.pathPattern", async () => {
    await control("/faults", { kind: "failNext", count: 1, status: 503, match: { pathPattern: "^/v1/exec/approvals/" } });
    expect((await h.fetch("/v1/exec/tools")).status).toBe(200);
    expect((await h.fetch(`/v1/exec/approvals/${DEMO.approvals.approved}`)).status).toBe(503);
  });

  it("POST /_router/faults rejects an unknown kind or bad numbers with a 400 envelope", async () => {
    const unknown = await control("/faults", { kind: "explode" });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toMatchObject({ code: "invalid_request", param: "kind" });
    expect((await control("/faults", { kind: "failNext", count: 0, status: 503 })).status).toBe(400);
    const malformed = await h.fetch("/_router/faults", { apiKey: null, method: "POST", body: "{oops", headers: { "content-type": "application/json" } });
    expect((await malformed.json()).error.code).toBe("json_parse_error");
  });

  it("DELETE /_router/faults disarms every fault", async () => {
    await control("/faults", { kind: "failNext", count: 5, status: 503 });
    await control("/faults", undefined, "DELETE");
    expect((await h.fetch("/v1/exec/tools")).status).toBe(200);
  });

  it("POST /_router/clock/advance moves the manual clock, and time-driven behaviour follows", async () => {
    const before = await (await control("/clock")).json();
    const after = await (await control("/clock/advance", { ms: 60 * 60 * 1000 })).json();
    expect(before.kind).toBe("manual");
    expect(Date.parse(after.now) - Date.parse(before.now)).toBe(60 * 60 * 1000);
    const approval = await (await h.fetch(`/v1/exec/approvals/${DEMO.approvals.pendingDestructive}`)).json();
    expect(approval.status).not.toBe("pending"); // its 10-minute expiry has passed
  });

  it("POST /_router/enroll consumes a join key and creates a healthy agent", async () => {
    const response = await control("/enroll", { joinKey: DEMO.activeJoinKeySecret, registrationName: "xem-ctl-01" });
    expect(response.status).toBe(201);
    const agent = await response.json();
    expect(agent).toMatchObject({ object: "agent", registration_name: "xem-ctl-01", status: "healthy" });
    const key = await (await h.fetch(`/v1/management/join-keys/${DEMO.joinKeys.active}`)).json();
    expect(key.status).toBe("consumed");
  });

  it("POST /_router/agents/{id}/status changes an agent's health", async () => {
    const response = await control(`/agents/${DEMO.agents.edge03}/status`, { status: "offline" });
    expect((await response.json()).status).toBe("offline");
    expect((await (await h.fetch(`/v1/management/agents/${DEMO.agents.edge03}`)).json()).status).toBe("offline");
    expect((await control(`/agents/${DEMO.agents.edge03}/status`, { status: "sleepy" })).status).toBe(400);
  });

  it("POST /_router/agents/{id}/heartbeat brings an offline agent back", async () => {
    await control(`/agents/${DEMO.agents.fleet02}/status`, { status: "offline" });
    const agent = await (await control(`/agents/${DEMO.agents.fleet02}/heartbeat`, {})).json();
    expect(agent.status).toBe("healthy");
  });

  it("POST /_router/tools/{name}/behavior sets how runs of a tool end; null restores the default", async () => {
    await control(`/tools/${DEMO.tools.read}/behavior`, { exitCode: 3, stderr: "boom", runMs: 1000 });
    const { data } = await h.client().POST("/v1/exec/invocations", {
      body: { workspace_id: DEMO.workspaces.staging, tool_name: DEMO.tools.read, arguments: { resource: "pods" } },
    });
    await control("/clock/advance", { ms: 60_000 });
    const finished = await (await h.fetch(`/v1/exec/invocations/${data.id}`)).json();
    expect(finished).toMatchObject({ status: "failed", exit_code: 3 });
    const restored = await control(`/tools/${DEMO.tools.read}/behavior`, null);
    expect(await restored.json()).toEqual({ tool_name: DEMO.tools.read, behavior: null });
  });

  it("POST /_router/rate-limit changes the limit while the router runs", async () => {
    await control("/rate-limit", { limit: 1, windowMs: 60_000 });
    expect((await h.fetch("/v1/exec/tools")).status).toBe(200);
    expect((await h.fetch("/v1/exec/tools")).status).toBe(429);
    await control("/rate-limit", { enabled: false });
    expect((await h.fetch("/v1/exec/tools")).status).toBe(200);
  });

  it("GET /_router/conformance lists violations; DELETE clears them", async () => {
    await h.fetch("/v1/not-a-route");
    const listed = await (await control("/conformance")).json();
    expect(listed).toEqual({ mode: "record", violations: [expect.objectContaining({ kind: "unknown_operation", path: "/proj_demo/v1/not-a-route" })] });
    await control("/conformance", undefined, "DELETE");
    expect(h.router.conformance.violations).toEqual([]);
  });

  it("POST /_router/reset restores the seed", async () => {
    await control(`/agents/${DEMO.agents.fleet01}/status`, { status: "offline" });
    await control("/reset", {});
    expect((await (await h.fetch(`/v1/management/agents/${DEMO.agents.fleet01}`)).json()).status).toBe("healthy");
  });
});
