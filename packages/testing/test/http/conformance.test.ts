import { describe, expect, it } from "vitest";
import { ConformanceError, createRouter } from "../../src/index";
import { assembleRouter } from "../../src/router";
import { caller } from "../support/call";

const TOOL = { name: "kubectl_get", description: "Read.", risk: "read", domain: "kubernetes", timeout_ms: 1000, parameters: {} };

// Routes that break the spec in one way each, to show what the check catches.
function offSpecRouter(validate: "record" | "throw" = "record") {
  return assembleRouter({ clock: "manual", seed: "empty", validate }, (app) => {
    app.get("/:project/v1/exec/tools", (c) => c.json({ object: "list", data: [{ ...TOOL, risk: "spicy" }], has_more: false }));
    app.get("/:project/v1/exec/tools/:name", (c) => c.json({ ...TOOL, agent_ids: [] }, 202));
    app.get("/:project/v1/workspaces", (c) => c.text("not json"));
    app.get("/:project/v1/exec/events", () => {
      const frames = 'id: evt_1\nevent: exec.approved\ndata: {"id":"evt_1"}\n\n: keep-alive\n\nretry: 10\n\n';
      return new Response(frames, { headers: { "content-type": "text/event-stream" } });
    });
  });
}

describe("spec conformance of every response", () => {
  it("records nothing for traffic that follows the spec", async () => {
    const router = createRouter({ clock: "manual", seed: "empty" });
    const call = caller(router);
    await call("/v1/exec/tools");
    await call("/v1/management/agents", { key: "xero_demo_exec" });
    await call("/v1/exec/invocations/inv_nope");
    await call("/healthz", { key: null });
    expect(router.conformance.violations).toEqual([]);
    expect(() => router.conformance.assertClean()).not.toThrow();
    await router.close();
  });

  it("records a body that does not match the operation's schema, with Ajv's errors", async () => {
    const router = offSpecRouter();
    await caller(router)("/v1/exec/tools");
    expect(router.conformance.violations).toEqual([
      expect.objectContaining({
        kind: "invalid_body",
        method: "GET",
        path: "/proj_demo/v1/exec/tools",
        status: 200,
        operationId: "listTools",
        requestId: expect.stringMatching(/^req_/),
        errors: expect.arrayContaining([expect.objectContaining({ instancePath: "/data/0/risk" })]),
      }),
    ]);
    await router.close();
  });

  it("records a status the operation does not declare", async () => {
    const router = offSpecRouter();
    await caller(router)("/v1/exec/tools/kubectl_get");
    expect(router.conformance.violations.map((v) => [v.kind, v.status])).toEqual([["undeclared_status", 202]]);
    await router.close();
  });

  it("records a content type the operation does not declare", async () => {
    const router = offSpecRouter();
    await caller(router)("/v1/workspaces");
    expect(router.conformance.violations.map((v) => v.kind)).toEqual(["unexpected_content_type"]);
    await router.close();
  });

  it("records a request to a path or method that is not an operation of the spec", async () => {
    const router = offSpecRouter();
    await caller(router)("/v1/exec/tools", { method: "DELETE" });
    await caller(router)("/v2/anything");
    expect(router.conformance.violations.map((v) => v.kind)).toEqual(["unknown_operation", "unknown_operation"]);
    await router.close();
  });

  it("checks each event-stream frame's data against EventStreamData, skipping comments and retry:", async () => {
    const router = offSpecRouter();
    const response = await caller(router)("/v1/exec/events");
    await response.text();
    expect(router.conformance.violations).toEqual([
      expect.objectContaining({ kind: "invalid_event", operationId: "streamEvents", message: expect.stringContaining("EventStreamData") }),
    ]);
    await router.close();
  });

  it("skips injected faults, CORS preflights and the /_router control endpoints", async () => {
    const router = createRouter({ clock: "manual", seed: "empty" });
    const call = caller(router);
    router.faults.failNext(1, { status: 502, html: true });
    await call("/v1/exec/tools");
    await call("/v1/exec/tools", { method: "OPTIONS", key: null });
    await call("/_router/conformance", { key: null });
    expect(router.conformance.violations).toEqual([]);
    await router.close();
  });

  it("assertClean() throws a readable ConformanceError listing each violation, then starts afresh", async () => {
    const router = offSpecRouter();
    await caller(router)("/v1/exec/tools/kubectl_get");
    let thrown: unknown;
    try {
      router.conformance.assertClean();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConformanceError);
    expect((thrown as Error).message).toBe(
      "1 response(s) disagree with openapi/xerotier.yaml:\n" +
        "  GET /proj_demo/v1/exec/tools/kubectl_get → 202 (getTool) [undeclared_status]: getTool does not declare status 202 (declares 200, 401, 403, 404, 429, 500, 503).",
    );
    expect(router.conformance.violations).toEqual([]);
    expect(() => router.conformance.assertClean()).not.toThrow();
    await router.close();
  });

  it("in throw mode, answers a violating response as a 500 naming the violation", async () => {
    const router = offSpecRouter("throw");
    const response = await caller(router)("/v1/exec/tools/kubectl_get");
    expect(response.status).toBe(500);
    expect((await response.json()).error).toMatchObject({ code: "conformance_violation", message: expect.stringContaining("does not declare status 202") });
    expect(router.conformance.violations).toHaveLength(1);
    await router.close();
  });

  it("checks nothing when off", async () => {
    const router = assembleRouter({ clock: "manual", seed: "empty", validate: "off" }, (app) => {
      app.get("/:project/v1/exec/tools", (c) => c.json({ nonsense: true }, 299 as 200));
    });
    await caller(router)("/v1/exec/tools");
    expect(router.conformance.violations).toEqual([]);
    await router.close();
  });
});
