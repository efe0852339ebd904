import { createAgents } from "@xerotier/agents";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createExec } from "../src/index";
import { createAlertResponder, type AlertAction, type AlertResponderOptions } from "../src/alerts";
import { useRouter } from "./support";

const { workspaces: WS, agents: AG } = DEMO;

/** One alert as Alertmanager (webhook payload version 4) renders it. */
function alert(status: "firing" | "resolved", labels: Record<string, string>, fingerprint: string) {
  return {
    status,
    labels: { alertname: "XemToolFailures", severity: "page", ...labels },
    annotations: { summary: "tool calls failing" },
    startsAt: "2026-11-24T08:55:00.000Z",
    endsAt: status === "resolved" ? "2026-11-24T09:10:00.000Z" : "0001-01-01T00:00:00Z",
    generatorURL: "http://prometheus.example:9090/graph?g0.expr=xem_tool_failures_total",
    fingerprint,
  };
}

/** A full version 4 webhook payload, every documented field present. */
function payload(alerts: ReturnType<typeof alert>[]) {
  return {
    receiver: "xerotier-bot",
    status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved",
    alerts,
    groupLabels: { alertname: "XemToolFailures" },
    commonLabels: { alertname: "XemToolFailures", severity: "page", project: DEMO.project },
    commonAnnotations: { summary: "tool calls failing" },
    externalURL: "http://alertmanager.example:9093",
    version: "4",
    groupKey: '{}:{alertname="XemToolFailures"}',
    truncatedAlerts: 0,
  };
}

const post = (body: unknown) => new Request("http://127.0.0.1/alerts", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json" } });
const target = (workspace: string, agent: string) => ({ workspace, agent });

describe("createAlertResponder", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());
  let clock = Date.parse("2026-11-24T09:00:00Z");
  const responder = (extra: Partial<AlertResponderOptions> = {}) => {
    const actions: AlertAction[] = [];
    const r = createAlertResponder({ exec: createExec(h.client()), agents: createAgents(h.client()), pause: true, now: () => new Date(clock), onAction: (a) => actions.push(a), ...extra });
    return { r, actions };
  };
  const kinds = async (response: Response) => ((await response.json()) as { actions: Array<{ kind: string; reason?: string }> }).actions.map((a) => a.kind);
  const pausedIn = async (agent: string, workspace: string) => {
    const a = await createAgents(h.client()).get(agent);
    return a.exec_paused || a.paused_workspace_ids.includes(workspace);
  };

  it("triages a firing alert and pauses its agent in the workspace, recording the fingerprint", async () => {
    const { r, actions } = responder();
    const response = await r.handle(post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-edge")])));
    expect(response.status).toBe(200);
    expect(await kinds(response)).toEqual(["triaged", "paused"]);
    expect(actions.map((a) => [a.kind, a.fingerprint, a.agent])).toEqual([["triaged", "fp-edge", AG.edge03], ["paused", "fp-edge", AG.edge03]]);
    expect(actions[0]!.report?.target).toMatchObject({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 });
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(true);
    expect(r.pausedByBot()).toEqual(new Map([[`${WS.staging}/${AG.edge03}`, "fp-edge"]]));
  });

  it("without `pause` only triages", async () => {
    const { r } = responder({ pause: false });
    expect(await kinds(await r.handle(post(payload([alert("firing", target(WS.staging, AG.edge03), "fp")]))))).toEqual(["triaged"]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("guardrail: never pauses the last healthy agent of a workspace", async () => {
    const { r, actions } = responder();
    // prod: fleet_01 is healthy, fleet_02 offline.
    expect(await kinds(await r.handle(post(payload([alert("firing", target(WS.prod, AG.fleet01), "fp-prod")]))))).toEqual(["triaged", "pause-refused"]);
    expect(actions[1]!.reason).toBe("last healthy agent of the workspace");
    expect(await pausedIn(AG.fleet01, WS.prod)).toBe(false);
  });

  it("guardrail: refuses beyond the maximum of paused agents per workspace", async () => {
    const { r, actions } = responder({ maxPausedPerWorkspace: 1 });
    await r.handle(post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-1")])));
    expect(await kinds(await r.handle(post(payload([alert("firing", target(WS.staging, AG.fleet01), "fp-2")]))))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)!.reason).toMatch(/^max paused per workspace reached \(1\/1\)/);
    expect(await pausedIn(AG.fleet01, WS.staging)).toBe(false);
  });

  it("guardrail: a cool-down per agent between two pauses", async () => {
    const { r, actions } = responder({ cooldownMs: 60_000 });
    const fire = alert("firing", target(WS.staging, AG.edge03), "fp-c");
    await r.handle(post(payload([fire])));
    expect(await kinds(await r.handle(post(payload([{ ...fire, status: "resolved" as const }]))))).toEqual(["resumed"]);
    clock += 30_000;
    expect(await kinds(await r.handle(post(payload([fire]))))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)!.reason).toMatch(/^cool-down/);
    clock += 31_000;
    expect(await kinds(await r.handle(post(payload([fire]))))).toEqual(["triaged", "paused"]);
  });

  it("guardrail: resumes on `resolved` only an agent it paused itself", async () => {
    const { r, actions } = responder();
    await createAgents(h.client()).pauseExec(AG.edge03, { workspaceId: WS.staging }); // a human's pause
    expect(await kinds(await r.handle(post(payload([alert("resolved", target(WS.staging, AG.edge03), "fp-h")]))))).toEqual(["resume-skipped"]);
    expect(actions[0]).toMatchObject({ fingerprint: "fp-h", reason: "not paused by this bot" });
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(true);
  });

  it("resolving a different alert does not resume a pause made for another one", async () => {
    const { r } = responder();
    await r.handle(post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-a")])));
    expect(await kinds(await r.handle(post(payload([alert("resolved", target(WS.staging, AG.edge03), "fp-b")]))))).toEqual(["resume-skipped"]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(true);
    expect(await kinds(await r.handle(post(payload([alert("resolved", target(WS.staging, AG.edge03), "fp-a")]))))).toEqual(["resumed"]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("guardrail: a firing alert sent again (Alertmanager's repeat_interval) does not pause twice", async () => {
    const { r, actions } = responder();
    const fire = alert("firing", target(WS.staging, AG.edge03), "fp-r");
    await r.handle(post(payload([fire])));
    expect(await kinds(await r.handle(post(payload([fire]))))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)).toMatchObject({ fingerprint: "fp-r", reason: "already paused by this bot" });
  });

  it("guardrail: refuses an agent not bound to the alert's workspace", async () => {
    const { r, actions } = responder();
    expect(await kinds(await r.handle(post(payload([alert("firing", target(WS.staging, "agt_unknown"), "fp-u")]))))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)!.reason).toBe(`agent agt_unknown is not bound to ${WS.staging}`);
  });

  it("guardrail: refuses, never guesses, when the agents cannot be read", async () => {
    const agents = createAgents(h.client());
    const blind = {
      ...agents,
      list: () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error("agents API unavailable")) }),
      }),
    };
    const { r, actions } = responder({ agents: blind });
    expect(await kinds(await r.handle(post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-b")]))))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)).toMatchObject({ fingerprint: "fp-b", reason: "agents unreadable: agents API unavailable" });
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("guardrail: never pauses for an alert without a fingerprint (its resolution could not be matched)", async () => {
    const { r, actions } = responder();
    expect(await kinds(await r.handle(post(payload([alert("firing", target(WS.staging, AG.edge03), "")]))))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)).toMatchObject({ fingerprint: "", reason: "the alert has no fingerprint" });
    expect(await kinds(await r.handle(post(payload([alert("resolved", target(WS.staging, AG.edge03), "")]))))).toEqual(["resume-skipped"]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("guardrail bounds that would disable a check (NaN, negative, fractional) are refused at creation", () => {
    for (const bad of [Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY]) {
      expect(() => responder({ maxPausedPerWorkspace: bad })).toThrow(RangeError);
      expect(() => responder({ cooldownMs: bad })).toThrow(RangeError);
    }
  });

  it("a triage that throws is recorded with the fingerprint, and the other alerts of the payload are still handled", async () => {
    const exec = createExec(h.client());
    let calls = 0;
    const flaky = { triageAlert: (...args: Parameters<typeof exec.triageAlert>) => (++calls === 1 ? Promise.reject(new Error("triage exploded")) : exec.triageAlert(...args)) };
    const { r, actions } = responder({ exec: flaky, pause: false });
    const response = await r.handle(post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-x"), alert("firing", target(WS.staging, AG.fleet01), "fp-y")])));
    expect(response.status).toBe(200);
    expect(actions.map((a) => [a.kind, a.fingerprint])).toEqual([["triage-failed", "fp-x"], ["triaged", "fp-y"]]);
    expect(actions[0]!.reason).toBe("triage exploded");
  });

  it("ignores (and records) alerts without the three labels and alerts of an unknown status", async () => {
    const { r, actions } = responder();
    const unlabelled = { ...alert("firing", {}, "fp-none"), labels: { alertname: "Other" } };
    const odd = { ...alert("firing", { project: DEMO.project, ...target(WS.staging, AG.edge03) }, "fp-odd"), status: "suppressed" };
    const response = await r.handle(post({ ...payload([]), commonLabels: {}, alerts: [unlabelled, odd] }));
    expect(await kinds(response)).toEqual(["ignored", "ignored"]);
    expect(actions.map((a) => [a.fingerprint, a.reason])).toEqual([
      ["fp-none", "missing one of the labels project, workspace, agent"],
      ["fp-odd", "unknown alert status 'suppressed'"],
    ]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("answers 400 to bad JSON or a body that is not a payload, 413 past the size bound, 405 to a GET", async () => {
    const { r, actions } = responder({ maxBodyBytes: 2048 });
    expect((await r.handle(post("{not json"))).status).toBe(400);
    expect((await r.handle(post({ hello: "world" }))).status).toBe(400);
    const big = payload([{ ...alert("firing", target(WS.staging, AG.edge03), "fp"), annotations: { summary: "x".repeat(4096) } }]);
    const unsized = new Request("http://127.0.0.1/alerts", { method: "POST", body: new Blob([JSON.stringify(big)]).stream(), duplex: "half" } as RequestInit);
    expect((await r.handle(unsized)).status).toBe(413);
    expect((await r.handle(new Request("http://127.0.0.1/alerts"))).status).toBe(405);
    expect(actions).toEqual([]);
  });

  it("keeps a bounded action log", async () => {
    const { r } = responder({ pause: false, maxActions: 2 });
    for (const fp of ["a", "b", "c"]) await r.handle(post(payload([alert("firing", target(WS.staging, AG.edge03), fp)])));
    expect(r.actions().map((a) => a.fingerprint)).toEqual(["b", "c"]);
  });
});
