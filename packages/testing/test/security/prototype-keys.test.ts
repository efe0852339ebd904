import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { errorOf, useWireRouter } from "./wire";

const P = `/${DEMO.project}/v1`;
const AGENT = `${P}/management/agents/${DEMO.agents.edge03}`;

/** Every request body of the spec (all `additionalProperties: false`), each with a valid set of fields. */
const BODIES: ReadonlyArray<{ name: string; method: string; path: string; valid: Record<string, unknown> }> = [
  { name: "InvocationCreate", method: "POST", path: `${P}/exec/invocations`, valid: { workspace_id: DEMO.workspaces.staging, tool_name: DEMO.tools.read, arguments: { resource: "pods" } } },
  { name: "ApprovalDecision", method: "POST", path: `${P}/exec/approvals/${DEMO.approvals.pendingDestructive}/approve`, valid: { note: "ok" } },
  { name: "AgentUpdate", method: "PATCH", path: AGENT, valid: { name: "renamed" } },
  { name: "ExecScope", method: "POST", path: `${AGENT}/pause-exec`, valid: { workspace_id: DEMO.workspaces.staging } },
  { name: "CurveRotateRequest", method: "POST", path: `${AGENT}/curve-rotate`, valid: { reason: "test" } },
  { name: "JoinKeyCreate", method: "POST", path: `${P}/management/join-keys`, valid: { name: "edge", region: "eu-west-1", router_addr: "tcp://r.example:5555" } },
  { name: "WorkspaceBindingCreate", method: "POST", path: `${P}/workspaces/${DEMO.workspaces.prod}/bindings`, valid: { agent_id: DEMO.agents.edge03 } },
];

describe("prototype keys in request bodies are unknown fields like any other", () => {
  const wire = useWireRouter({ seed: "demo" });

  for (const body of BODIES) {
    for (const key of ["__proto__", "constructor", "toString"]) {
      it(`${body.name} with a top-level "${key}" is a 400 invalid_body naming it, and changes nothing`, async () => {
        const eventsBefore = wire.running.router.world.events.latestId();
        // Raw text: JSON.stringify would drop a "__proto__" key set through an object literal.
        const text = `${JSON.stringify(body.valid).slice(0, -1)},${JSON.stringify(key)}:{"polluted":true}}`;
        const response = await wire.send(body.path, { method: body.method, key: "xero_demo_admin", headers: { "content-type": "application/json" }, body: text });
        expect(response.status).toBe(400);
        expect(await errorOf(response)).toMatchObject({ code: "invalid_body", param: key });
        expect(wire.running.router.world.events.latestId()).toBe(eventsBefore);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  }

  it("still accepts each body without the extra key (the cases above fail on the key alone)", async () => {
    wire.running.router.reset();
    for (const body of BODIES) {
      const response = await wire.send(body.path, { method: body.method, key: "xero_demo_admin", json: body.valid });
      expect(response.status, body.name).toBeLessThan(300);
      await response.body?.cancel();
    }
    wire.running.router.conformance.assertClean();
  });
});
