import { verifyWebhook, WebhookVerificationError } from "@xerotier/api";
import { afterEach, describe, expect, it } from "vitest";
import { approvalFixture, eventOf, startProvider, type ProviderServer, type Seen } from "./sink-support";
import { signedWebhookSink } from "../src/sinks/index";
import { IDEMPOTENCY_KEY_HEADER } from "../src/sinks/webhook";

const secret = "whsec_fleet_test";

/**
 * A receiver built the way our webhook guide says: verify the signature and timestamp with
 * `verifyWebhook`, then drop repeats by the Idempotency-Key. 401 on a bad signature.
 */
function receiver() {
  const accepted = new Map<string, unknown>();
  let repeats = 0;
  const answer = async (request: Seen) => {
    try {
      const event = await verifyWebhook({ body: request.body, headers: request.headers as Record<string, string>, secret });
      const key = request.headers["idempotency-key"] as string;
      if (accepted.has(key)) repeats += 1;
      else accepted.set(key, event);
      return { status: 204, body: "" };
    } catch (error) {
      return { status: error instanceof WebhookVerificationError ? 401 : 400, body: JSON.stringify({ error: String(error) }) };
    }
  };
  return { accepted, answer, repeats: () => repeats };
}

let server: ProviderServer | undefined;
afterEach(async () => server?.close());

describe("signedWebhookSink", () => {
  it("POSTs the event envelope signed like Xerotier's webhooks, with the delivery key as Idempotency-Key", async () => {
    const r = receiver();
    server = await startProvider(r.answer);
    const deliver = signedWebhookSink({ url: `${server.url}/hooks/approvals`, secret, headers: { Authorization: "Bearer gateway" } });
    const event = eventOf("exec.approval_requested", approvalFixture());
    await deliver(event, { deliveryKey: `${event.data.id}:exec.approval_requested` });
    const seen = server.seen[0]!;
    expect(seen.method).toBe("POST");
    expect(seen.path).toBe("/hooks/approvals");
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(seen.headers.authorization).toBe("Bearer gateway");
    expect(seen.headers["x-webhook-signature"]).toMatch(/^[0-9a-f]{64}$/);
    expect(Math.abs(Number(seen.headers["x-webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(300);
    expect(seen.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()]).toBe(`${event.data.id}:exec.approval_requested`);
    expect(JSON.parse(seen.body)).toEqual(event);
    expect(r.accepted.get(`${event.data.id}:exec.approval_requested`)).toEqual(event);
  });

  it("sends the same Idempotency-Key for a repeat of one transition (computed when the context has none)", async () => {
    const r = receiver();
    server = await startProvider(r.answer);
    const deliver = signedWebhookSink({ url: `${server.url}/hook`, secret });
    const approval = approvalFixture();
    await deliver(eventOf("exec.approval_requested", approval, "evt_1"));
    await deliver(eventOf("exec.approval_requested", approval, "relist:copy"));
    await deliver(eventOf("exec.approved", { ...approval, status: "approved" }, "evt_2"));
    expect([...r.accepted.keys()]).toEqual([`${approval.id}:exec.approval_requested`, `${approval.id}:exec.approved`]);
    expect(r.repeats()).toBe(1);
  });

  it("fails (not retryable) when the receiver refuses the signature, e.g. a wrong secret", async () => {
    server = await startProvider(receiver().answer);
    const deliver = signedWebhookSink({ url: `${server.url}/hook`, secret: "another-secret" });
    await expect(deliver(eventOf("exec.approval_requested"))).rejects.toMatchObject({ sink: "webhook", status: 401, isRetryable: false });
  });

  it("rejects with the notifier's abort reason, not a sink failure, when the notifier stops", async () => {
    server = await startProvider(() => new Promise(() => undefined));
    const deliver = signedWebhookSink({ url: `${server.url}/hook`, secret });
    const stopping = new AbortController();
    const pending = deliver(eventOf("exec.approval_requested"), { signal: stopping.signal });
    stopping.abort(new Error("notifier stopped"));
    await expect(pending).rejects.toThrow("notifier stopped");
  });

  it("refuses a url that is not http(s) at construction", () => {
    expect(() => signedWebhookSink({ url: "ftp://example", secret })).toThrow(TypeError);
  });
});
