// What doctor --record wrote, the reference router replays: the recorded shapes answer the
// requests they match, and the conformance checker reports where they differ from the spec.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createXerotierClient } from "@xerotier/api";
import { createRouter, FixtureError, loadFixtures, startRouter, type RunningRouter } from "@xerotier/testing";
import { probeDeployment, writeFixtures, type RecordedFixture } from "@xerotier/testing/doctor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContractServer } from "./contract-server";

const CLI = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));

describe("replaying recorded fixtures", () => {
  let dir: string;
  let fixtures: RecordedFixture[];
  let approvalId: string;

  beforeAll(async () => {
    // A deployment with a new approval status and a field the spec does not know.
    const server = createContractServer({ rewrite: (schema, item) => (schema === "Approval" ? { ...item, status: "cancelling", tenant: "blue" } : item) });
    const report = await probeDeployment(server.client(), { record: true, streamSeconds: 0.2, secrets: [server.apiKey] });
    fixtures = report.fixtures!;
    approvalId = server.data.approvals[0]!.id as string;
    dir = await mkdtemp(join(tmpdir(), "doctor-replay-"));
    await writeFixtures(join(dir, "prod"), fixtures);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  describe("startRouter({ fixtures: dir })", () => {
    let running: RunningRouter;
    beforeAll(async () => {
      running = await startRouter({ port: 0, seed: "empty", fixtures: join(dir, "prod") });
    });
    afterAll(() => running.close());
    const client = () => createXerotierClient({ baseUrl: running.url, project: "proj_demo", apiKey: "xero_demo_admin", maxRetries: 0 });

    it("answers a recorded request with the recorded body, and reports where it differs from the spec", async () => {
      running.router.conformance.clear();
      const { data } = await client().GET("/v1/exec/approvals");
      expect(data.data).toEqual([expect.objectContaining({ id: approvalId, status: "cancelling", tenant: "blue" })]);
      expect(running.router.conformance.violations).toEqual([expect.objectContaining({ kind: "invalid_body", operationId: "listApprovals" })]);
    });

    it("answers a show by its recorded path", async () => {
      running.router.conformance.clear();
      const { data } = await client().GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: approvalId } } });
      expect(data).toMatchObject({ id: approvalId, status: "cancelling" });
      running.router.conformance.clear();
    });

    it("replays the recorded event stream", async () => {
      const response = await client().fetch("/v1/exec/events", { headers: { accept: "text/event-stream" } });
      const text = await response.text();
      expect(text).toMatch(/^id: evt_\w+\nevent: stream\.open\n/);
      expect(text).toBe(fixtures.find((f) => f.operationId === "streamEvents")!.response.events);
      running.router.conformance.assertClean();
    });

    it("leaves what was not recorded to the router's world", async () => {
      const other = "7d3b5e2a-0000-4000-8000-000000000000";
      await expect(client().GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: other } } })).rejects.toMatchObject({ status: 404, code: "approval_not_found" });
      running.router.conformance.assertClean();
    });
  });

  it("createRouter({ fixtures: await loadFixtures(dir) }) replays in-process", async () => {
    const router = createRouter({ seed: "empty", fixtures: await loadFixtures(join(dir, "prod")) });
    const client = createXerotierClient({ fetch: router.fetch, baseUrl: "http://router.test", project: "proj_demo", apiKey: "xero_demo_admin" });
    const { data } = await client.GET("/v1/management/agents");
    expect(data).toEqual(fixtures.find((f) => f.operationId === "listAgents")!.response.body);
    router.conformance.assertClean();
    await router.close();
  });

  it("refuses what is not a fixture directory, naming the file", async () => {
    await expect(loadFixtures(join(dir, "absent"))).rejects.toThrow(FixtureError);
    const odd = join(dir, "odd");
    await mkdir(odd);
    await writeFile(join(odd, "001-listTools.json"), JSON.stringify({ format: "xerotier-fixture/1", operationId: "listTools", request: { method: "GET", path: "/etc/passwd" }, response: { status: 200, headers: {} } }));
    await expect(loadFixtures(odd)).rejects.toThrow(/001-listTools\.json is not a xerotier-fixture\/1 fixture: "request.path" must start with \/v1\//);
  });

  it("never records into a directory that holds files", async () => {
    await expect(writeFixtures(join(dir, "prod"), fixtures)).rejects.toThrow(/is not empty/);
  });

  it("xerotier-router --fixtures <dir> replays them", { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "--port", "0", "--seed", "empty", "--quiet", "--fixtures", join(dir, "prod")], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.once("exit", () => reject(new Error(`exited early: ${out}`)));
      });
      const response = await fetch(`${url}/proj_demo/v1/exec/approvals`, { headers: { authorization: "Bearer xero_demo_admin" } });
      expect(((await response.json()) as { data: Array<{ status: string }> }).data[0]!.status).toBe("cancelling");
    } finally {
      child.kill("SIGTERM");
    }
  });
});
