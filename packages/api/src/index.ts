// Request core: client, errors, pagination.
export { createXerotierClient, type XerotierClient, type XerotierFetch } from "./client";
export type { XerotierClientOptions } from "./core/options";
export type { RequestOptions } from "./core/request-options";
export type { RetryInfo, XerotierLogger } from "./core/transport";
export type { XerotierMethod, XerotierResult, XerotierHttpMethod } from "./core/typed-methods";
export {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  errorFromResponse,
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
  type ErrorFromResponseOptions,
  type RateLimitErrorInit,
  type RateLimitInfo,
  type ResponseLike,
  type RetryStrategy,
  type XerotierErrorCode,
  type XerotierErrorInit,
  type XerotierErrorJSON,
} from "./errors";
export {
  paginate,
  type ListInit,
  type ListItemOf,
  type ListPaths,
  type PaginateArgs,
  type Page,
  type PaginateOptions,
  type Paginator,
} from "./pagination";
export { parseRetryAfter } from "./core/retry-after";
export { sleep } from "./core/sleep";
export {
  clampRetryDelay,
  MAX_RETRY_DELAY_MS,
  MAX_TIMER_DELAY_MS,
  MIN_RETRY_DELAY_MS,
  timerDelay,
  type RetryDelayRange,
} from "./core/delay";
export { VERSION } from "./version";
// Event stream (SSE) and webhooks: one event union for both.
export * from "./events/index";
export * from "./webhooks/index";
// The tolerant reader: what the SDK demands of a server, and schema-drift reports.
export * from "./reader/index";
// Generated wire types and the contract version, for helper packages' friendly type aliases.
export type { components, paths } from "./generated/schema";
export { SPEC_VERSION } from "./generated/spec-version";
// Every value of each of the spec's closed enums (risk levels, statuses, roles), for flags, filters and forms.
export * from "./generated/enums";
