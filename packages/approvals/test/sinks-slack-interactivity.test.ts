/**
 * slackInteractivityHandler over real HTTP (node:http on 127.0.0.1 through `toNodeListener`), with
 * Slack's v0 request signing, against the reference router. Every press is a request as Slack
 * sends it: form-encoded, the interaction JSON in `payload`, the two signing headers.
 */
import { XerotierConfigError } from "@xerotier/api";
import { afterEach, describe, expect, it } from "vitest";
import { createApprovals } from "../src/index";
import { signSlackRequest, slackInteractivityHandler, verifySlackSignature, type SlackDecisionOutcome, type SlackInteractivityOptions } from "../src/sinks/index";
import { SLACK_APPROVE_ACTION, SLACK_REJECT_ACTION } from "../src/sinks/slack-message";
import { serveOverHttp, type ServedHandler } from "./sink-support";
import { useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A `block_actions` payload as Slack posts it: form-encoded, the JSON in the `payload` field. */
function pressBody(approvalId: string, actionId: string, userId = "U0123ABC"): string {
  const payload = {
    type: "block_actions",
    user: { id: userId, username: "alice", name: "alice", team_id: "T0001" },
    api_app_id: "A0001",
    token: "legacy-verification-token",
    container: { type: "message", message_ts: "1795000000.000100", channel_id: "C0001", is_ephemeral: false },
    trigger_id: "123.456.abc",
    team: { id: "T0001", domain: "example" },
    channel: { id: "C0001", name: "approvals" },
    response_url: "https://hooks.slack.com/actions/T0001/1/abc",
    actions: [{ action_id: actionId, block_id: `xerotier_approval:${approvalId}`, text: { type: "plain_text", text: "Approve" }, value: approvalId, type: "button", action_ts: "1795000001.000200" }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

async function signedRequest(body: string, options: { timestamp?: number; secret?: string } = {}): Promise<Request> {
  const headers = await signSlackRequest({ signingSecret: options.secret ?? signingSecret, body, ...(options.timestamp ? { timestamp: options.timestamp } : {}) });
  return new Request("http://127.0.0.1/slack/interactivity", { method: "POST", body, headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" } });
}

const served: ServedHandler[] = [];
afterEach(async () => {
  await Promise.all(served.splice(0).map((s) => s.close()));
});

/** The handler with `options`, served over HTTP; the returned function sends one request to it. */
async function serveHandler(options: Partial<SlackInteractivityOptions> = {}, outcomes: SlackDecisionOutcome[] = []): Promise<(request: Request) => Promise<Response>> {
  const server = await serveOverHttp(slackInteractivityHandler({ signingSecret, approvals: createApprovals(h.client()), allowAnyoneInChannel: true, onOutcome: (o) => outcomes.push(o), ...options }));
  served.push(server);
  return (request) => server.send(request);
}

describe("slackInteractivityHandler: deciding", () => {
  it("approves through the API on a validly signed button press, with the Slack user in the note", async () => {
    const approvals = createApprovals(h.client());
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const outcomes: SlackDecisionOutcome[] = [];
    const send = await serveHandler({}, outcomes);
    const response = await send(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION)));
    expect(response.status).toBe(200);
    const decided = await approvals.get(pending.id);
    expect(decided.status).toBe("approved");
    expect(decided.note).toBe("Approved in Slack by @alice (U0123ABC)");
    expect(outcomes).toEqual([{ approvalId: pending.id, decision: "approve", user: { id: "U0123ABC", username: "alice", name: "alice", teamId: "T0001" }, result: "done" }]);
  });

  it("rejects on the Reject button, and reports an approval decided the other way as already resolved, naming who decided", async () => {
    const approvals = createApprovals(h.client());
    const pending = h.injectApproval({ risk: "irreversible", workspaceId: "ws_kube_prod" });
    const outcomes: SlackDecisionOutcome[] = [];
    const send = await serveHandler({}, outcomes);
    expect((await send(await signedRequest(pressBody(pending.id, SLACK_REJECT_ACTION))))).toHaveProperty("status", 200);
    expect((await approvals.get(pending.id)).status).toBe("rejected");
    expect((await send(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { timestamp: nowSeconds() - 1 })))).toHaveProperty("status", 200);
    const decided = await approvals.get(pending.id);
    expect(outcomes.map((o) => o.result)).toEqual(["done", "already_resolved"]);
    expect(outcomes[1]).toMatchObject({ decidedBy: decided.decided_by, currentStatus: "rejected" });
    expect(decided.status).toBe("rejected");
  });

  it("a press of Approve on an approval someone else already approved reports already_resolved with who decided, not done", async () => {
    const approvals = createApprovals(h.client());
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    await approvals.approve(pending.id, { note: "CHG-1043 approved in the console by bob" });
    const outcomes: SlackDecisionOutcome[] = [];
    const send = await serveHandler({}, outcomes);
    expect((await send(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION)))).status).toBe(200);
    const decided = await approvals.get(pending.id);
    expect(outcomes).toEqual([expect.objectContaining({ result: "already_resolved", decidedBy: decided.decided_by, currentStatus: "approved" })]);
    expect(decided.note).toBe("CHG-1043 approved in the console by bob"); // the audit still names the first decider
  });

  it("answers 400 for a payload that is not our button, and 405 for a GET", async () => {
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const send = await serveHandler();
    expect((await send(await signedRequest(pressBody(pending.id, "someone_elses_button")))).status).toBe(400);
    expect((await send(await signedRequest("payload=%7Bnot-json"))).status).toBe(400);
    expect((await send(new Request("http://127.0.0.1/", { method: "GET" }))).status).toBe(405);
  });

  it("refuses a body over maxBodyBytes with 413", async () => {
    const send = await serveHandler({ maxBodyBytes: 64 });
    expect((await send(await signedRequest(`payload=${"a".repeat(100)}`))).status).toBe(413);
  });
});

describe("slackInteractivityHandler: who may decide", () => {
  it("refuses to be built without `authorize` or an explicit allowAnyoneInChannel: true, and with both", () => {
    const approvals = createApprovals(h.client());
    expect(() => slackInteractivityHandler({ signingSecret, approvals })).toThrow(XerotierConfigError);
    expect(() => slackInteractivityHandler({ signingSecret, approvals, allowAnyoneInChannel: false as unknown as true })).toThrow(XerotierConfigError);
    expect(() => slackInteractivityHandler({ signingSecret, approvals, authorize: () => true, allowAnyoneInChannel: true })).toThrow(XerotierConfigError);
  });

  it("answers 403 and decides nothing when authorize says no, or throws", async () => {
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const outcomes: SlackDecisionOutcome[] = [];
    const strict = await serveHandler({ allowAnyoneInChannel: undefined, authorize: (user) => user.id === "U_ONCALL" }, outcomes);
    expect((await strict(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION)))).status).toBe(403);
    const broken = await serveHandler({ allowAnyoneInChannel: undefined, authorize: () => { throw new Error("directory down"); } }, outcomes);
    expect((await broken(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { timestamp: nowSeconds() - 2 }))).status).toBe(403);
    expect(outcomes.map((o) => o.result)).toEqual(["forbidden", "forbidden"]);
    expect((await createApprovals(h.client()).get(pending.id)).status).toBe("pending");
    const oncall = await serveHandler({ allowAnyoneInChannel: undefined, authorize: (user) => user.id === "U_ONCALL" });
    expect((await oncall(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION, "U_ONCALL")))).status).toBe(200);
    expect((await createApprovals(h.client()).get(pending.id)).status).toBe("approved");
  });
});

describe("slackInteractivityHandler: authenticity and freshness", () => {
  it("verifies Slack's own documented example (api.slack.com, Verifying requests from Slack)", async () => {
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    const documented = { signingSecret, body, timestamp: "1531420618", now: 1531420618_000 };
    expect(await verifySlackSignature({ ...documented, signature: "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503" })).toBeUndefined();
    expect(await signSlackRequest({ signingSecret, body, timestamp: 1531420618 })).toEqual({ "X-Slack-Request-Timestamp": "1531420618", "X-Slack-Signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503" });
    expect(await verifySlackSignature({ ...documented, signature: "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504" })).toBe("bad_signature");
  });

  it("refuses a bad signature (401) and decides nothing", async () => {
    const approvals = createApprovals(h.client());
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const send = await serveHandler();
    const forged = await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { secret: "not-the-secret" });
    const response = await send(forged);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("bad_signature");
    const tampered = await signedRequest(pressBody(pending.id, SLACK_REJECT_ACTION));
    expect((await send(new Request(tampered.url, { method: "POST", headers: tampered.headers, body: pressBody(pending.id, SLACK_APPROVE_ACTION) }))).status).toBe(401);
    const unsigned = new Request("http://127.0.0.1/", { method: "POST", body: pressBody(pending.id, SLACK_APPROVE_ACTION) });
    expect(await (await send(unsigned)).text()).toBe("missing_headers");
    expect((await approvals.get(pending.id)).status).toBe("pending");
  });

  it("refuses a timestamp more than five minutes away (401 stale_timestamp), even when correctly signed", async () => {
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const at = nowSeconds();
    const send = await serveHandler({ now: () => at * 1000 }); // a fixed clock: no race with the wall clock
    const old = await send(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { timestamp: at - 301 }));
    expect(old.status).toBe(401);
    expect(await old.text()).toBe("stale_timestamp");
    expect((await send(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { timestamp: at + 301 }))).status).toBe(401);
    expect((await createApprovals(h.client()).get(pending.id)).status).toBe("pending");
    expect((await send(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { timestamp: at + 300 }))).status).toBe(200); // the edge is inside
  });

  it("refuses a toleranceSeconds that would switch the freshness check off (NaN from an unset env var, negative, infinite)", async () => {
    const approvals = createApprovals(h.client());
    for (const toleranceSeconds of [Number(process.env.XEROTIER_UNSET_TOLERANCE), -1, Number.POSITIVE_INFINITY, "300" as unknown as number]) {
      expect(() => slackInteractivityHandler({ signingSecret, approvals, allowAnyoneInChannel: true, toleranceSeconds }), String(toleranceSeconds)).toThrow(XerotierConfigError);
    }
    // The case: a request signed ten years ago can never be accepted, by the handler or by the bare check.
    const ancient = await signedRequest(pressBody("a1", SLACK_APPROVE_ACTION), { timestamp: nowSeconds() - 10 * 365 * 86_400 });
    const verify = { signingSecret, body: await ancient.clone().text(), timestamp: ancient.headers.get("x-slack-request-timestamp"), signature: ancient.headers.get("x-slack-signature") };
    await expect(verifySlackSignature({ ...verify, toleranceSeconds: Number.NaN })).rejects.toThrow(XerotierConfigError);
    await expect(verifySlackSignature({ ...verify, now: Number.NaN })).rejects.toThrow(XerotierConfigError); // a broken clock is no clock
    expect(await verifySlackSignature(verify)).toBe("stale_timestamp");
  });

  it("refuses a replay of an accepted request (409), also with the signature's hex digits upper-cased", async () => {
    const first = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const send = await serveHandler();
    const body = pressBody(first.id, SLACK_APPROVE_ACTION);
    const original = await signedRequest(body);
    expect((await send(original)).status).toBe(200);
    const replay = await send(new Request(original.url, { method: "POST", headers: original.headers, body }));
    expect(replay.status).toBe(409);
    expect(await replay.text()).toBe("replayed request");
    const shouted = new Headers(original.headers);
    shouted.set("X-Slack-Signature", `v0=${original.headers.get("x-slack-signature")!.slice(3).toUpperCase()}`);
    expect((await send(new Request(original.url, { method: "POST", headers: shouted, body }))).status).toBe(409);
  });

  it("a body that is not one of our buttons still consumes its signature: its replay is refused too", async () => {
    const send = await serveHandler();
    const request = await signedRequest("payload=%7B%7D");
    const copy = new Request(request.url, { method: "POST", headers: request.headers, body: "payload=%7B%7D" });
    expect((await send(request)).status).toBe(400);
    expect((await send(copy)).status).toBe(409);
  });
});
