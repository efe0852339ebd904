import { describe, expect, it } from "vitest";
import { openapiDocument } from "../generated/openapi";
import { assembleRouter } from "../router";
import { componentSchema, validateAt } from "../spec/validator";

// The router's conformance check reads the spec STRICTLY: a frame of a documented event type must
// carry exactly that type's resource, with every decided field and every id pattern.
const example = (name: string) => structuredClone(openapiDocument.components.schemas[name].examples[0]);
const approvalEvent = () => example("ApprovalEvent");
const invocationEvent = () => example("InvocationEvent");
const strictErrors = (value: unknown) => validateAt(componentSchema("EventStreamData"), value);

describe("strict reading of event-stream frames", () => {
  it("accepts each typed example, an undocumented type, stream.reset and stream.open", () => {
    for (const name of ["ApprovalEvent", "InvocationEvent", "AgentStatusEvent", "UnknownEvent", "StreamReset", "StreamOpen"]) {
      expect(strictErrors(example(name)), name).toBeUndefined();
    }
  });

  it("rejects an exec.approved frame carrying an invocation", () => {
    expect(strictErrors({ ...invocationEvent(), type: "exec.approved" })).toBeDefined();
  });

  it("rejects an approval event missing a decided field (escalation_level)", () => {
    const event = approvalEvent();
    delete event.data.escalation_level;
    expect(strictErrors(event)).toBeDefined();
  });

  it("rejects an unknown risk level and a new approval status", () => {
    const risky = approvalEvent();
    risky.data.risk = "critical";
    const fresh = approvalEvent();
    fresh.data.status = "cancelling";
    expect(strictErrors(risky)).toBeDefined();
    expect(strictErrors(fresh)).toBeDefined();
  });

  it("enforces the documented id formats: evt_ on events, UUIDs on approvals", () => {
    expect(strictErrors({ ...approvalEvent(), id: "event-1" })).toBeDefined();
    const event = approvalEvent();
    event.data.id = "apr_1";
    expect(strictErrors(event)).toBeDefined();
  });

  it("records a malformed event of a known type sent by a router", async () => {
    const wrong = JSON.stringify({ ...invocationEvent(), type: "exec.approved" });
    const router = assembleRouter({ clock: "manual", seed: "empty" }, (app) => {
      app.get("/:project/v1/exec/events", () => {
        const frames = `id: evt_1\nevent: exec.approved\ndata: ${wrong}\n\n`;
        return new Response(frames, { headers: { "content-type": "text/event-stream" } });
      });
    });
    const response = await router.fetch("http://router.test/proj_demo/v1/exec/events", { headers: { authorization: "Bearer xero_demo_admin" } });
    await response.text();
    expect(router.conformance.violations).toEqual([
      expect.objectContaining({ kind: "invalid_event", operationId: "streamEvents", message: expect.stringContaining("EventStreamData") }),
    ]);
    await router.close();
  });
});
