import type { ApprovalEvent, EventApproval as Approval } from "../types";
import { sinkDeliveryKey, textField, type ApprovalSink, type SinkContext } from "./context";
import { checkTimeoutMs, postToSink, truncate, type SinkFetch } from "./http";

/** PagerDuty's alert severities. */
export type PagerDutySeverity = "critical" | "error" | "warning" | "info";

/** Options of {@link pagerDutySink}. */
export interface PagerDutySinkOptions {
  /** The Events API v2 integration key of the service (the `routing_key`). */
  routingKey: string;
  /** Events API endpoint. Default `https://events.pagerduty.com/v2/enqueue`. */
  url?: string;
  /** `payload.source`. Default: the approval's workspace id. */
  source?: string;
  /** Severity of the alert. Default: by risk (irreversible → critical, destructive → error, write → warning, read → info, unknown → critical). */
  severity?: (approval: Approval) => PagerDutySeverity;
  /** A link to the approval in your console, attached to the alert. */
  approvalUrl?: (approval: Approval) => string;
  /** Request timeout, ms. Default 10 000. */
  timeoutMs?: number;
  /** The `fetch` to use. Default `globalThis.fetch`. */
  fetch?: SinkFetch;
}

/** The Events API v2 endpoint. */
export const PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";

const SEVERITY_BY_RISK: Record<string, PagerDutySeverity> = { irreversible: "critical", destructive: "error", write: "warning", read: "info" };
const RESOLVING = new Set(["exec.approved", "exec.rejected", "exec.approval_timed_out"]);
const TRIGGERING = new Set(["exec.approval_requested", "exec.approval_escalated"]);

/**
 * A notifier sink that pages through the PagerDuty Events API v2: a `trigger` when an approval is
 * requested (again on each escalation, which adds to the same alert), a `resolve` once it is
 * approved, rejected or timed out. The alert's `dedup_key` is per approval (`xerotier-approval:<id>`),
 * so a repeated trigger never opens a second alert and the resolve closes the right one. Events of
 * other types are ignored.
 *
 * @example
 * ```ts
 * const notifier = createNotifier({ approvals, deliver: pagerDutySink({ routingKey: process.env.PD_ROUTING_KEY! }) });
 * ```
 */
export function pagerDutySink(options: PagerDutySinkOptions): ApprovalSink {
  if (typeof options.routingKey !== "string" || options.routingKey === "") throw new TypeError("pagerDutySink needs a routingKey.");
  const timeoutMs = checkTimeoutMs(options.timeoutMs ?? 10_000);
  return async (event: ApprovalEvent, context: SinkContext = {}) => {
    const body = pagerDutyEvent(event, options, sinkDeliveryKey(event, context));
    if (body === undefined) return;
    await postToSink({
      sink: "pagerduty",
      fetch: options.fetch,
      url: options.url ?? PAGERDUTY_EVENTS_URL,
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" },
      timeoutMs,
      signal: context.signal,
      secrets: [options.routingKey],
    });
  };
}

/** The dedup key of the alert about one approval; trigger and resolve share it. */
export function pagerDutyDedupKey(approvalId: string): string {
  return truncate(`xerotier-approval:${approvalId}`, 255);
}

/** The Events API v2 request body for `event`, or `undefined` for an event type that neither triggers nor resolves. */
export function pagerDutyEvent(event: ApprovalEvent, options: PagerDutySinkOptions, deliveryKey: string): Record<string, unknown> | undefined {
  const approval = event.data;
  const dedup_key = pagerDutyDedupKey(approval.id);
  if (RESOLVING.has(event.type)) return { routing_key: options.routingKey, event_action: "resolve", dedup_key };
  if (!TRIGGERING.has(event.type)) return undefined;
  const tool = textField(approval, "tool_name", textField(approval.tool_call, "name", "unknown tool"));
  const risk = textField(approval, "risk", "unknown");
  const workspace = textField(approval, "workspace_id", "unknown workspace");
  const escalated = event.type === "exec.approval_escalated" ? ` (escalated, level ${String(approval.escalation_level ?? "?")})` : "";
  const link = options.approvalUrl?.(approval);
  return {
    routing_key: options.routingKey,
    event_action: "trigger",
    dedup_key,
    payload: {
      summary: truncate(`Approval needed${escalated}: ${tool} (${risk} risk) in ${workspace}`, 1024),
      source: options.source ?? workspace,
      severity: options.severity?.(approval) ?? SEVERITY_BY_RISK[risk] ?? "critical",
      ...(typeof approval.created_at === "string" ? { timestamp: approval.created_at } : {}),
      component: tool,
      group: workspace,
      class: "xerotier.approval",
      custom_details: {
        approval_id: approval.id,
        prompt: approval.prompt,
        tool_call: approval.tool_call,
        risk,
        expires_at: approval.expires_at,
        agent_id: approval.agent_id,
        invocation_id: approval.invocation_id,
        escalation_level: approval.escalation_level,
        delivery_key: deliveryKey,
      },
    },
    client: "Xerotier",
    ...(link ? { client_url: link, links: [{ href: link, text: "Open the approval" }] } : {}),
  };
}
