/** examples/alert-responder served over HTTP on 127.0.0.1, against the reference router. */
import { createAgents } from "@xerotier/agents";
import { createXerotierClient } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatAction, startAlertResponder } from "../../../examples/alert-responder/main";
import type { ServedHandler } from "../../../examples/alert-responder/serve";
import type { AlertAction } from "../src/alerts";
import { useRouter } from "./support";

const TOKEN = "example-token-0123456789";

describe("examples/alert-responder", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  let served: ServedHandler | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await served?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("receives Alertmanager v4 POSTs with its token: firing triages and pauses, resolved resumes, each action logged with the fingerprint", async () => {
    dir = await mkdtemp(join(tmpdir(), "alert-responder-"));
    const pauseFile = join(dir, "pauses.json");
    const actions: AlertAction[] = [];
    served = await startAlertResponder({ baseUrl: h.baseUrl, apiKey: "xero_demo_admin", project: DEMO.project, port: 0, pause: true, token: TOKEN, pauseFile, onAction: (a) => actions.push(a) });
    const labels = { alertname: "XemToolFailures", project: DEMO.project, workspace: DEMO.workspaces.staging, agent: DEMO.agents.edge03 };
    const body = {
      receiver: "xerotier-bot",
      status: "firing",
      alerts: [{ status: "firing", labels, annotations: {}, startsAt: "2026-11-24T08:55:00Z", endsAt: "0001-01-01T00:00:00Z", generatorURL: "", fingerprint: "3f1b2c" }],
      groupLabels: { alertname: "XemToolFailures" },
      commonLabels: labels,
      commonAnnotations: {},
      externalURL: "http://alertmanager.example:9093",
      version: "4",
      groupKey: '{}:{alertname="XemToolFailures"}',
      truncatedAlerts: 0,
    };
    const headers = { "content-type": "application/json", authorization: `Bearer ${TOKEN}` };
    expect((await fetch(`${served.url}/alerts`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).status).toBe(401);
    const response = await fetch(`${served.url}/alerts`, { method: "POST", headers, body: JSON.stringify(body) });
    expect(response.status).toBe(200);
    expect(actions.map((a) => a.kind)).toEqual(["triaged", "paused"]);
    expect(formatAction(actions[1]!)).toContain(`paused 3f1b2c XemToolFailures ${DEMO.workspaces.staging} ${DEMO.agents.edge03}`);
    const agents = createAgents(createXerotierClient({ baseUrl: h.baseUrl, apiKey: "xero_demo_admin", project: DEMO.project }));
    expect((await agents.get(DEMO.agents.edge03)).paused_workspace_ids).toContain(DEMO.workspaces.staging);
    expect(JSON.parse(await readFile(pauseFile, "utf8")).records).toEqual([expect.objectContaining({ agent: DEMO.agents.edge03, fingerprint: "3f1b2c" })]);

    // The same alert resolved: the example resumes the agent it paused, logged with the fingerprint.
    const resolved = { ...body, status: "resolved", alerts: [{ ...body.alerts[0]!, status: "resolved", endsAt: "2026-11-24T09:10:00Z" }] };
    const answer = await fetch(`${served.url}/alerts`, { method: "POST", headers, body: JSON.stringify(resolved) });
    expect(answer.status).toBe(200);
    expect(actions.map((a) => a.kind)).toEqual(["triaged", "paused", "resumed"]);
    expect(formatAction(actions[2]!)).toContain(`resumed 3f1b2c XemToolFailures ${DEMO.workspaces.staging} ${DEMO.agents.edge03}`);
    const after = await agents.get(DEMO.agents.edge03);
    expect(after.exec_paused || after.paused_workspace_ids.includes(DEMO.workspaces.staging)).toBe(false);
    expect(JSON.parse(await readFile(pauseFile, "utf8")).records).toEqual([]);
    expect((await fetch(`${served.url}/alerts`, { method: "POST", headers, body: "{" })).status).toBe(400);
  });
});
