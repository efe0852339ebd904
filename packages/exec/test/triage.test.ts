import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { alertTargets, createExec, ExecInputError } from "../src/index";
import { useRouter } from "./support";

const { workspaces: WS, agents: AG, invocations: INV } = DEMO;

/** An Alertmanager v4 webhook payload as Prometheus would send it. */
const payload = (labels: Record<string, string>) => ({
  version: "4",
  status: "firing",
  receiver: "xerotier-bot",
  groupLabels: { alertname: "XemToolFailures" },
  commonLabels: { alertname: "XemToolFailures", severity: "page" },
  alerts: [{ status: "firing", labels: { alertname: "XemToolFailures", ...labels } as Record<string, string>, annotations: { summary: "tool calls failing" }, startsAt: "2026-11-24T08:55:00Z" }],
});

describe("triageAlert", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("finds the most recent failure, the agent's state and the error codes from an Alertmanager payload", async () => {
    const report = await createExec(h.client()).triageAlert(payload({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 }));
    expect(report.target).toEqual({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03, alertName: "XemToolFailures", status: "firing" });
    expect(report.latestFailure).toMatchObject({ id: INV.failed, status: "failed" });
    expect(report.latestFailureOutput?.stderr).toContain("not found");
    expect(report.agent).toMatchObject({ id: AG.edge03, status: "healthy", execPaused: false, pausedInWorkspace: false, boundToWorkspace: true });
    expect(report.errorCodes).toEqual(["non_zero_exit"]);
    expect(report.apiErrors).toEqual([]);
    expect(report.paused).toBeUndefined();
    expect(report.warnings).toEqual([]);
    expect(report.requestIds.length).toBeGreaterThan(0);
  });

  it("accepts a plain label object and counts timeouts as failures", async () => {
    const report = await createExec(h.client()).triageAlert({ project: DEMO.project, workspace: WS.prod, agent: AG.fleet01 });
    expect(report.latestFailure).toMatchObject({ id: INV.timeout, status: "timeout" });
    expect(report.invocationErrorCodes).toEqual(["tool_timeout"]);
  });

  it("picks the newest of several failures", async () => {
    const exec = createExec(h.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: DEMO.tools.failing, arguments: { deployment: "cart" } });
    h.router.clock.advance(5_000);
    const report = await exec.triageAlert({ project: DEMO.project, workspace: WS.staging, agent: h.router.world.invocations.get(inv.id).agent_id! });
    expect(report.latestFailure?.id).toBe(inv.id);
  });

  it("pause: true pauses the agent's executor and reports the state after the pause", async () => {
    const report = await createExec(h.client()).triageAlert(payload({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 }), { pause: true });
    expect(report.paused).toMatchObject({ ok: true, scope: "agent", agent: { exec_paused: true } });
    expect(report.agent).toMatchObject({ execPaused: true, pausedInWorkspace: true });
    expect(h.router.world.agents.get(AG.edge03).exec_paused).toBe(true);
  });

  it("pauseScope: 'workspace' pauses only the alert's workspace", async () => {
    await createExec(h.client()).triageAlert({ project: DEMO.project, workspace: WS.staging, agent: AG.fleet01 }, { pause: true, pauseScope: "workspace" });
    expect(h.router.world.agents.get(AG.fleet01)).toMatchObject({ exec_paused: false, paused_workspace_ids: [WS.staging] });
  });

  it("reports API error codes instead of throwing: an unknown agent", async () => {
    const report = await createExec(h.client()).triageAlert({ project: DEMO.project, workspace: WS.staging, agent: "agt_gone" }, { pause: true });
    expect(report.agent).toBeNull();
    expect(report.latestFailure).toBeNull();
    expect(report.paused).toMatchObject({ ok: false, error: { status: 404, code: "agent_not_found", requestId: expect.any(String) } });
    expect(report.errorCodes).toEqual(["agent_not_found"]);
  });

  it("reports scope_insufficient when the bot's key lacks scopes", async () => {
    const report = await createExec(h.client("xero_demo_readonly")).triageAlert({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 }, { pause: true });
    expect(report.errorCodes).toContain("scope_insufficient");
    expect(report.paused?.ok).toBe(false);
    expect(report.apiErrors.every((e) => typeof e.requestId === "string")).toBe(true);
  });

  it("warns when the alert names another project than the client's", async () => {
    const report = await createExec(h.client()).triageAlert({ project: "proj_other", workspace: WS.staging, agent: AG.edge03 });
    expect(report.warnings).toEqual([expect.stringContaining("proj_other")]);
  });

  it("rejects input without the three labels, before any request", async () => {
    const exec = createExec(h.client());
    await expect(exec.triageAlert({ project: DEMO.project, workspace: WS.staging })).rejects.toBeInstanceOf(ExecInputError);
    await expect(exec.triageAlert({ alerts: [] })).rejects.toBeInstanceOf(ExecInputError);
    await expect(exec.triageAlert(null as unknown as Record<string, string>)).rejects.toBeInstanceOf(ExecInputError);
  });

  it("triageAlerts() reports each distinct target of a grouped payload", async () => {
    const grouped = payload({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 });
    grouped.alerts.push({ ...grouped.alerts[0]!, labels: { alertname: "XemToolFailures", project: DEMO.project, workspace: WS.prod, agent: AG.fleet01 } });
    grouped.alerts.push(grouped.alerts[0]!);
    const reports = await createExec(h.client()).triageAlerts(grouped);
    expect(reports.map((r) => r.target.agent)).toEqual([AG.edge03, AG.fleet01]);
  });
});

describe("alertTargets", () => {
  it("merges commonLabels into each alert's labels", () => {
    const targets = alertTargets({ commonLabels: { project: "p", workspace: "w" }, alerts: [{ labels: { agent: "a" } }] });
    expect(targets).toEqual([{ project: "p", workspace: "w", agent: "a" }]);
  });

  it("accepts a single alert object", () => {
    expect(alertTargets({ status: "resolved", labels: { project: "p", workspace: "w", agent: "a" } })).toEqual([{ project: "p", workspace: "w", agent: "a", status: "resolved" }]);
  });
});
