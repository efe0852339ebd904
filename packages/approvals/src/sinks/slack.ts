import type { ApprovalEvent, EventApproval as Approval } from "../types";
import type { ApprovalSink, SinkContext } from "./context";
import { checkTimeoutMs, postToSink, urlSecrets, type SinkFetch } from "./http";
import { slackMessage } from "./slack-message";

/** Options of {@link slackSink}. */
export interface SlackSinkOptions {
  /** The incoming-webhook URL (`https://hooks.slack.com/services/…`); a secret, never logged. */
  webhookUrl: string;
  /** Which events to post. Default: every approval event. */
  events?: ReadonlyArray<ApprovalEvent["type"]>;
  /** A link to the approval in your console, shown under the message. */
  approvalUrl?: (approval: Approval) => string;
  /** Request timeout, ms. Default 10 000. */
  timeoutMs?: number;
  /** The `fetch` to use. Default `globalThis.fetch`. */
  fetch?: SinkFetch;
}

/**
 * A notifier sink that posts to a Slack incoming webhook: the approval (prompt, tool call, risk,
 * expiry) with Approve / Reject buttons while it is open, and a short message once decided. Pair
 * it with {@link slackInteractivityHandler} so the buttons work. Incoming webhooks have no
 * idempotency key: a repeated delivery posts a second message (the notifier's ledger is what
 * prevents repeats; see the guide "Running notifiers on several hosts").
 *
 * @example
 * ```ts
 * const notifier = createNotifier({ approvals, deliver: slackSink({ webhookUrl: process.env.SLACK_WEBHOOK_URL! }) });
 * ```
 */
export function slackSink(options: SlackSinkOptions): ApprovalSink {
  if (typeof options.webhookUrl !== "string" || !/^https?:\/\//.test(options.webhookUrl)) throw new TypeError("slackSink needs an http(s) webhookUrl.");
  const timeoutMs = checkTimeoutMs(options.timeoutMs ?? 10_000);
  const wanted = options.events ? new Set<string>(options.events) : undefined;
  const secrets = urlSecrets(options.webhookUrl); // the whole URL is the credential
  return async (event: ApprovalEvent, context: SinkContext = {}) => {
    if (wanted && !wanted.has(event.type)) return;
    await postToSink({
      sink: "slack",
      fetch: options.fetch,
      url: options.webhookUrl,
      body: JSON.stringify(slackMessage(event, { approvalUrl: options.approvalUrl })),
      headers: { "Content-Type": "application/json" },
      timeoutMs,
      signal: context.signal,
      secrets,
    });
  };
}
