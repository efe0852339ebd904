import { afterEach, describe, expect, it } from "vitest";
import { createApprovals } from "../src/index";
import { approvalFixture, eventOf, startProvider, type ProviderServer, type Seen } from "./sink-support";
import { signSlackRequest, SLACK_APPROVE_ACTION, SLACK_REJECT_ACTION, slackInteractivityHandler, slackSink, type SlackDecisionOutcome } from "../src/sinks/index";
import { useApprovalsRouter } from "./support";

/**
 * A Slack incoming webhook as documented: POST JSON with `text` and/or `blocks`; Block Kit
 * limits checked (header plain_text ≤ 150, section text ≤ 3000, ≤ 10 fields of ≤ 2000, buttons
 * with plain_text labels, action_id ≤ 255, value ≤ 2000). 200 "ok", or 400 "invalid_payload".
 */
interface TextObject {
  type: string;
  text: string;
}
interface Block {
  type: string;
  text?: TextObject;
  fields?: TextObject[];
  elements?: Array<{ type: string; text?: TextObject; action_id: string; value: string }>;
}

function slackWebhook(request: Seen) {
  const bad = { status: 400, body: "invalid_payload", contentType: "text/html" };
  if (request.method !== "POST" || !String(request.headers["content-type"]).startsWith("application/json")) return bad;
  const message = JSON.parse(request.body) as { text?: unknown; blocks?: Block[] };
  if (typeof message.text !== "string" && !Array.isArray(message.blocks)) return bad;
  for (const block of message.blocks ?? []) {
    if (block.type === "header" && (block.text?.type !== "plain_text" || block.text.text.length > 150)) return bad;
    if (block.type === "section" && block.text && block.text.text.length > 3000) return bad;
    if (block.type === "section" && block.fields && (block.fields.length > 10 || block.fields.some((f) => f.text.length > 2000))) return bad;
    if (block.type === "actions") {
      for (const e of block.elements ?? []) {
        if (e.type !== "button" || e.text?.type !== "plain_text" || e.action_id.length > 255 || e.value.length > 2000) return bad;
      }
    }
  }
  return { status: 200, body: "ok", contentType: "text/html" };
}

let server: ProviderServer | undefined;
afterEach(async () => server?.close());

describe("slackSink", () => {
  it("posts the approval (prompt, tool call, risk, expiry) with Approve and Reject buttons", async () => {
    server = await startProvider(slackWebhook);
    const deliver = slackSink({ webhookUrl: `${server.url}/services/T000/B000/XXXX`, approvalUrl: (a) => `https://console.example/a/${a.id}` });
    const approval = approvalFixture();
    await deliver(eventOf("exec.approval_requested", approval));
    expect(server.seen[0]!.path).toBe("/services/T000/B000/XXXX");
    const message = JSON.parse(server.seen[0]!.body);
    expect(message.text).toBe("Approval needed: kubectl_drain (destructive risk) in ws_kube_prod");
    expect(message.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "Approval needed: kubectl_drain" } },
      { type: "section", text: { type: "mrkdwn", text: "*Prompt*\nDrain node-7 &lt;now&gt; &amp; reboot it" } },
      { type: "section", text: { type: "mrkdwn", text: '*Tool call*\n```{\n  "name": "kubectl_drain",\n  "arguments": {\n    "node": "node-7"\n  }\n}```' } },
      {
        type: "section",
        fields: [
          { type: "mrkdwn", text: "*Risk*\ndestructive" },
          { type: "mrkdwn", text: "*Expires*\n2026-11-25T15:00:00.000Z" },
          { type: "mrkdwn", text: "*Workspace*\nws_kube_prod" },
          { type: "mrkdwn", text: `*Approval*\n${approval.id}` },
        ],
      },
      { type: "context", elements: [{ type: "mrkdwn", text: `<https://console.example/a/${approval.id}|Open the approval>` }] },
      {
        type: "actions",
        block_id: `xerotier_approval:${approval.id}`,
        elements: [
          { type: "button", text: { type: "plain_text", text: "Approve" }, style: "primary", action_id: SLACK_APPROVE_ACTION, value: approval.id },
          { type: "button", text: { type: "plain_text", text: "Reject" }, style: "danger", action_id: SLACK_REJECT_ACTION, value: approval.id },
        ],
      },
    ]);
  });

  it("posts a decision without buttons, with who decided and the note", async () => {
    server = await startProvider(slackWebhook);
    const deliver = slackSink({ webhookUrl: `${server.url}/hook` });
    await deliver(eventOf("exec.rejected", approvalFixture({ status: "rejected", decided_by: "bob", note: "not in the window" })));
    const message = JSON.parse(server.seen[0]!.body);
    expect(message.blocks[0].text.text).toBe("Rejected: kubectl_drain");
    expect(message.blocks.some((b: { type: string }) => b.type === "actions")).toBe(false);
    expect(message.blocks[3].fields.slice(-2)).toEqual([
      { type: "mrkdwn", text: "*Decided by*\nbob" },
      { type: "mrkdwn", text: "*Note*\nnot in the window" },
    ]);
  });

  it("keeps within Slack's limits for a huge prompt, and posts only the chosen event types", async () => {
    server = await startProvider(slackWebhook);
    const deliver = slackSink({ webhookUrl: `${server.url}/hook`, events: ["exec.approval_requested"] });
    await deliver(eventOf("exec.approval_requested", approvalFixture({ prompt: "x".repeat(10_000), tool_name: "y".repeat(500) })));
    await deliver(eventOf("exec.approved", approvalFixture({ status: "approved" })));
    expect(server.seen).toHaveLength(1);
    const message = JSON.parse(server.seen[0]!.body);
    expect(message.blocks[0].text.text).toHaveLength(150);
    expect(message.blocks[1].text.text).toHaveLength(3000);
  });

  it("fails retryably when Slack answers 5xx, with no webhook URL in the error", async () => {
    server = await startProvider(() => ({ status: 503, body: "service unavailable", contentType: "text/plain" }));
    const deliver = slackSink({ webhookUrl: `${server.url}/services/SECRETPATH` });
    const error = (await deliver(eventOf("exec.approval_requested")).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ sink: "slack", status: 503, isRetryable: true, message: "slack sink: HTTP 503: service unavailable" });
    expect(String(error.stack)).not.toContain("SECRETPATH");
  });
});

describe("slackInteractivityHandler", () => {
  const h = useApprovalsRouter();
  const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";

  /** A `block_actions` payload as Slack posts it: form-encoded, the JSON in the `payload` field. */
  function pressBody(approvalId: string, actionId: string): string {
    const payload = {
      type: "block_actions",
      user: { id: "U0123ABC", username: "alice", name: "alice", team_id: "T0001" },
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

  function handler(outcomes: SlackDecisionOutcome[] = []) {
    return slackInteractivityHandler({ signingSecret, approvals: createApprovals(h.client()), onOutcome: (o) => outcomes.push(o) });
  }

  it("approves through the API on a validly signed button press, with the Slack user in the note", async () => {
    const approvals = createApprovals(h.client());
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const outcomes: SlackDecisionOutcome[] = [];
    const response = await handler(outcomes)(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION)));
    expect(response.status).toBe(200);
    const decided = await approvals.get(pending.id);
    expect(decided.status).toBe("approved");
    expect(decided.note).toBe("Approved in Slack by @alice (U0123ABC)");
    expect(outcomes).toEqual([{ approvalId: pending.id, decision: "approve", user: { id: "U0123ABC", username: "alice", name: "alice", teamId: "T0001" }, result: "done" }]);
  });

  it("rejects on the Reject button, and reports an approval decided the other way as already resolved", async () => {
    const approvals = createApprovals(h.client());
    const pending = h.injectApproval({ risk: "irreversible", workspaceId: "ws_kube_prod" });
    const outcomes: SlackDecisionOutcome[] = [];
    const handle = handler(outcomes);
    expect((await handle(await signedRequest(pressBody(pending.id, SLACK_REJECT_ACTION)))).status).toBe(200);
    expect((await approvals.get(pending.id)).status).toBe("rejected");
    expect((await handle(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { timestamp: Math.floor(Date.now() / 1000) - 1 }))).status).toBe(200);
    expect(outcomes.map((o) => o.result)).toEqual(["done", "already_resolved"]);
    expect((await approvals.get(pending.id)).status).toBe("rejected");
  });

  it("refuses a bad signature (401) and decides nothing", async () => {
    const approvals = createApprovals(h.client());
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const forged = await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { secret: "not-the-secret" });
    const response = await handler()(forged);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("bad_signature");
    const tampered = await signedRequest(pressBody(pending.id, SLACK_REJECT_ACTION));
    const swapped = new Request(tampered.url, { method: "POST", headers: tampered.headers, body: pressBody(pending.id, SLACK_APPROVE_ACTION) });
    expect((await handler()(swapped)).status).toBe(401);
    const unsigned = new Request("http://127.0.0.1/", { method: "POST", body: pressBody(pending.id, SLACK_APPROVE_ACTION) });
    expect(await (await handler()(unsigned)).text()).toBe("missing_headers");
    expect((await approvals.get(pending.id)).status).toBe("pending");
  });

  it("refuses a timestamp more than five minutes away (401 stale_timestamp), even when correctly signed", async () => {
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const old = await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { timestamp: Math.floor(Date.now() / 1000) - 301 });
    const response = await handler()(old);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("stale_timestamp");
    const future = await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION), { timestamp: Math.floor(Date.now() / 1000) + 301 });
    expect((await handler()(future)).status).toBe(401);
    expect((await createApprovals(h.client()).get(pending.id)).status).toBe("pending");
  });

  it("refuses a replay of an accepted request (409)", async () => {
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const handle = handler();
    const body = pressBody(pending.id, SLACK_APPROVE_ACTION);
    const original = await signedRequest(body);
    const copy = new Request(original.url, { method: "POST", headers: original.headers, body });
    expect((await handle(original)).status).toBe(200);
    const replay = await handle(copy);
    expect(replay.status).toBe(409);
    expect(await replay.text()).toBe("replayed request");
  });

  it("answers 403 and decides nothing when authorize says no; 400 for a payload that is not our button", async () => {
    const pending = h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" });
    const strict = slackInteractivityHandler({ signingSecret, approvals: createApprovals(h.client()), authorize: (user) => user.id === "U_ONCALL" });
    expect((await strict(await signedRequest(pressBody(pending.id, SLACK_APPROVE_ACTION)))).status).toBe(403);
    expect((await createApprovals(h.client()).get(pending.id)).status).toBe("pending");
    expect((await handler()(await signedRequest(pressBody(pending.id, "someone_elses_button")))).status).toBe(400);
    expect((await handler()(await signedRequest("payload=%7Bnot-json"))).status).toBe(400);
    expect((await handler()(new Request("http://127.0.0.1/", { method: "GET" }))).status).toBe(405);
  });

  it("refuses a body over maxBodyBytes with 413", async () => {
    const small = slackInteractivityHandler({ signingSecret, approvals: createApprovals(h.client()), maxBodyBytes: 64 });
    expect((await small(await signedRequest(`payload=${"a".repeat(100)}`))).status).toBe(413);
  });
});
