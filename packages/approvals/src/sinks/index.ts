/**
 * `@xerotier/approvals/sinks`: ready `deliver` functions for `createNotifier` (PagerDuty Events
 * API v2, Slack incoming webhooks, a signed generic webhook) and the Slack interactivity handler
 * that turns button presses into decisions. Each sink takes an injectable `fetch` and a timeout.
 *
 * @packageDocumentation
 */
export type { ApprovalSink, SinkContext } from "./context";
export { SinkDeliveryError, type SinkName } from "./errors";
export type { SinkFetch } from "./http";
export { pagerDutySink, type PagerDutySeverity, type PagerDutySinkOptions } from "./pagerduty";
export { slackSink, type SlackSinkOptions } from "./slack";
export { signSlackRequest, verifySlackSignature, type SlackSignatureProblem, type VerifySlackSignatureOptions } from "./slack-signature";
export {
  slackInteractivityHandler,
  type SlackDecisionOutcome,
  type SlackInteractivityOptions,
  type SlackUser,
} from "./slack-interactivity";
export { signedWebhookSink, type SignedWebhookSinkOptions } from "./webhook";
