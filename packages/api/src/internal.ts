/**
 * `@xerotier/api/internal`: what the `@xerotier/*` helper packages (approvals, agents, exec, the
 * CLI) share beyond the public API: the transport's building blocks, the event stream's parts,
 * the tolerant reader, waits, backoff and the error brand. **No semver guarantee**: any name here
 * may change or go in any release. Applications should import from `@xerotier/api`.
 *
 * @packageDocumentation
 */
// Errors: their init shape, re-wrapping one, the one cross-copy brand.
export { brandError } from "./core/brand";
export { rewrapInit, type XerotierErrorInit } from "./errors";
// Friendly names of resources several helper packages return.
export type { Agent, Approval, ApprovalStatus, Risk } from "./resource-types";
// Client and request plumbing.
export { resolveEndpoint, type EndpointSource, type ResolvedEndpoint } from "./core/base-url";
export type { XerotierResult } from "./core/typed-methods";
export { parseRetryAfter } from "./core/retry-after";
// Waiting: one abortable sleep, one backoff, one clamp, one duration check.
export { sleep } from "./core/sleep";
export { DEFAULT_POLL_INTERVAL_MS, waitFor } from "./core/wait-for";
// Reading bodies we did not write: one bounded reader for requests and responses alike.
export { readUpTo } from "./core/read-capped";
// Files a helper keeps on disk (a checkpoint, pause records): replaced in one step, the fs passed in.
export { replaceFile, temporaryPath } from "./files/replace-file";
export { isProcessAlive } from "./files/process-alive";
export { createSseDecoder, type SseMessage } from "./events/sse-decoder";
// The one set of redaction rules, the client's errors' own: for anything that keeps or prints what a
// server sent (sink errors, recorded fixtures).
export { bodyExcerpt, REDACTED, redactHeaders, redactSecrets } from "./core/redact";
// Per-call options of the helpers' methods and waits: picked fields, paging split, abort error.
export { abortError, pagingOf, readOptions, waitRequestOptions, writeOptions, type ListOptions, type ReadOptions } from "./core/helper-options";
export { retryDelayMs } from "./core/backoff";
export { clampRetryDelay, durationOption, MAX_RETRY_DELAY_MS, timerDelay } from "./core/delay";
// Spans around work made of several calls (waits, reconnects): children of the caller's span.
export { withSpan } from "./tracing/with-span";
// The event stream's parts, for helpers that open their own streams or synthesize events.
export { APPROVAL_EVENT_TYPES, type ApprovalEventType, type EventStreamItem } from "./events/types";
export { InvocationStatusFinalValues } from "./generated/enums";
export { createEventStream } from "./events/event-stream";
export { createSerialIterator, type SerialSource } from "./events/serial-iterator";
export type { EventStream } from "./events/stream-options";
export { eventStreamRequestHeaders } from "./events/request-headers";
export { RecentIds } from "./events/recent-ids";
// The tolerant reader and drift reporting.
export { unknownStatusReporter, type DriftReporting, type UnknownStatusReport } from "./reader/unknown-status";
export { readApproval } from "./reader/read";
