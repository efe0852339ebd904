// Extended suite (run by .ci/run after installing Debian's prometheus-alertmanager; not part of
// `pnpm test`): a real Alertmanager posts its webhook to the alert responder example, sending the
// responder's bearer token through the receiver's `http_config` as an operator would configure it.
import { DEMO, startRouter, type RunningRouter } from "@xerotier/testing";
import { createAgents } from "@xerotier/agents";
import { createXerotierClient } from "@xerotier/api";
import type { AlertAction } from "@xerotier/exec/alerts";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAlertResponder } from "../../examples/alert-responder/main";
import type { ServedHandler } from "../../examples/alert-responder/serve";

const BINARY = process.env.ALERTMANAGER_BIN ?? "/usr/bin/prometheus-alertmanager";
const LABELS = { alertname: "XemToolFailures", project: DEMO.project, workspace: DEMO.workspaces.staging, agent: DEMO.agents.edge03 };
const TOKEN = "alertmanager-extended-token-0123456789";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls `check` every 100 ms, at most `tries` times. */
async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, tries = 300): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("a real Alertmanager posting to the alert responder", () => {
  let router: RunningRouter;
  let served: ServedHandler;
  let alertmanager: ChildProcess;
  let dir: string;
  let amUrl: string;
  const actions: AlertAction[] = [];
  const stderr: string[] = [];

  beforeAll(async () => {
    // This suite exists to exercise the real binary: its absence is a failure, not a skip.
    if (!existsSync(BINARY)) throw new Error(`${BINARY} not found: apt-get install -y prometheus-alertmanager`);
    router = await startRouter({ port: 0, host: "127.0.0.1", seed: "demo", rateLimit: false });
    dir = await mkdtemp(join(tmpdir(), "alertmanager-"));
    served = await startAlertResponder({ baseUrl: router.url, apiKey: "xero_demo_admin", project: DEMO.project, port: 0, pause: true, token: TOKEN, pauseFile: join(dir, "pauses.json"), onAction: (a) => actions.push(a) });
    const config = [
      "route:",
      "  receiver: xerotier-bot",
      "  group_by: [alertname, workspace, agent]",
      "  group_wait: 0s",
      "  group_interval: 1s",
      "  repeat_interval: 1h",
      "receivers:",
      "  - name: xerotier-bot",
      "    webhook_configs:",
      `      - url: ${served.url}/alerts`,
      "        send_resolved: true",
      "        max_alerts: 50", // the responder's maxAlertsPerPayload: a larger group would be refused whole
      "        http_config:",
      "          authorization:",
      "            type: Bearer",
      `            credentials: ${TOKEN}`,
    ].join("\n");
    await writeFile(join(dir, "alertmanager.yml"), config);
    const port = await freePort();
    amUrl = `http://127.0.0.1:${port}`;
    alertmanager = spawn(BINARY, [`--config.file=${join(dir, "alertmanager.yml")}`, `--storage.path=${dir}`, `--web.listen-address=127.0.0.1:${port}`, "--cluster.listen-address="], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    alertmanager.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
    await until("Alertmanager to be ready", async () => ((await fetch(`${amUrl}/-/ready`).catch(() => undefined))?.ok ? true : undefined));
  }, 60_000);

  afterAll(async () => {
    alertmanager?.kill("SIGTERM");
    await served?.close();
    await router?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const postAlert = async (endsAt?: string) => {
    const body = [{ labels: LABELS, annotations: { summary: "tool calls failing" }, startsAt: new Date(Date.now() - 60_000).toISOString(), ...(endsAt ? { endsAt } : {}) }];
    const response = await fetch(`${amUrl}/api/v2/alerts`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status, stderr.join("")).toBe(200);
  };

  it("a firing alert is triaged and pauses the agent; its resolution resumes it; every action carries Alertmanager's fingerprint", async () => {
    const agents = createAgents(createXerotierClient({ baseUrl: router.url, apiKey: "xero_demo_admin", project: DEMO.project }));
    await postAlert();
    const fingerprint = await until("Alertmanager to list the alert", async () => {
      const listed = (await (await fetch(`${amUrl}/api/v2/alerts`)).json()) as Array<{ fingerprint: string }>;
      return listed[0]?.fingerprint;
    });
    await until("the pause", () => actions.find((a) => a.kind === "paused"));
    expect(actions.slice(0, 2).map((a) => [a.kind, a.fingerprint, a.status])).toEqual([
      ["triaged", fingerprint, "firing"],
      ["paused", fingerprint, "firing"],
    ]);
    expect(actions[0]!.report?.target).toMatchObject({ workspace: DEMO.workspaces.staging, agent: DEMO.agents.edge03 });
    expect((await agents.get(DEMO.agents.edge03)).paused_workspace_ids).toContain(DEMO.workspaces.staging);

    await postAlert(new Date(Date.now() - 1000).toISOString());
    const resumed = await until("the resume", () => actions.find((a) => a.kind === "resumed"));
    expect(resumed).toMatchObject({ fingerprint, status: "resolved", agent: DEMO.agents.edge03 });
    expect((await agents.get(DEMO.agents.edge03)).paused_workspace_ids).not.toContain(DEMO.workspaces.staging);
  }, 60_000);
});
