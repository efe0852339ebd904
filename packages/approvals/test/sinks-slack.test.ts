import { afterEach, describe, expect, it } from "vitest";
import { approvalFixture, eventOf, startProvider, type ProviderServer, type Seen } from "./sink-support";
import { slackSink } from "../src/sinks/index";
import { SLACK_APPROVE_ACTION, SLACK_REJECT_ACTION } from "../src/sinks/slack-message";

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
