// A deployment that echoes secrets everywhere: none reaches a recorded fixture, a fixture file or
// the report, yet every fixture keeps its shape (a redacted value is still a string).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { probeDeployment, writeFixtures, type DoctorReport } from "@xerotier/testing/doctor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContractServer, exampleData } from "./contract-server";

const KEY = "xero_contract_AbC+dEf/GhI=jKlMnOp";
const JOIN_KEY_SECRET = "jk_live_S3cr3tJoinKeyValue99";
// Fragments that must appear nowhere: each part of the key (a pattern would stop at + / =), and every other secret.
const FRAGMENTS = ["AbC", "dEf", "GhI", "jKlMnOp", "S3cr3tJoinKeyValue99", "hunter2hunter2", "tok_live_abcdefgh1234", "s3ss10nC00kie", "alice@example.com", "bob@example.com", "ops-lead@example.com"];

function echoingServer() {
  const data = exampleData();
  const approvalEvent = data.events[0]!;
  const leaked = { ...(approvalEvent.data as Record<string, unknown>), prompt: `use Bearer ${KEY} now`, decided_by: "user:bob@example.com" };
  return createContractServer({
    apiKey: KEY,
    joinKeySecret: JOIN_KEY_SECRET,
    headers: { "x-debug-authorization-echo": `Bearer ${KEY}`, "x-debug-key": KEY, link: `<https://x.test/?k=${KEY}>`, "set-cookie": "session=s3ss10nC00kie", "x-owner": "ops-lead@example.com" },
    errorBody: (code, message) => ({ error: { message: `${message} (key ${KEY})`, type: "invalid_request_error", code, param: `api_key=${KEY}` } }),
    rewrite: (schema, item) =>
      schema === "Approval"
        ? { ...item, prompt: `Drain with ${KEY}`, decided_by: "user:alice@example.com", tool_call: { name: "kubectl_drain", arguments: { password: "hunter2hunter2", token: "tok_live_abcdefgh1234" } } }
        : item,
    data: { live: [{ ...approvalEvent, id: "evt_live_1", data: leaked }] },
  });
}

describe("doctor --record keeps no secret", () => {
  let report: DoctorReport;
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    const server = echoingServer();
    report = await probeDeployment(server.client(), { record: true, write: true, workspaceId: "ws_8f2c1a04b9e7", secrets: [KEY], streamSeconds: 0.3 });
    dir = await mkdtemp(join(tmpdir(), "doctor-secrets-"));
    await writeFixtures(join(dir, "fixtures"), report.fixtures ?? []);
    files = await Promise.all((await readdir(join(dir, "fixtures"))).map((name) => readFile(join(dir, "fixtures", name), "utf8")));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("recorded every answer, the writes and the stream included", () => {
    const operations = new Set(report.fixtures!.map((f) => f.operationId));
    for (const id of ["getHealth", "listApprovals", "getApproval", "createJoinKey", "revokeJoinKey", "createInvocation", "streamEvents"]) expect(operations).toContain(id);
    expect(files).toHaveLength(report.fixtures!.length);
  });

  it("leaves no fragment of any secret in the fixtures, the files or the report", () => {
    const { fixtures, ...rest } = report;
    for (const text of [JSON.stringify(fixtures), JSON.stringify(rest), ...files]) {
      for (const fragment of FRAGMENTS) expect(text).not.toContain(fragment);
    }
  });

  it("keeps each redacted value a string, so a fixture reads as the same schema", () => {
    const minted = report.fixtures!.find((f) => f.operationId === "createJoinKey")!;
    expect(minted.response.body).toMatchObject({ id: expect.stringMatching(/^jk_/), key: "[REDACTED]" });
    const approval = report.fixtures!.find((f) => f.operationId === "getApproval" && f.response.status === 200)!;
    expect(approval.response.body).toMatchObject({ decided_by: "user:[REDACTED]", tool_call: { arguments: { password: "[REDACTED]", token: "[REDACTED]" } } });
    const stream = report.fixtures!.find((f) => f.operationId === "streamEvents")!;
    expect(stream.response.events).toContain("event: stream.open");
    expect(stream.response.events).toContain('"prompt":"use Bearer [REDACTED] now"');
  });

  it("redacts credential headers and echoed values in the others", () => {
    const headers = report.fixtures!.find((f) => f.operationId === "listApprovals")!.response.headers;
    expect(headers).toMatchObject({ "x-debug-authorization-echo": "Bearer [REDACTED]", "x-debug-key": "[REDACTED]", link: "<https://x.test/?k=[REDACTED]>", "set-cookie": "[REDACTED]", "x-owner": "[REDACTED]" });
  });

  it("keeps an error answer as the SDK read it, redacted", () => {
    const missing = report.fixtures!.find((f) => f.operationId === "getAgent" && f.response.status === 404)!;
    expect(missing.response.body).toEqual({ error: { message: expect.stringContaining("[REDACTED]"), type: "invalid_request_error", code: "agent_not_found", param: "api_key=[REDACTED]" } });
    expect(missing.note).toContain("as the SDK read it");
  });
});
