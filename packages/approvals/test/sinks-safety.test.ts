/**
 * Issue 22, item 4: every sink stays on its host and keeps secrets out of errors. A provider (or
 * something pretending to be one) that redirects elsewhere gets no second request; one that echoes
 * the request back puts no routing key, webhook path or signature into `SinkDeliveryError`.
 */
import { afterEach, describe, expect, it } from "vitest";
import { pagerDutySink, SinkDeliveryError, signedWebhookSink, slackSink, type ApprovalSink } from "../src/sinks/index";
import { approvalFixture, eventOf, startProvider, type ProviderServer } from "./sink-support";

const ROUTING_KEY = "R0UTING0KEY0SECRET0000000000000a";
const SLACK_PATH = "/services/T0SECRET/B0SECRET/xoxbSECRETwebhookTOKEN";
const HOOK_SECRET = "whsec_SECRETSECRETSECRET";

const servers: ProviderServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function provider(...args: Parameters<typeof startProvider>): Promise<ProviderServer> {
  const server = await startProvider(...args);
  servers.push(server);
  return server;
}

/** Each ready sink pointed at `origin`, with the path its provider uses. */
const SINKS: Array<{ name: string; path: string; make: (origin: string) => ApprovalSink }> = [
  { name: "pagerduty", path: "/v2/enqueue", make: (origin) => pagerDutySink({ routingKey: ROUTING_KEY, url: `${origin}/v2/enqueue` }) },
  { name: "slack", path: SLACK_PATH, make: (origin) => slackSink({ webhookUrl: `${origin}${SLACK_PATH}` }) },
  { name: "webhook", path: "/hooks/approvals", make: (origin) => signedWebhookSink({ url: `${origin}/hooks/approvals`, secret: HOOK_SECRET, headers: { authorization: "Bearer gw_SECRETgatewayTOKEN" } }) },
];
const SECRETS = [ROUTING_KEY, "xoxbSECRETwebhookTOKEN", "T0SECRET", HOOK_SECRET, "gw_SECRETgatewayTOKEN"];

function expectNoSecret(error: unknown): void {
  const shown = `${(error as Error).message} ${JSON.stringify(error)} ${String((error as Error).stack)}`;
  for (const secret of SECRETS) expect(shown).not.toContain(secret);
}

describe.each(SINKS)("$name sink", ({ path, make }) => {
  it.each([307, 308])("does not follow a %i redirect to another origin: the other host sees nothing, and the error names no secret", async (status) => {
    const elsewhere = await provider(() => ({ status: 200, body: "ok" }));
    const first = await provider(() => ({ status, body: "", headers: { Location: `${elsewhere.url}/collect` } }));
    const error = await make(first.url)(eventOf("exec.approval_requested")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinkDeliveryError);
    expect(error).toMatchObject({ status, isRetryable: false });
    expect((error as Error).message).toMatch(/redirect to another origin.*not followed/);
    expect(elsewhere.seen).toHaveLength(0);
    expectNoSecret(error);
  });

  it("follows a 307 to the same origin, re-sending the same request there", async () => {
    const server = await provider((request) => (request.path === path ? { status: 307, body: "", headers: { Location: `${path}-moved` } } : { status: 202, body: "{}" }));
    await make(server.url)(eventOf("exec.approval_requested"));
    expect(server.seen.map((s) => [s.method, s.path])).toEqual([["POST", path], ["POST", `${path}-moved`]]);
    expect(server.seen[1]!.body).toBe(server.seen[0]!.body);
  });

  it("refuses a 302 or 303 even on the same origin (following it would turn the POST into a GET), and a redirect loop", async () => {
    for (const status of [301, 302, 303]) {
      const server = await provider(() => ({ status, body: "", headers: { Location: `${path}-moved` } }));
      await expect(make(server.url)(eventOf("exec.approval_requested"))).rejects.toMatchObject({ status, isRetryable: false });
      expect(server.seen).toHaveLength(1);
    }
    const loop = await provider(() => ({ status: 308, body: "", headers: { Location: path } }));
    await expect(make(loop.url)(eventOf("exec.approval_requested"))).rejects.toThrow(/too many redirects/);
    expect(loop.seen.length).toBeLessThanOrEqual(4);
  });

  it("keeps an echoing provider's response out of the error: a short, redacted excerpt, no secret", async () => {
    const server = await provider((request) => ({
      status: 400,
      // What it got, first (so within any excerpt), then a lot more.
      body: `rejected ${request.path} authorization=${String(request.headers.authorization)} ${request.body.slice(0, 80)} ${"x".repeat(5000)}`,
      contentType: "text/plain",
    }));
    const error = (await make(server.url)(eventOf("exec.approval_requested")).catch((e: unknown) => e)) as SinkDeliveryError;
    expect(error).toMatchObject({ status: 400, isRetryable: false });
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toMatch(/^\w+ sink: HTTP 400: /);
    expectNoSecret(error);
  });
});

describe("the Slack notification text", () => {
  it("is escaped for mrkdwn, like the blocks: `<!channel>` and `&` in a tool name or workspace cannot ping or link", async () => {
    const server = await provider(() => ({ status: 200, body: "ok", contentType: "text/html" }));
    const approval = approvalFixture({ tool_name: "<!channel> & <https://evil.example|click>", workspace_id: "<!here>" });
    await slackSink({ webhookUrl: `${server.url}/hook` })(eventOf("exec.approval_requested", approval));
    const { text } = JSON.parse(server.seen[0]!.body) as { text: string };
    expect(text).toBe("Approval needed: &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt; (destructive risk) in &lt;!here&gt;");
  });
});
