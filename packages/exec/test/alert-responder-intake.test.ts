/**
 * Issue 22, item 2, as an attacker on the network would try it: only Alertmanager (holding the
 * credential, posting JSON) can drive the responder, within bounds counted before the first API
 * call, and only in the client's project. "No API call" is asserted on a client counting them.
 */
import { createAgents } from "@xerotier/agents";
import { XerotierConfigError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createAlertResponder, type AlertResponderAuth } from "../src/alerts";
import { alert, countingClient, payload, serveResponder, target, TOKEN } from "./alert-support";
import { useRouter } from "./support";

const { workspaces: WS, agents: AG } = DEMO;
const firing = (fp = "fp-1") => payload([alert("firing", target(WS.staging, AG.edge03), fp)]);

describe("the alert responder's intake", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());
  const pausedIn = async (agent: string, workspace: string) => {
    const a = await createAgents(h.client()).get(agent);
    return a.exec_paused || a.paused_workspace_ids.includes(workspace);
  };

  describe("a credential is required, compared in constant time", () => {
    it("refuses to be built without `auth`, with an empty or malformed credential, or with two of them", () => {
      const client = h.client();
      const bad: unknown[] = [
        undefined,
        {},
        { bearerToken: "" },
        { bearerToken: " padded " },
        { bearerToken: "line\nbreak" },
        { bearerToken: 42 },
        { basic: { username: "am", password: "" } },
        { basic: { username: "a:m", password: "pw" } },
        { insecureNoAuth: "yes" },
        { bearerToken: "t0ken-t0ken-t0ken", insecureNoAuth: true },
      ];
      for (const auth of bad) expect(() => createAlertResponder({ client, auth: auth as AlertResponderAuth }), JSON.stringify(auth)).toThrow(XerotierConfigError);
    });

    it("answers 401 with WWW-Authenticate, and calls nothing, without the bearer token or with a wrong one", async () => {
      const { client, calls } = countingClient(h.baseUrl);
      const { post, actions } = await serveResponder({ client, pause: true });
      for (const authorization of ["", "Bearer", `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN, `Bearer  ${TOKEN} extra`]) {
        const response = await post(firing(), { authorization });
        expect(response.status, authorization).toBe(401);
        expect(response.headers.get("www-authenticate")).toBe('Bearer realm="xerotier-alert-responder"');
      }
      expect(calls).toEqual([]);
      expect(actions).toEqual([]);
      expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
    });

    it("accepts the token whatever the case of the scheme, as HTTP allows", async () => {
      const { post } = await serveResponder({ client: h.client(), pause: false });
      expect((await post(firing(), { authorization: `bearer ${TOKEN}` })).status).toBe(200);
      expect((await post(firing("fp-2"), { authorization: `BEARER ${TOKEN}` })).status).toBe(200);
    });

    it("takes basic auth (Alertmanager's basic_auth) and refuses other users or passwords", async () => {
      const { post } = await serveResponder({ client: h.client(), pause: false, auth: { basic: { username: "alertmanager", password: "s3cret-pässword" } } });
      const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
      expect((await post(firing(), { authorization: basic("alertmanager", "s3cret-pässword") })).status).toBe(200);
      for (const [user, password] of [["alertmanager", "s3cret-passw0rd"], ["root", "s3cret-pässword"], ["alertmanager", ""]] as const) {
        const response = await post(firing(), { authorization: basic(user, password) });
        expect(response.status).toBe(401);
        expect(response.headers.get("www-authenticate")).toBe('Basic realm="xerotier-alert-responder"');
      }
    });

    it("with insecureNoAuth: true (local tests only) needs no credential", async () => {
      const { post } = await serveResponder({ client: h.client(), pause: false, auth: { insecureNoAuth: true } });
      expect((await post(firing(), { authorization: "" })).status).toBe(200);
    });
  });

  describe("only what a browser cannot send without a preflight", () => {
    it("refuses a text/plain POST from a foreign page (415) and pauses nothing", async () => {
      const { client, calls } = countingClient(h.baseUrl);
      const { post } = await serveResponder({ client, pause: true, auth: { insecureNoAuth: true } });
      const simple = await post(JSON.stringify(firing()), { "content-type": "text/plain;charset=UTF-8", origin: "https://evil.example" });
      expect(simple.status).toBe(415);
      expect(simple.headers.get("access-control-allow-origin")).toBeNull();
      const form = await post(new URLSearchParams({ payload: JSON.stringify(firing()) }).toString(), { "content-type": "application/x-www-form-urlencoded" });
      expect(form.status).toBe(415);
      expect((await post(JSON.stringify(firing()), { "content-type": "" })).status).toBe(415);
      expect(calls).toEqual([]);
      expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
    });

    it("accepts application/json with parameters", async () => {
      const { post } = await serveResponder({ client: h.client(), pause: false });
      expect((await post(firing(), { "content-type": "Application/JSON; charset=utf-8" })).status).toBe(200);
    });
  });

  describe("bounded before the first API call", () => {
    it("refuses a payload of 300 alerts whole (413), making no API call", async () => {
      const { client, calls } = countingClient(h.baseUrl);
      const { post, actions } = await serveResponder({ client, pause: true });
      const many = payload(Array.from({ length: 300 }, (_, i) => alert("firing", target(WS.staging, AG.edge03), `fp-${i}`)));
      const response = await post(many);
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: string }).error).toMatch(/300 alerts in one payload; at most 50/);
      expect(calls).toEqual([]);
      expect(actions).toEqual([]);
    });

    it("counts a payload's actions before acting: one that does not fit the window is refused whole (503, Retry-After), with no API call", async () => {
      let clock = Date.parse("2026-11-24T09:00:00Z");
      const { client, calls } = countingClient(h.baseUrl);
      const { post, kinds, actions } = await serveResponder({ client, pause: false, maxActionsPerWindow: 3, actionWindowMs: 60_000, now: () => new Date(clock) });
      const two = payload([alert("firing", target(WS.staging, AG.edge03), "a"), alert("firing", target(WS.staging, AG.fleet01), "b")]);
      expect(await kinds(await post(two))).toEqual(["triaged", "triaged"]);
      const before = calls.length;
      const refused = await post(two);
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("60");
      expect(calls.length).toBe(before);
      expect(actions.slice(-2).map((a) => [a.kind, a.reason])).toEqual([
        ["refused", "over the action budget (2 actions would not fit in the window)"],
        ["refused", "over the action budget (2 actions would not fit in the window)"],
      ]);
      clock += 60_000;
      expect((await post(two)).status).toBe(200);
    });

    it("a payload that could never fit the window is refused as too large (413), not retried forever", async () => {
      const { client, calls } = countingClient(h.baseUrl);
      const { post } = await serveResponder({ client, pause: true, maxActionsPerWindow: 3 });
      const response = await post(payload([alert("firing", target(WS.staging, AG.edge03), "a"), alert("firing", target(WS.staging, AG.fleet01), "b")]));
      expect(response.status).toBe(413);
      expect(calls).toEqual([]);
    });

    it("alerts that do nothing (ignored, refused, not the bot's to resume) cost nothing", async () => {
      const { post, kinds } = await serveResponder({ client: h.client(), pause: true, maxActionsPerWindow: 1 });
      const idle = payload([alert("resolved", target(WS.staging, AG.edge03), "never-paused"), { ...alert("firing", {}, "x"), labels: { alertname: "Other", severity: "page" } }]);
      for (let i = 0; i < 3; i += 1) expect(await kinds(await post({ ...idle, commonLabels: { project: DEMO.project } }))).toEqual(["resume-skipped", "ignored"]);
    });
  });

  describe("in scope: the client's project only", () => {
    it("refuses (not warns about) an alert labelled with another project, making no API call, and still handles the rest", async () => {
      const { client, calls } = countingClient(h.baseUrl);
      const { post, actions } = await serveResponder({ client, pause: true });
      const foreign = { ...alert("firing", { project: "proj_other", ...target(WS.staging, AG.edge03) }, "fp-foreign") };
      const response = await post({ ...payload([foreign]), commonLabels: {} });
      expect(response.status).toBe(200);
      expect(actions).toEqual([expect.objectContaining({ kind: "refused", fingerprint: "fp-foreign", reason: `the alert names project 'proj_other', not this client's '${DEMO.project}'` })]);
      expect(calls).toEqual([]);
      expect(await pausedIn(AG.edge03, WS.staging)).toBe(false);
      // A lookalike of the project is another project too.
      const lookalike = alert("firing", { project: `${DEMO.project} `, ...target(WS.staging, AG.edge03) }, "fp-lookalike");
      await post({ ...payload([lookalike]), commonLabels: {} });
      expect(actions.at(-1)).toMatchObject({ kind: "refused" });
    });
  });
});
