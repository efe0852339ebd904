/**
 * `@xerotier/api/internal`: what the `@xerotier/*` helper packages (approvals, agents, exec, the
 * CLI) share beyond the public API: the transport's building blocks, the event stream's parts,
 * the tolerant reader, waits, backoff and the error brand. **No semver guarantee**: any name here
 * may change or go in any release. Applications should import from `@xerotier/api`.
 *
 * @packageDocumentation
 */
// Errors: building them from responses, their init shapes, the one cross-copy brand.
export { brandError } from "./core/brand";
export {
  errorFromResponse,
  rewrapInit,
  type ErrorFromResponseOptions,
  type RateLimitErrorInit,
  type RateLimitInfo,
  type ResponseLike,
  type RetryStrategy,
  type XerotierErrorInit,
} from "./errors";
export type { XerotierSdkErrorInit } from "./sdk-error";
// Friendly names of resources several helper packages return.
export type { Agent, Approval, ApprovalStatus, Risk } from "./resource-types";
// Client and request plumbing.
export type { XerotierFetch } from "./client";
export { DEFAULT_BASE_URL, resolveEndpoint, splitBaseUrl, type EndpointSource, type ResolvedEndpoint, type SplitBaseUrl } from "./core/base-url";
export type { XerotierHttpMethod, XerotierMethod, XerotierResult } from "./core/typed-methods";
export type { ListInit, ListItemOf, ListPaths, PaginateArgs } from "./pagination";
export { parseRetryAfter } from "./core/retry-after";
// Waiting: one abortable sleep, one backoff, one clamp, one duration check.
export { sleep } from "./core/sleep";
export { DEFAULT_POLL_INTERVAL_MS, waitFor, type WaitForOptions } from "./core/wait-for";
// Reading bodies we did not write: one bounded reader for requests and responses alike.
export { readUpTo, type CappedBytes } from "./core/read-capped";
// Files a helper keeps on disk (a checkpoint, pause records): replaced in one step, the fs passed in.
export { replaceFile, temporaryPath, type ReplaceFileSystem } from "./files/replace-file";
export { isProcessAlive } from "./files/process-alive";
export { createSseDecoder, type SseMessage } from "./events/sse-decoder";
// The one set of redaction rules, the client's errors' own: for anything that keeps or prints what a
// server sent (sink errors, recorded fixtures).
export { bodyExcerpt, isSensitiveHeader, MAX_EXCERPT_LENGTH, REDACTED, redactHeaders, redactSecrets } from "./core/redact";
// Per-call options of the helpers' methods and waits: picked fields, paging split, abort error.
export {
  abortError,
  pagingOf,
  readOptions,
  waitRequestOptions,
  writeOptions,
  type ListOptions,
  type PagingLimits,
  type ReadOptions,
} from "./core/helper-options";
export { fullJitterBackoffMs, retryDelayMs, type BackoffOptions, type RetryDelayOptions } from "./core/backoff";
export {
  clampRetryDelay,
  durationOption,
  MAX_RETRY_DELAY_MS,
  MAX_TIMER_DELAY_MS,
  MIN_RETRY_DELAY_MS,
  timerDelay,
  type RetryDelayRange,
} from "./core/delay";
// Spans around work made of several calls (waits, reconnects): children of the caller's span.
export { withSpan, type SpanAttributeValues, type SpanNotes } from "./tracing/with-span";
// The event stream's parts, for helpers that open their own streams or synthesize events.
export {
  AGENT_EVENT_TYPES,
  APPROVAL_EVENT_TYPES,
  EVENT_TYPES,
  INVOCATION_EVENT_TYPES,
  isEventType,
  type AgentEventData,
  type AgentEventType,
  type ApprovalEventData,
  type ApprovalEventType,
  type EventEnvelope,
  type EventStreamItem,
  type InvocationEventData,
  type InvocationEventType,
  type KnownEvent,
} from "./events/types";
export { EventTypeValues, InvocationStatusFinalValues } from "./generated/enums";
export { createEventStream } from "./events/event-stream";
export { createSerialIterator, type SerialIterator, type SerialSource } from "./events/serial-iterator";
export type { EventStream, EventStreamOpenContext, EventStreamOpener, EventStreamOptions } from "./events/stream-options";
export { validateEventEnvelope, type EventReaderOptions, type EventValidationResult, type ValidateEvent } from "./events/validate";
export { eventStreamRequestHeaders, isHeaderSafeEventId } from "./events/request-headers";
export type { EventFilters } from "./events/stream-events";
export { RecentIds } from "./events/recent-ids";
// Webhook signing details (the spec's `webhooks` section).
export type { SignedWebhook, SignWebhookOptions } from "./webhooks/sign";
export { WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from "./webhooks/sign";
export type { WebhookHeaders } from "./webhooks/verify";
export {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_SIGNATURE_PATTERN,
  WEBHOOK_TIMESTAMP_PATTERN,
  WEBHOOK_TOLERANCE_SECONDS,
  type WebhookEventType,
} from "./generated/webhooks";
// The tolerant reader and drift reporting.
export { createDriftReporter, DRIFT_MEMORY, type DriftReporter, type SchemaDriftHandler } from "./reader/drift";
export { unknownStatusReporter, type DriftReporting, type UnknownStatusReport } from "./reader/unknown-status";
export { readAgent, readApproval, readAs, readInvocation, readJoinKey, readWorkspace, type ReadableSchema, type ReadResult } from "./reader/read";
