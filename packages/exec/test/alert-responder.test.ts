/** The alert responder's guardrails, over HTTP, against the reference router. */
import { createAgents } from "@xerotier/agents";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import type { AlertResponderOptions } from "../src/alerts";
import { alert, countingClient, payload, serveResponder, target } from "./alert-support";
import { useRouter } from "./support";

const { workspaces: WS, agents: AG } = DEMO;

describe("createAlertResponder", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());
  let clock = Date.parse("2026-11-24T09:00:00Z");
  const serve = (extra: Partial<AlertResponderOptions> = {}) => serveResponder({ client: h.client(), pause: true, now: () => new Date(clock), ...extra });
  const pausedIn = async (agent: string, workspace: string) => {
    const a = await createAgents(h.client()).get(agent);
    return a.exec_paused || a.paused_workspace_ids.includes(workspace);
  };

  it("triages a firing alert and pauses its agent in the workspace, recording the fingerprint", async () => {
    const { post, kinds, actions, responder } = await serve();
    const response = await post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-edge")]));
    expect(response.status).toBe(200);
    expect(await kinds(response)).toEqual(["triaged", "paused"]);
    expect(actions.map((a) => [a.kind, a.fingerprint, a.agent])).toEqual([["triaged", "fp-edge", AG.edge03], ["paused", "fp-edge", AG.edge03]]);
    expect(actions[0]!.report?.target).toMatchObject({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 });
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(true);
    expect(responder.pausedByBot()).toEqual(new Map([[`${WS.staging}/${AG.edge03}`, "fp-edge"]]));
  });

  it("without `pause` only triages", async () => {
    const { post, kinds } = await serve({ pause: false });
    expect(await kinds(await post(payload([alert("firing", target(WS.staging, AG.edge03), "fp")])))).toEqual(["triaged"]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("guardrail: never pauses the last healthy agent of a workspace", async () => {
    const { post, kinds, actions } = await serve();
    // prod: fleet_01 is healthy, fleet_02 offline.
    expect(await kinds(await post(payload([alert("firing", target(WS.prod, AG.fleet01), "fp-prod")])))).toEqual(["triaged", "pause-refused"]);
    expect(actions[1]!.reason).toBe("last healthy agent of the workspace");
    expect(await pausedIn(AG.fleet01, WS.prod)).toBe(false);
  });

  it("guardrail: refuses beyond the maximum of paused agents per workspace", async () => {
    const { post, kinds, actions } = await serve({ maxPausedPerWorkspace: 1 });
    await post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-1")]));
    expect(await kinds(await post(payload([alert("firing", target(WS.staging, AG.fleet01), "fp-2")])))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)!.reason).toMatch(/^max paused per workspace reached \(1\/1\)/);
    expect(await pausedIn(AG.fleet01, WS.staging)).toBe(false);
  });

  it("guardrail: a cool-down per agent between two pauses", async () => {
    const { post, kinds, actions } = await serve({ cooldownMs: 60_000 });
    const fire = alert("firing", target(WS.staging, AG.edge03), "fp-c");
    await post(payload([fire]));
    expect(await kinds(await post(payload([{ ...fire, status: "resolved" as const }])))).toEqual(["resumed"]);
    clock += 30_000;
    expect(await kinds(await post(payload([fire])))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)!.reason).toMatch(/^cool-down/);
    clock += 31_000;
    expect(await kinds(await post(payload([fire])))).toEqual(["triaged", "paused"]);
  });

  it("guardrail: resumes on `resolved` only an agent it paused itself", async () => {
    const { post, kinds, actions } = await serve();
    await createAgents(h.client()).pauseExec(AG.edge03, { workspaceId: WS.staging }); // a human's pause
    expect(await kinds(await post(payload([alert("resolved", target(WS.staging, AG.edge03), "fp-h")])))).toEqual(["resume-skipped"]);
    expect(actions[0]).toMatchObject({ fingerprint: "fp-h", reason: "not paused by this bot" });
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(true);
  });

  it("the issue's case: a human pauses the agent everywhere after the bot's workspace pause; the resolution leaves it paused", async () => {
    const { post, kinds, actions } = await serve();
    await post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-x")]));
    await createAgents(h.client()).pauseExec(AG.edge03); // the human, everywhere
    expect(await kinds(await post(payload([alert("resolved", target(WS.staging, AG.edge03), "fp-x")])))).toEqual(["resume-skipped"]);
    expect(actions.at(-1)!.reason).toMatch(/^paused everywhere since the bot's pause/);
    expect(await createAgents(h.client()).get(AG.edge03)).toMatchObject({ exec_paused: true });
  });

  it("the issue's case: a human resumes, then pauses again; the resolution leaves the human's pause", async () => {
    const { post, kinds } = await serve();
    await post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-y")]));
    const agents = createAgents(h.client());
    await agents.resumeExec(AG.edge03, { workspaceId: WS.staging });
    await agents.pauseExec(AG.edge03, { workspaceId: WS.staging });
    expect(await kinds(await post(payload([alert("resolved", target(WS.staging, AG.edge03), "fp-y")])))).toEqual(["resume-skipped"]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(true);
  });

  it("resolving a different alert does not resume a pause made for another one", async () => {
    const { post, kinds } = await serve();
    await post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-a")]));
    expect(await kinds(await post(payload([alert("resolved", target(WS.staging, AG.edge03), "fp-b")])))).toEqual(["resume-skipped"]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(true);
    expect(await kinds(await post(payload([alert("resolved", target(WS.staging, AG.edge03), "fp-a")])))).toEqual(["resumed"]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("guardrail: a firing alert sent again (Alertmanager's repeat_interval) does not pause twice", async () => {
    const { post, kinds, actions } = await serve();
    const fire = alert("firing", target(WS.staging, AG.edge03), "fp-r");
    await post(payload([fire]));
    expect(await kinds(await post(payload([fire])))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)).toMatchObject({ fingerprint: "fp-r", reason: "already paused by this bot" });
  });

  it("guardrail: refuses an agent not bound to the alert's workspace", async () => {
    const { post, kinds, actions } = await serve();
    expect(await kinds(await post(payload([alert("firing", target(WS.staging, "agt_unknown"), "fp-u")])))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)!.reason).toBe(`agent agt_unknown is not bound to ${WS.staging}`);
  });

  it("guardrail: refuses, never guesses, when the agents cannot be read", async () => {
    const { post, kinds, actions } = await serve({ client: countingClient(h.baseUrl).client });
    h.router.faults.failNext(1, { status: 403, code: "scope_insufficient", match: { method: "GET", path: "/v1/management/agents" } });
    expect(await kinds(await post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-b")])))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)).toMatchObject({ fingerprint: "fp-b" });
    expect(actions.at(-1)!.reason).toMatch(/^agents unreadable: /);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("guardrail: refuses to pause when the lifecycle events cannot be read (its pause could not later be told from a human's)", async () => {
    const { post, kinds, actions } = await serve({ client: countingClient(h.baseUrl).client });
    h.router.faults.failNext(1, { status: 403, code: "scope_insufficient", match: { method: "GET", path: `/v1/management/agents/${AG.edge03}/events` } });
    expect(await kinds(await post(payload([alert("firing", target(WS.staging, AG.edge03), "fp-e")])))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)!.reason).toMatch(/^lifecycle events unreadable/);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("guardrail: never pauses for an alert without a fingerprint (its resolution could not be matched)", async () => {
    const { post, kinds, actions } = await serve();
    expect(await kinds(await post(payload([alert("firing", target(WS.staging, AG.edge03), "")])))).toEqual(["triaged", "pause-refused"]);
    expect(actions.at(-1)).toMatchObject({ fingerprint: "", reason: "the alert has no fingerprint" });
    expect(await kinds(await post(payload([alert("resolved", target(WS.staging, AG.edge03), "")])))).toEqual(["resume-skipped"]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("bounds that would disable a check (NaN, negative, fractional, infinite) are refused at creation", async () => {
    const { createAlertResponder } = await import("../src/alerts");
    const base = { client: h.client(), auth: { bearerToken: "t0ken-t0ken-t0ken" } };
    for (const bad of [Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY]) {
      for (const name of ["maxPausedPerWorkspace", "cooldownMs", "maxAlertsPerPayload", "maxActionsPerWindow", "actionWindowMs", "maxBodyBytes"]) {
        expect(() => createAlertResponder({ ...base, [name]: bad }), `${name}=${bad}`).toThrow(RangeError);
      }
    }
  });

  it("ignores (and records) alerts without the three labels and alerts of an unknown status", async () => {
    const { post, kinds, actions } = await serve();
    const unlabelled = { ...alert("firing", {}, "fp-none"), labels: { alertname: "Other" } };
    const odd = { ...alert("firing", { project: DEMO.project, ...target(WS.staging, AG.edge03) }, "fp-odd"), status: "suppressed" };
    const response = await post({ ...payload([]), commonLabels: {}, alerts: [unlabelled, odd] });
    expect(await kinds(response)).toEqual(["ignored", "ignored"]);
    expect(actions.map((a) => [a.fingerprint, a.reason])).toEqual([
      ["fp-none", "missing one of the labels project, workspace, agent"],
      ["fp-odd", "unknown alert status 'suppressed'"],
    ]);
    expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
  });

  it("answers 400 to bad JSON or a body that is not a payload, 413 past the size bound, 405 to a GET", async () => {
    const { post, actions, url } = await serve({ maxBodyBytes: 2048 });
    expect((await post("{not json")).status).toBe(400);
    expect((await post({ hello: "world" })).status).toBe(400);
    const big = payload([{ ...alert("firing", target(WS.staging, AG.edge03), "fp"), annotations: { summary: "x".repeat(4096) } }]);
    expect((await post(big)).status).toBe(413);
    const get = await fetch(`${url}/alerts`, { headers: { authorization: "Bearer am-token-0123456789abcdef" } });
    expect(get.status).toBe(405);
    expect(actions).toEqual([]);
  });

  it("keeps a bounded action log", async () => {
    const { post, responder } = await serve({ pause: false, maxActions: 2 });
    for (const fp of ["a", "b", "c"]) await post(payload([alert("firing", target(WS.staging, AG.edge03), fp)]));
    expect(responder.actions().map((a) => a.fingerprint)).toEqual(["b", "c"]);
  });
});
