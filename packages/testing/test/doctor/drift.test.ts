import type { DoctorReport, Finding } from "@xerotier/testing/doctor";
import { probeDeployment } from "@xerotier/testing/doctor";
import { createXerotierClient } from "@xerotier/api";
import { describe, expect, it } from "vitest";
import { onFakeClock } from "../../../../test/support/fake-clock";
import { createContractServer, type ContractServer, type ContractServerOptions } from "./contract-server";

// A server written from the contract, with one known drift at a time: the doctor reports exactly
// that drift, at its JSON path, and says whether the SDK depends on it.
async function doctor(options: ContractServerOptions = {}): Promise<DoctorReport> {
  const server = createContractServer(options);
  return onFakeClock(() => probeDeployment(server.client(), { streamSeconds: 0.3 }));
}

/** The doctor against the contract server seen through `answer` (a proxy that changes what it sends). */
async function doctorBehind(answer: (server: ContractServer, request: Request) => Promise<Response>): Promise<DoctorReport> {
  const server = createContractServer();
  const client = createXerotierClient({ fetch: (request) => answer(server, request), baseUrl: "http://contract.test", project: "proj_contract", apiKey: server.apiKey, maxRetries: 0 });
  return onFakeClock(() => probeDeployment(client, { streamSeconds: 0.3 }));
}

/** A proxy answering the first list of tools with a 429 carrying `headers`, then passing everything. */
function rateLimitedOnce(headers: Record<string, string>): (server: ContractServer, request: Request) => Promise<Response> {
  let limited = false;
  return async (server, request) => {
    if (limited || !request.url.includes("/v1/exec/tools?")) return server.fetch(request);
    limited = true;
    const body = { error: { message: "Slow down.", type: "rate_limit_error", code: "rate_limit_exceeded", param: null, retry_after: 0 } };
    return new Response(JSON.stringify(body), { status: 429, headers: { "content-type": "application/json", "x-request-id": "req_429", ...headers } });
  };
}

/** Every finding of the report as `where path kind sdk`, one string each. */
function findings(report: DoctorReport): string[] {
  const line = (where: string, f: Finding) => `${f.context ?? where} ${f.path} ${f.kind} ${f.sdkDepends ? "depends" : "tolerates"}`;
  return [...report.operations.flatMap((o) => o.findings.map((f) => line(o.operationId, f))), ...report.wire.flatMap((w) => w.findings.map((f) => line(w.check, f)))];
}

const outcomes = (report: DoctorReport) => Object.fromEntries([...report.operations.map((o) => [o.operationId, o.outcome]), ...report.wire.map((w) => [w.check, w.outcome])]);

describe("doctor against a server written from the contract", () => {
  it("finds nothing when the server follows the spec", async () => {
    const report = await doctor();
    expect(findings(report)).toEqual([]);
    expect(report.verdict).toEqual({ ok: true, summary: expect.stringMatching(/^OK: every answer/) });
    expect(outcomes(report)).toMatchObject({
      getHealth: "conforms",
      listApprovals: "conforms",
      getApproval: "conforms",
      getChatArtifact: "conforms",
      streamEvents: "conforms",
      approveApproval: "not_probed",
      request_id: "conforms",
      error_envelope: "conforms",
      rate_limit: "not_probed",
      stream_open: "conforms",
      keep_alive: "conforms",
      last_event_id: "conforms",
    });
  });

  it("a required field missing: reported where it is missing, tolerated when the SDK does not need it", async () => {
    const report = await doctor({ rewrite: (schema, item) => (schema === "Approval" ? (delete item.risk, item) : item) });
    expect(findings(report)).toEqual(["listApprovals $.data[].risk missing tolerates", "getApproval $.risk missing tolerates"]);
    expect(report.verdict.ok).toBe(true);
  });

  it("a required field the SDK needs missing: the verdict fails and names it", async () => {
    const report = await doctor({ rewrite: (schema, item) => (schema === "Approval" ? (delete item.status, item) : item) });
    expect(findings(report)).toEqual(["listApprovals $.data[].status missing depends", "getApproval $.status missing depends"]);
    expect(report.verdict.ok).toBe(false);
    expect(report.verdict.summary).toContain("listApprovals $.data[].status (missing)");
  });

  it("an unknown enum value: drift the SDK tolerates", async () => {
    const report = await doctor({ rewrite: (schema, item) => (schema === "Agent" ? { ...item, status: "draining" } : item) });
    expect(findings(report)).toEqual(["listAgents $.data[].status unknown_value tolerates", "getAgent $.status unknown_value tolerates"]);
    const agent = report.operations.find((o) => o.operationId === "getAgent")!.findings[0]!;
    expect(agent).toMatchObject({ expected: "one of pending, healthy, degraded, offline", received: '"draining"', count: 1 });
    expect(report.verdict.ok).toBe(true);
  });

  it("no stream.open frame: the stream_open check fails", async () => {
    const report = await doctor({ streamOpen: false });
    expect(findings(report)).toEqual(["stream_open first frame behaviour depends"]);
    expect(report.wire.find((w) => w.check === "stream_open")!.detail).toContain("expected event: stream.open, got event: exec.agent_offline");
    expect(report.verdict.ok).toBe(false);
  });

  it("Last-Event-ID ignored: the last_event_id check fails", async () => {
    const report = await doctor({ honourLastEventId: false });
    expect(findings(report)).toEqual(["last_event_id Last-Event-ID behaviour depends"]);
    expect(outcomes(report)).toMatchObject({ stream_open: "conforms", last_event_id: "differs" });
    expect(report.verdict.ok).toBe(false);
  });

  it("a different error envelope: each made-up id's 404 is reported, the SDK depends on it", async () => {
    const report = await doctor({ errorBody: (code, message) => ({ message, status: "error", reason: code }) });
    const shows = ["getTool", "getInvocation", "getApproval", "getAgent", "getJoinKey", "getWorkspace"];
    expect(findings(report)).toEqual(shows.map((show) => `${show}: 404 of a made-up id $.error behaviour depends`));
    expect(report.wire.find((w) => w.check === "error_envelope")!.findings[0]).toMatchObject({ received: expect.stringContaining("not an envelope") });
    expect(report.verdict.ok).toBe(false);
  });

  it("an envelope without a code: drift the SDK tolerates (it falls back to the type and status)", async () => {
    const report = await doctor({ errorBody: (_code, message) => ({ error: { message, type: "invalid_request_error", code: null, param: null } }) });
    expect(findings(report)).toHaveLength(6);
    expect(new Set(findings(report).map((f) => f.split(" ").slice(-3).join(" ")))).toEqual(new Set(["$.error.code missing tolerates"]));
    expect(report.verdict.ok).toBe(true);
  });

  it("answers without x-request-id: the request_id check fails", async () => {
    const report = await doctorBehind(async (server, request) => {
      const response = await server.fetch(request);
      const headers = new Headers(response.headers);
      headers.delete("x-request-id");
      return new Response(response.body, { status: response.status, headers });
    });
    const check = report.wire.find((w) => w.check === "request_id")!;
    expect(check.outcome).toBe("differs");
    expect(check.findings.every((f) => f.sdkDepends && f.path === "header x-request-id")).toBe(true);
    expect(report.verdict.ok).toBe(false);
  });

  it("a 429 with Retry-After and the rate-limit headers: checked, waited out, and the list still probed", async () => {
    const report = await doctorBehind(rateLimitedOnce({ "retry-after": "0", "x-ratelimit-limit": "600", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "0" }));
    expect(outcomes(report)).toMatchObject({ rate_limit: "conforms", listTools: "conforms" });
    expect(findings(report)).toEqual([]);
  });

  it("a 429 without Retry-After: the SDK cannot know how long to wait", async () => {
    const report = await doctorBehind(rateLimitedOnce({}));
    expect(findings(report)).toEqual([
      "rate_limit header retry-after behaviour depends",
      "rate_limit header x-ratelimit-limit behaviour tolerates",
      "rate_limit header x-ratelimit-remaining behaviour tolerates",
      "rate_limit header x-ratelimit-reset behaviour tolerates",
    ]);
    expect(report.verdict.ok).toBe(false);
  });

  it("a list that never answers: the time budget ends the probe, and what is left is reported as not probed", async () => {
    const hang = (server: ContractServer, request: Request) =>
      request.url.includes("/v1/management/agents?")
        ? new Promise<Response>((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }))
        : server.fetch(request);
    const server = createContractServer();
    const client = createXerotierClient({ fetch: (request) => hang(server, request), baseUrl: "http://contract.test", project: "proj_contract", apiKey: server.apiKey, maxRetries: 0 });
    const report = await onFakeClock(() => probeDeployment(client, { streamSeconds: 0.3, timeoutMs: 400 }));
    expect(outcomes(report)).toMatchObject({ listApprovals: "conforms", listAgents: "not_probed", listWorkspaces: "not_probed", stream_open: "not_probed" });
    expect(report.operations.find((o) => o.operationId === "listWorkspaces")!.detail).toBe("the time budget (0.4 s) is spent");
  });
});
