/**
 * `@xerotier/api`: the typed client for the Xerotier API, its errors, pagination, the event
 * stream and webhook verification. What the `@xerotier/*` helper packages share beyond this is in
 * `@xerotier/api/internal` (no semver guarantee).
 *
 * @packageDocumentation
 */
// The client and its options.
export { createXerotierClient, type XerotierClient } from "./client";
export type { XerotierClientOptions } from "./core/options";
export type { RequestOptions, XerotierMiddleware, XerotierMiddlewareParams, XerotierRawClient, XerotierRawMethod } from "./core/typed-methods";
export type { XerotierTracerProvider, XerotierTracingOptions } from "./tracing/client-tracing";
export type { RetryInfo, XerotierLogger } from "./core/transport";
// Errors: one class tree; server failures carry the server's `code`, SDK failures a `reason`.
export {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidPathParameterError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ScopeInsufficientError,
  ServiceUnavailableError,
  XerotierConfigError,
  XerotierError,
  type XerotierErrorCode,
  type XerotierErrorJSON,
} from "./errors";
export { XerotierSdkError } from "./sdk-error";
export { EventStreamError, type EventStreamErrorReason } from "./events/errors";
export { WebhookVerificationError, type WebhookVerificationReason } from "./webhooks/errors";
// Pagination.
export type { Page, PaginateOptions, Paginator } from "./pagination";
// The event stream: one event union for the stream and webhooks.
export { streamEvents, type StreamEventsOptions } from "./events/stream-events";
export { isAgentEvent, isApprovalEvent, isInvocationEvent, isKnownEvent, isStreamReset } from "./events/types";
export type {
  AgentEvent,
  ApprovalEvent,
  EventType,
  InvocationEvent,
  StreamReset,
  UnknownEvent,
  XerotierEvent,
} from "./events/types";
export type { ReconnectInfo } from "./events/stream-options";
export type { InvalidEventReport } from "./events/frames";
export type { SchemaDriftReport } from "./reader/drift";
// Webhooks.
export { createEventReader } from "./events/validate";
export { signWebhook } from "./webhooks/sign";
export { verifyWebhook, type VerifyWebhookOptions } from "./webhooks/verify";
export type { WebhookPayloads } from "./generated/webhooks";
// Wire types as the SDK reads them (open enums, tolerant schemas) and the spec's closed enums.
export type { OpenAgentRole, OpenAgentStatus, OpenApprovalStatus, OpenInvocationStatus, OpenJoinKeyStatus, OpenRisk } from "./reader/open-enums";
/** Every spec schema as the SDK reads it (only `x-tolerant-required` fields are sure; enums are open). */
export type * as Tolerant from "./generated/tolerant";
export type { components, paths } from "./generated/schema";
export {
  AgentRoleValues,
  AgentStatusValues,
  ApprovalStatusValues,
  InvocationStatusValues,
  JoinKeyStatusValues,
  RiskValues,
} from "./generated/enums";
export { SPEC_VERSION } from "./generated/spec-version";
export { VERSION } from "./version";
