import {
  parseErrorEnvelope,
  parseRateLimitHeaders,
  type RateLimitInfo,
  type RetryStrategy,
  type XerotierErrorCode,
} from "./core/envelope";
import { brandError, hasBrand } from "./core/brand";
import { bodyExcerpt, redactHeaders, redactSecrets } from "./core/redact";
import { parseRetryAfter } from "./core/retry-after";

export type { RateLimitInfo, RetryStrategy, XerotierErrorCode } from "./core/envelope";

/** Fields every {@link XerotierError} may carry; all optional, so each subclass fills what it knows. */
export interface XerotierErrorInit {
  /** HTTP status of the response, when there was one. */
  status?: number;
  /** Machine-readable code from the error envelope (an open enum: unknown codes pass through). */
  code?: XerotierErrorCode;
  /** Error category from the envelope, e.g. `invalid_request_error`; branch on `code` first. */
  type?: string;
  /** The offending request parameter, when the server named one. */
  param?: string;
  /** The response's `x-request-id` (or the one the SDK sent); quote it to support. */
  requestId?: string;
  /** How long the server asked the client to wait before retrying. */
  retryAfterMs?: number;
  /** Response headers, already redacted (see `redactHeaders`). */
  headers?: Record<string, string>;
  /** A short, single-line, secret-free excerpt of a body that was not an error envelope. */
  bodyExcerpt?: string;
  /** Overrides the class's default retry rule. */
  isRetryable?: boolean;
  /** The underlying failure (a network error, a `SyntaxError`, an abort reason). */
  cause?: unknown;
}

/** The log-safe shape {@link XerotierError.toJSON} returns. */
export interface XerotierErrorJSON {
  name: string;
  message: string;
  status?: number;
  code?: string;
  type?: string;
  param?: string;
  requestId?: string;
  retryAfterMs?: number;
  isRetryable: boolean;
  headers?: Record<string, string>;
  bodyExcerpt?: string;
  rateLimit?: RateLimitInfo;
  retryStrategy?: RetryStrategy;
  /** Why the SDK itself failed, for a {@link XerotierSdkError}. */
  reason?: string;
  cause?: { name: string; message: string; code?: string };
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");
const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);

/**
 * Base class of every error this SDK throws. `instanceof` works across duplicate copies of the
 * package (ESM + CJS, nested `node_modules`) thanks to a `Symbol.for` brand. `toJSON()` and
 * `util.inspect` output never contain credentials.
 *
 * @example
 * ```ts
 * try { await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id } } }); }
 * catch (err) {
 *   if (err instanceof NotFoundError) return undefined;
 *   if (err instanceof XerotierError) console.error(err.code, err.requestId);
 *   throw err;
 * }
 * ```
 */
export class XerotierError extends Error {
  /** HTTP status, or `undefined` when no response arrived (connection, timeout, abort, config). */
  readonly status: number | undefined;
  /** Machine-readable code from the envelope, e.g. `approval_already_resolved`. */
  readonly code: XerotierErrorCode | undefined;
  /** Error category from the envelope; use when `code` is `undefined`. */
  readonly type: string | undefined;
  /** The offending request parameter, when the server named one. */
  readonly param: string | undefined;
  /** The response's `x-request-id` (falls back to the one the SDK sent). */
  readonly requestId: string | undefined;
  /** How long the server asked to wait (Retry-After or `error.retry_after`), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** Response headers as a plain object, with credential-bearing headers redacted. */
  readonly headers: Record<string, string> | undefined;
  /** Up to 200 characters of a body that was not an error envelope (HTML from a proxy, truncated JSON). */
  readonly bodyExcerpt: string | undefined;
  /** Whether the SDK's retry rules consider this failure transient. */
  readonly isRetryable: boolean;

  /** Creates an error; prefer `errorFromResponse` for HTTP responses. */
  constructor(message: string, init: XerotierErrorInit = {}) {
    super(redactSecrets(message), init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.type = init.type;
    this.param = init.param === undefined ? undefined : redactSecrets(init.param);
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.headers = init.headers;
    this.bodyExcerpt = init.bodyExcerpt;
    this.isRetryable =
      init.isRetryable ?? (init.status === 429 ? init.code !== "quota_exceeded" : RETRYABLE_STATUSES.has(init.status ?? 0));
  }

  /** Brand check used by `instanceof`, so it holds across duplicate copies of this package. */
  static override [Symbol.hasInstance](this: abstract new (...args: never[]) => unknown, value: unknown): boolean {
    return hasBrand(this, value);
  }

  /**
   * Builds the typed error for a non-2xx response (or an unreadable 2xx): see `errorFromResponse`.
   *
   * @example
   * ```ts
   * const err = XerotierError.from(response, await response.text());
   * ```
   */
  static from(response: ResponseLike, bodyText?: string, options?: ErrorFromResponseOptions): XerotierError {
    return errorFromResponse(response, bodyText, options);
  }

  /** A log-safe plain object: no credentials, no raw body beyond the redacted excerpt. */
  toJSON(): XerotierErrorJSON {
    const cause = this.cause;
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      type: this.type,
      param: this.param,
      requestId: this.requestId,
      retryAfterMs: this.retryAfterMs,
      isRetryable: this.isRetryable,
      headers: this.headers,
      bodyExcerpt: this.bodyExcerpt,
      cause: summarizeCause(cause),
    };
  }

  /** Node's `util.inspect` hook: the stack plus the {@link toJSON} fields, never raw internals. */
  [INSPECT](_depth: number, options: unknown, inspect?: (value: unknown, options: unknown) => string): string {
    const { name: _name, message: _message, ...details } = this.toJSON();
    const defined = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
    const rendered = typeof inspect === "function" ? inspect(defined, options) : JSON.stringify(defined);
    return `${this.stack ?? `${this.name}: ${this.message}`} ${rendered}`;
  }

  static {
    brandError(this, "XerotierError");
  }
}

/**
 * The server's details of `error` (status, code, type, request id, redacted headers) as the init
 * of a more specific error that re-wraps it, with `error` as its `cause`: request ids survive.
 *
 * @example
 * ```ts
 * throw new InvocationAlreadyFinishedError(invocation, conflict); // super(message, rewrapInit(conflict))
 * ```
 */
export function rewrapInit(error: XerotierError): XerotierErrorInit {
  const { status, code, type, requestId, headers } = error;
  return { status, code, type, requestId, headers, cause: error };
}

// A log-safe summary of a cause; keeps a system error code (ECONNREFUSED, …) found on it or on its own cause.
function summarizeCause(cause: unknown): XerotierErrorJSON["cause"] {
  if (cause === undefined) return undefined;
  if (!(cause instanceof Error)) return { name: typeof cause, message: redactSecrets(String(cause)) };
  const inner = (cause as { cause?: unknown }).cause;
  const code = [cause, inner].map((e) => (e as { code?: unknown } | undefined)?.code).find((c) => typeof c === "string");
  return { name: cause.name, message: redactSecrets(cause.message), ...(code ? { code: code as string } : {}) };
}

/** HTTP 400: the request is malformed (`invalid_body`, `invalid_request`, `json_parse_error`, …). */
export class BadRequestError extends XerotierError {
  static {
    brandError(this, "BadRequestError");
  }
}

/** HTTP 401: the API key is missing, unknown or revoked (`authentication_error`). */
export class AuthenticationError extends XerotierError {
  static {
    brandError(this, "AuthenticationError");
  }
}

/** HTTP 403: the key may not do this (`cross_project_access`, or see {@link ScopeInsufficientError}). */
export class PermissionDeniedError extends XerotierError {
  static {
    brandError(this, "PermissionDeniedError");
  }
}

/** Code `scope_insufficient`: the key lacks the scope (`execution`, `management`, `inference`) this path needs. */
export class ScopeInsufficientError extends PermissionDeniedError {
  static {
    brandError(this, "ScopeInsufficientError");
  }
}

/** HTTP 404: the resource does not exist (`approval_not_found`, `agent_not_found`, …). */
export class NotFoundError extends XerotierError {
  static {
    brandError(this, "NotFoundError");
  }
}

/** HTTP 409: the request conflicts with the resource's state (`approval_already_resolved`, `idempotency_key_reused`, …). */
export class ConflictError extends XerotierError {
  static {
    brandError(this, "ConflictError");
  }
}

/** Extra fields of a {@link RateLimitError}. */
export interface RateLimitErrorInit extends XerotierErrorInit {
  /** Parsed `x-ratelimit-*` headers. */
  rateLimit?: RateLimitInfo;
  /** The envelope's `retry_strategy`. */
  retryStrategy?: RetryStrategy;
}

/**
 * HTTP 429. Retryable unless `code` is `quota_exceeded`. When the server asked for a wait longer
 * than `maxRetryAfterMs`, the SDK throws this at once with `retryAfterMs` set, so the caller can
 * schedule the retry instead of blocking.
 */
export class RateLimitError extends XerotierError {
  /** Parsed `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset`. */
  readonly rateLimit: RateLimitInfo;
  /** How the server suggests retrying (the envelope's `retry_strategy`), if it sent one. */
  readonly retryStrategy: RetryStrategy | undefined;

  /** Creates the error; `init.rateLimit` defaults to all-`undefined`. */
  constructor(message: string, init: RateLimitErrorInit = {}) {
    super(message, { ...init, isRetryable: init.isRetryable ?? init.code !== "quota_exceeded" });
    this.rateLimit = init.rateLimit ?? { limit: undefined, remaining: undefined, resetSeconds: undefined };
    this.retryStrategy = init.retryStrategy;
  }

  /** {@inheritDoc XerotierError.toJSON} */
  override toJSON(): XerotierErrorJSON {
    return { ...super.toJSON(), rateLimit: this.rateLimit, retryStrategy: this.retryStrategy };
  }

  static {
    brandError(this, "RateLimitError");
  }
}

/** HTTP 500, and any other 5xx without a more specific class (502, 504, …). Retryable for 500/502/503/504. */
export class InternalServerError extends XerotierError {
  static {
    brandError(this, "InternalServerError");
  }
}

/** HTTP 503: a dependency is unavailable (`backend_unavailable`, `tool_executor_unavailable`, …); retryable. */
export class ServiceUnavailableError extends InternalServerError {
  static {
    brandError(this, "ServiceUnavailableError");
  }
}

/** A 2xx response whose body is not valid JSON (a proxy's HTML page, an empty or truncated body). */
export class InvalidResponseError extends XerotierError {
  static {
    brandError(this, "InvalidResponseError");
  }
}

/** No response arrived: DNS failure, connection refused or reset. Retryable. */
export class APIConnectionError extends XerotierError {
  /** Creates the error; `init.cause` should hold the runtime's network error. */
  constructor(message = "Connection error.", init: XerotierErrorInit = {}) {
    super(message, { ...init, isRetryable: init.isRetryable ?? true });
  }

  static {
    brandError(this, "APIConnectionError");
  }
}

/** An attempt exceeded `timeoutMs` (retryable) or the call exceeded `deadlineMs`. */
export class APITimeoutError extends APIConnectionError {
  /** Creates the error. */
  constructor(message = "Request timed out.", init: XerotierErrorInit = {}) {
    super(message, init);
  }

  static {
    brandError(this, "APITimeoutError");
  }
}

/** The caller aborted the request through its `AbortSignal` (also during a retry backoff). Never retried. */
export class APIUserAbortError extends XerotierError {
  /** Creates the error; `init.cause` holds the signal's abort reason. */
  constructor(message = "Request was aborted.", init: XerotierErrorInit = {}) {
    super(message, { ...init, isRetryable: false });
  }

  static {
    brandError(this, "APIUserAbortError");
  }
}

/** The client was misconfigured (missing API key or project, invalid option value). Never retried. */
export class XerotierConfigError extends XerotierError {
  /** Creates the error; the message names the option and the environment variable to fix. */
  constructor(message: string) {
    super(message, { isRetryable: false });
  }

  static {
    brandError(this, "XerotierConfigError");
  }
}

/**
 * A path parameter that cannot be sent safely: missing, empty, not a string or number, or a dot
 * segment (`.` / `..`) that URL normalisation would turn into a different route. Never retried.
 */
export class InvalidPathParameterError extends XerotierError {
  /** Creates the error; `param` names the path parameter. */
  constructor(message: string, param: string) {
    super(message, { param, isRetryable: false });
  }

  static {
    brandError(this, "InvalidPathParameterError");
  }
}

/** What `errorFromResponse` needs from a response; a `Response` fits. */
export interface ResponseLike {
  status: number;
  statusText?: string;
  headers: Headers;
}

/** Context for `errorFromResponse`. */
export interface ErrorFromResponseOptions {
  /** Request id to report when the response has no `x-request-id` (the one the SDK sent). */
  requestId?: string;
  /** Secrets to scrub from the message and excerpt (the request's API key). */
  secrets?: readonly string[];
  /** Clock for HTTP-date `Retry-After` values. */
  nowMs?: number;
  /** The underlying failure, e.g. the `SyntaxError` from parsing a 2xx body. */
  cause?: unknown;
}

// Codes that decide the class whatever the status; the rest are classified by status.
const CLASS_BY_CODE: Record<string, typeof XerotierError> = {
  scope_insufficient: ScopeInsufficientError,
  cross_project_access: PermissionDeniedError,
  authentication_error: AuthenticationError,
  rate_limit_exceeded: RateLimitError,
  capacity_exceeded: RateLimitError,
  quota_exceeded: RateLimitError,
};

const CLASS_BY_STATUS: Record<number, typeof XerotierError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
  503: ServiceUnavailableError,
};

/**
 * Maps a response and its body text to the most specific error class: by envelope `code` first
 * (`scope_insufficient` → {@link ScopeInsufficientError}), then by status, then
 * {@link InternalServerError} for other 5xx and {@link XerotierError} for anything else. A body
 * that is not an envelope (HTML, empty, truncated JSON) still yields the right class, with the
 * status, request id and a short excerpt.
 *
 * @example
 * ```ts
 * const err = errorFromResponse(response, await response.text());
 * if (err.isRetryable) scheduleRetry(err.retryAfterMs);
 * ```
 */
export function errorFromResponse(
  response: ResponseLike,
  bodyText: string | undefined,
  options: ErrorFromResponseOptions = {},
): XerotierError {
  const { status, headers } = response;
  const secrets = options.secrets ?? [];
  const envelope = parseErrorEnvelope(bodyText);
  const init: RateLimitErrorInit = {
    status,
    code: envelope?.code,
    type: envelope?.type,
    param: envelope?.param === undefined ? undefined : redactSecrets(envelope.param, secrets),
    requestId: headers.get("x-request-id") ?? options.requestId,
    retryAfterMs: parseRetryAfter(headers.get("retry-after"), options.nowMs) ?? envelope?.retryAfterMs,
    headers: redactHeaders(headers, secrets),
    bodyExcerpt: envelope ? undefined : bodyExcerpt(bodyText ?? "", secrets),
    cause: options.cause,
  };
  const label = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ""}`;
  if (status >= 200 && status < 300) {
    return new InvalidResponseError(`${label}: the response body is not valid JSON`, init);
  }
  const message = envelope
    ? redactSecrets(envelope.message, secrets)
    : `${label}: ${init.bodyExcerpt ? "the error body is not a Xerotier error envelope" : "empty error body"}`;
  const Class =
    (envelope?.code !== undefined ? CLASS_BY_CODE[envelope.code] : undefined) ??
    CLASS_BY_STATUS[status] ??
    (status >= 500 ? InternalServerError : XerotierError);
  if (Class === RateLimitError) {
    return new RateLimitError(message, {
      ...init,
      rateLimit: parseRateLimitHeaders(headers),
      retryStrategy: envelope?.retryStrategy,
    });
  }
  return new Class(message, init);
}
