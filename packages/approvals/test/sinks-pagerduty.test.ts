import { afterEach, describe, expect, it } from "vitest";
import { approvalFixture, eventOf, startProvider, type ProviderServer, type Seen } from "./sink-support";
import { pagerDutySink, SinkDeliveryError } from "../src/sinks/index";

const SEVERITIES = new Set(["critical", "error", "warning", "info"]);
const ACTIONS = new Set(["trigger", "acknowledge", "resolve"]);

interface PdEvent {
  routing_key?: unknown;
  event_action?: string;
  dedup_key?: unknown;
  payload?: { summary?: unknown; source?: unknown; severity?: string };
}

/**
 * The Events API v2 `POST /v2/enqueue` as documented: routing_key and event_action required;
 * dedup_key at most 255 characters; a trigger needs payload.summary (≤ 1024), source, severity.
 * 202 with {status, message, dedup_key} when accepted, 400 "invalid event" otherwise. Keeps the
 * alerts by dedup_key: a trigger opens one (or adds to the open one), a resolve closes it.
 */
function pagerDuty() {
  const alerts = new Map<string, { status: "triggered" | "resolved"; triggers: number; summary: string }>();
  const invalid = (why: string) => ({ status: 400, body: JSON.stringify({ status: "invalid event", message: "Event object is invalid", errors: [why] }) });
  const answer = (request: Seen) => {
    if (request.method !== "POST" || request.path !== "/v2/enqueue") return { status: 404, body: "{}" };
    if (!String(request.headers["content-type"]).startsWith("application/json")) return invalid("content type");
    const event = JSON.parse(request.body) as PdEvent;
    if (typeof event.routing_key !== "string" || event.routing_key.length === 0) return invalid("routing_key");
    if (!ACTIONS.has(String(event.event_action))) return invalid("event_action");
    const dedupKey = event.dedup_key;
    if (typeof dedupKey !== "string" || dedupKey.length > 255) return invalid("dedup_key");
    if (event.event_action === "trigger") {
      const p = event.payload ?? {};
      if (typeof p.summary !== "string" || p.summary.length > 1024 || typeof p.source !== "string" || !SEVERITIES.has(String(p.severity))) return invalid("payload");
      const open = alerts.get(dedupKey);
      if (open?.status === "triggered") open.triggers += 1;
      else alerts.set(dedupKey, { status: "triggered", triggers: 1, summary: p.summary });
    } else if (event.event_action === "resolve") {
      const open = alerts.get(dedupKey);
      if (open) open.status = "resolved";
    }
    return { status: 202, body: JSON.stringify({ status: "success", message: "Event processed", dedup_key: dedupKey }) };
  };
  return { alerts, answer };
}

let server: ProviderServer | undefined;
afterEach(async () => server?.close());

describe("pagerDutySink", () => {
  it("triggers one alert per approval with every documented field, and resolves it once decided", async () => {
    const pd = pagerDuty();
    server = await startProvider(pd.answer);
    const deliver = pagerDutySink({ routingKey: "R0UTINGKEY0000000000000000000000", url: `${server.url}/v2/enqueue`, approvalUrl: (a) => `https://console.example/approvals/${a.id}` });
    const approval = approvalFixture();
    await deliver(eventOf("exec.approval_requested", approval), { deliveryKey: `${approval.id}:exec.approval_requested` });
    await deliver(eventOf("exec.approval_requested", approval)); // a repeat (e.g. from another replica)
    const trigger = JSON.parse(server.seen[0]!.body);
    expect(trigger).toEqual({
      routing_key: "R0UTINGKEY0000000000000000000000",
      event_action: "trigger",
      dedup_key: `xerotier-approval:${approval.id}`,
      payload: {
        summary: "Approval needed: kubectl_drain (destructive risk) in ws_kube_prod",
        source: "ws_kube_prod",
        severity: "error",
        timestamp: "2026-11-25T14:45:00.000Z",
        component: "kubectl_drain",
        group: "ws_kube_prod",
        class: "xerotier.approval",
        custom_details: {
          approval_id: approval.id,
          prompt: approval.prompt,
          tool_call: approval.tool_call,
          risk: "destructive",
          expires_at: approval.expires_at,
          agent_id: "agt_xem_fleet_01",
          invocation_id: "inv_42",
          escalation_level: 0,
          delivery_key: `${approval.id}:exec.approval_requested`,
        },
      },
      client: "Xerotier",
      client_url: `https://console.example/approvals/${approval.id}`,
      links: [{ href: `https://console.example/approvals/${approval.id}`, text: "Open the approval" }],
    });
    expect(pd.alerts.size).toBe(1);
    expect(pd.alerts.get(`xerotier-approval:${approval.id}`)).toMatchObject({ status: "triggered", triggers: 2 });

    await deliver(eventOf("exec.approved", { ...approval, status: "approved", decided_by: "alice" }));
    expect(JSON.parse(server.seen[2]!.body)).toEqual({ routing_key: "R0UTINGKEY0000000000000000000000", event_action: "resolve", dedup_key: `xerotier-approval:${approval.id}` });
    expect(pd.alerts.get(`xerotier-approval:${approval.id}`)?.status).toBe("resolved");
  });

  it("resolves on rejection and on timeout too, and maps risk to severity (unknown risk pages as critical)", async () => {
    const pd = pagerDuty();
    server = await startProvider(pd.answer);
    const deliver = pagerDutySink({ routingKey: "rk", url: `${server.url}/v2/enqueue` });
    const risks = { irreversible: "critical", destructive: "error", write: "warning", read: "info", quantum: "critical" } as const;
    for (const [i, [risk, severity]] of Object.entries(risks).entries()) {
      const approval = approvalFixture({ id: `apr-${i}`, risk: risk as never });
      await deliver(eventOf("exec.approval_requested", approval));
      expect(JSON.parse(server.seen.at(-1)!.body).payload.severity).toBe(severity);
      await deliver(eventOf(i % 2 === 0 ? "exec.rejected" : "exec.approval_timed_out", approval));
      expect(pd.alerts.get(`xerotier-approval:apr-${i}`)?.status).toBe("resolved");
    }
  });

  it("re-triggers the same alert on escalation, says so in the summary, and ignores other event types", async () => {
    const pd = pagerDuty();
    server = await startProvider(pd.answer);
    const deliver = pagerDutySink({ routingKey: "rk", url: `${server.url}/v2/enqueue`, source: "xerotier-prod" });
    const approval = approvalFixture();
    await deliver(eventOf("exec.approval_requested", approval));
    await deliver(eventOf("exec.approval_escalated", { ...approval, status: "escalated", escalation_level: 1 }));
    const escalation = JSON.parse(server.seen[1]!.body);
    expect(escalation.payload.summary).toBe("Approval needed (escalated, level 1): kubectl_drain (destructive risk) in ws_kube_prod");
    expect(escalation.payload.source).toBe("xerotier-prod");
    expect(pd.alerts.get(`xerotier-approval:${approval.id}`)).toMatchObject({ status: "triggered", triggers: 2 });
    await deliver(eventOf("exec.some_future_type" as never, approval));
    expect(server.seen).toHaveLength(2);
  });

  it("tolerates an approval missing optional fields and cuts the summary to 1024 characters", async () => {
    const pd = pagerDuty();
    server = await startProvider(pd.answer);
    const deliver = pagerDutySink({ routingKey: "rk", url: `${server.url}/v2/enqueue` });
    const sparse = { id: "apr-sparse", object: "approval", status: "pending", tool_name: "t".repeat(2000) } as unknown as ReturnType<typeof approvalFixture>;
    await deliver(eventOf("exec.approval_requested", sparse));
    const sent = JSON.parse(server.seen[0]!.body);
    expect(sent.payload.summary).toHaveLength(1024);
    expect(sent.payload).toMatchObject({ source: "unknown workspace", severity: "critical" });
    expect(sent.payload.timestamp).toBeUndefined();
  });

  it("fails with a retryable error on 429/5xx and a final one on 400, never showing the routing key", async () => {
    let status = 429;
    server = await startProvider(() => ({ status, body: JSON.stringify({ status: "throttled", message: "Requests for this service are arriving too quickly" }) }));
    const deliver = pagerDutySink({ routingKey: "SECRET_ROUTING_KEY", url: `${server.url}/v2/enqueue` });
    const error = await deliver(eventOf("exec.approval_requested")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinkDeliveryError);
    expect(error).toMatchObject({ sink: "pagerduty", status: 429, isRetryable: true });
    status = 400;
    const final = (await deliver(eventOf("exec.approval_requested")).catch((e: unknown) => e)) as SinkDeliveryError;
    expect(final).toMatchObject({ status: 400, isRetryable: false });
    expect(`${final.message} ${JSON.stringify(final)}`).not.toContain("SECRET_ROUTING_KEY");
  });

  it("gives up after timeoutMs on a provider that never answers", async () => {
    server = await startProvider(() => new Promise(() => undefined));
    const deliver = pagerDutySink({ routingKey: "rk", url: `${server.url}/v2/enqueue`, timeoutMs: 100 });
    await expect(deliver(eventOf("exec.approval_requested"))).rejects.toMatchObject({ sink: "pagerduty", isRetryable: true, message: "pagerduty sink: no answer within 100 ms" });
  });
});
