import fc from "fast-check";
import { probeDeployment } from "@xerotier/testing/doctor";
import { describe, expect, it } from "vitest";
import { validateAt } from "../../src/spec/validator";
import { declaredResponse } from "../../src/spec/operations";
import { componentSchema, responseSchema, specOperationsById, type SchemaNode } from "../../src/doctor/spec-schemas";
import { readStrictly } from "../../src/doctor/strict-reading";
import { createContractServer } from "./contract-server";
import { arbitraryOf } from "./schema-arbitrary";

// Whatever a server sends that the spec allows, the doctor reports nothing: no false drift.
// Generated values are first checked with the router's own validator (Ajv over the spec), so
// the generator cannot hide a false drift behind an invalid value.

/** Every 2xx JSON answer the spec declares, with its JSON pointer for Ajv. */
function successSchemas(): Array<{ name: string; schema: SchemaNode; pointer: string }> {
  const found: Array<{ name: string; schema: SchemaNode; pointer: string }> = [];
  for (const [operationId, operation] of specOperationsById()) {
    for (const status of operation.responses.keys()) {
      if (!status.startsWith("2")) continue;
      const pointer = declaredResponse(operation, Number(status))?.content.get("application/json");
      const { schema } = responseSchema(operation, Number(status));
      if (pointer !== undefined && schema) found.push({ name: `${operationId} ${status}`, schema, pointer });
    }
  }
  const events = ["ApprovalEvent", "InvocationEvent", "AgentStatusEvent", "StreamOpen", "StreamReset"];
  return [...found, ...events.map((name) => ({ name, schema: componentSchema(name), pointer: `/components/schemas/${name}` }))];
}

describe("no false drift", () => {
  it.each(successSchemas().map((s) => [s.name, s] as const))("in any valid answer of %s", (_name, { schema, pointer }) => {
    fc.assert(
      fc.property(arbitraryOf(schema), (value) => {
        expect(validateAt(pointer, value)).toBeUndefined();
        expect(readStrictly(schema, value)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("from a server answering random valid data on every route", { timeout: 60_000 }, async () => {
    const items = (name: string) => fc.array(arbitraryOf(componentSchema(name)), { minLength: 1, maxLength: 3 }) as fc.Arbitrary<Array<Record<string, unknown>>>;
    const events = fc.uniqueArray(arbitraryOf(componentSchema("Event")) as fc.Arbitrary<Record<string, unknown>>, { minLength: 2, maxLength: 5, selector: (e) => e.id });
    const world = fc.record({
      tools: items("Tool"),
      invocations: items("Invocation"),
      outputs: items("InvocationOutput"),
      artifact: arbitraryOf(componentSchema("ArtifactContent")) as fc.Arbitrary<Record<string, unknown>>,
      approvals: items("Approval"),
      agents: items("Agent"),
      agentEvents: items("AgentLifecycleEvent"),
      joinKeys: items("JoinKey"),
      workspaces: items("Workspace"),
      bindings: items("WorkspaceBinding"),
      events,
    });
    await fc.assert(
      fc.asyncProperty(world, async ({ events: all, outputs, invocations, ...rest }) => {
        // Each invocation has its output, so showing it is never a 404.
        const linked = invocations.map((invocation, i) => ({ ...outputs[i % outputs.length], invocation_id: invocation.id }));
        const server = createContractServer({ data: { ...rest, invocations, outputs: linked, events: all.slice(0, -1), live: all.slice(-1) } });
        const report = await probeDeployment(server.client(), { streamSeconds: 0.2 });
        const findings = [...report.operations.flatMap((o) => o.findings.map((f) => ({ at: o.operationId, ...f }))), ...report.wire.flatMap((w) => w.findings)];
        expect(findings, JSON.stringify(findings)).toEqual([]);
        const failed = report.operations.filter((o) => o.outcome === "failed");
        expect(failed, JSON.stringify(failed)).toEqual([]);
        expect(report.verdict.ok).toBe(true);
      }),
      // Each run is a whole probe (about a second): a failure is reported as found, not shrunk.
      { numRuns: 5, endOnFailure: true },
    );
  });
});
