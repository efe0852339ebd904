import { APIUserAbortError, AuthenticationError, createXerotierClient, type XerotierClient } from "@xerotier/api";
import { createRouter, DEMO, type Router } from "@xerotier/testing";
import { probeDeployment, type DoctorReport } from "@xerotier/testing/doctor";
import { afterEach, describe, expect, it } from "vitest";

// The reference router implements the spec, so the doctor must find nothing there: every probed
// operation conforms and every wire check passes (or could not be made, saying why).
const routers: Router[] = [];
afterEach(async () => {
  for (const router of routers.splice(0)) {
    router.conformance.assertClean();
    await router.close();
  }
});

function demo(apiKey = "xero_demo_admin"): { router: Router; client: XerotierClient } {
  const router = createRouter({ keepAliveMs: 50, rateLimit: false });
  routers.push(router);
  return { router, client: createXerotierClient({ fetch: router.fetch, baseUrl: "http://router.test", project: DEMO.project, apiKey }) };
}

const joinKeys = (router: Router) => router.world.joinKeys.list({ limit: 100 }).data;
const invocations = (router: Router) => router.world.invocations.list({ limit: 100 }).data;
const outcome = (report: DoctorReport, id: string) => [...report.operations, ...report.wire.map((w) => ({ ...w, operationId: w.check }))].find((o) => o.operationId === id)?.outcome;
const allFindings = (report: DoctorReport) => [...report.operations.flatMap((o) => o.findings), ...report.wire.flatMap((w) => w.findings)];

describe("doctor against the reference router", () => {
  it("reads every list and show, and reports nothing", async () => {
    const { client } = demo();
    const report = await probeDeployment(client, { streamSeconds: 0.3 });
    expect(allFindings(report)).toEqual([]);
    expect(report.verdict).toEqual({ ok: true, summary: expect.stringMatching(/^OK: every answer of the \d+ operations probed conforms/) });
    const reads = report.operations.filter((o) => o.method === "GET");
    expect(reads.map((o) => [o.operationId, o.outcome])).toEqual(reads.map((o) => [o.operationId, "conforms"]));
    expect(report.wire.map((w) => [w.check, w.outcome])).toEqual([
      ["request_id", "conforms"],
      ["error_envelope", "conforms"],
      ["rate_limit", "not_probed"],
      ["stream_open", "conforms"],
      ["keep_alive", "conforms"],
      ["last_event_id", "conforms"],
    ]);
    expect(report).toMatchObject({ wrote: false, leftovers: [], target: { baseUrl: "http://router.test/proj_demo", project: DEMO.project } });
    expect(report.fixtures).toBeUndefined();
  });

  it("writes nothing unless asked: every write is reported not probed, with why", async () => {
    const { router, client } = demo();
    const keys = joinKeys(router).length;
    const report = await probeDeployment(client, { streamSeconds: 0.2 });
    expect(joinKeys(router)).toHaveLength(keys);
    const writes = report.operations.filter((o) => o.method !== "GET");
    expect(writes.every((o) => o.outcome === "not_probed" && o.calls === 0)).toBe(true);
    expect(report.operations.find((o) => o.operationId === "createJoinKey")!.detail).toBe("a write: run with --write (write: true)");
    expect(report.operations.find((o) => o.operationId === "approveApproval")!.detail).toBe("a write the doctor never makes");
  });

  it("with write: creates a join key and revokes it, and invokes the read-only tool that takes no argument", async () => {
    const { router, client } = demo();
    router.agents.enroll({
      joinKey: DEMO.activeJoinKeySecret,
      registrationName: "doctor-lab",
      workspaceIds: [DEMO.workspaces.staging],
      tools: [{ name: "cluster_info", description: "Cluster version.", risk: "read", domain: "kubernetes", timeout_ms: 10_000, parameters: { type: "object", properties: {} } }],
    });
    const before = new Set(joinKeys(router).map((k) => k.id));
    const report = await probeDeployment(client, { streamSeconds: 0.2, write: true, workspaceId: DEMO.workspaces.staging });
    expect(allFindings(report)).toEqual([]);
    expect(report.leftovers).toEqual([]);
    const minted = joinKeys(router).filter((k) => !before.has(k.id));
    expect(minted).toEqual([expect.objectContaining({ name: expect.stringMatching(/^xeroctl-doctor-/), status: "revoked" })]);
    const invoked = invocations(router).filter((i) => i.tool_name === "cluster_info");
    expect(invoked).toEqual([expect.objectContaining({ workspace_id: DEMO.workspaces.staging, arguments: {} })]);
    for (const id of ["createJoinKey", "revokeJoinKey", "createInvocation"]) expect(outcome(report, id)).toBe("conforms");
    expect(report.wrote).toBe(true);
  });

  it("with write but no tool fit to invoke: invokes nothing (kubectl_get requires an argument)", async () => {
    const { router, client } = demo();
    const before = invocations(router).length;
    const report = await probeDeployment(client, { streamSeconds: 0.2, write: true, workspaceId: DEMO.workspaces.prod });
    expect(invocations(router)).toHaveLength(before);
    expect(report.operations.find((o) => o.operationId === "createInvocation")).toMatchObject({ outcome: "not_probed", detail: `no tool of risk "read" without required arguments in ${DEMO.workspaces.prod}` });
  });

  it("reports what the key's scopes do not allow, without calling the shows of a list it may not read", async () => {
    const { client } = demo("xero_demo_readonly");
    const report = await probeDeployment(client, { streamSeconds: 0.2 });
    expect(outcome(report, "listWorkspaces")).toBe("conforms");
    for (const id of ["listApprovals", "getApproval", "listAgents", "getAgent", "streamEvents"]) expect(outcome(report, id)).toBe("not_allowed");
    expect(report.operations.find((o) => o.operationId === "getApproval")).toMatchObject({ calls: 0, detail: "not allowed for this key (scope_insufficient)" });
    expect(outcome(report, "stream_open")).toBe("not_probed");
    expect(report.verdict.ok).toBe(true);
  });

  it("stays within its request budget and reports the rest as not probed", async () => {
    const { client } = demo();
    const report = await probeDeployment(client, { streamSeconds: 0.2, maxRequests: 4 });
    expect(report.requests).toBe(4);
    expect(report.operations.filter((o) => o.outcome === "not_probed" && o.detail === "the request budget (4 requests) is spent").length).toBeGreaterThan(5);
    expect(report.verdict.ok).toBe(true);
  });

  it("rejects at once when the key is refused", async () => {
    const { client } = demo("xero_not_a_key_at_all");
    await expect(probeDeployment(client, { streamSeconds: 0.2 })).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("stops when its signal aborts", async () => {
    const { client } = demo();
    const controller = new AbortController();
    const probing = probeDeployment(client, { streamSeconds: 5, signal: controller.signal, onStep: (step) => step === "streamEvents" && controller.abort() });
    await expect(probing).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("refuses out-of-bound options before any request", async () => {
    const { client } = demo();
    await expect(probeDeployment(client, { streamSeconds: 0 })).rejects.toThrow(RangeError);
    await expect(probeDeployment(client, { maxRequests: 5000 })).rejects.toThrow("maxRequests");
    await expect(probeDeployment(client, { pageSize: 101 })).rejects.toThrow("pageSize");
  });
});
