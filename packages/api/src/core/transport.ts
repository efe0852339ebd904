import { APIUserAbortError, type XerotierError } from "../errors";
import type { TracingHook } from "../tracing/call-trace";
import { runAttempt, type AttemptEnv, type CallState, type FetchLike, type Outcome } from "./attempt";
import { DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, retryDelay, type RetryPolicy } from "./backoff";
import { specFromRequest, type CallSpec } from "./call-spec";
import { callDeadline } from "./deadline";
import type { CallOverrides } from "./typed-methods";
import { sleep } from "./sleep";
import { platformFetchIsUndici } from "./undici-dispatch";

export { RETRY_COUNT_HEADER, type FetchLike } from "./attempt";

/** A console-compatible logger; every method is optional and the default logs nothing. */
export interface XerotierLogger {
  /** Each attempt and response. */
  debug?(message: string, details?: Record<string, unknown>): void;
  /** Each retry, with its delay and cause. */
  info?(message: string, details?: Record<string, unknown>): void;
  /** A call that failed for good. */
  warn?(message: string, details?: Record<string, unknown>): void;
  /** Reserved for failures of the SDK itself. */
  error?(message: string, details?: Record<string, unknown>): void;
}

/** What `onRetry` receives before each retry's wait. */
export interface RetryInfo {
  /** Which retry is about to happen: 1 for the first retry (the second attempt). */
  attempt: number;
  /** How long the SDK will wait before it. */
  delayMs: number;
  /** Why the previous attempt failed. */
  error: XerotierError;
  /** The failed attempt's `x-request-id`, if known. */
  requestId: string | undefined;
}

/** Options of {@link createRetryingFetch}; `createXerotierClient` passes its own through. */
export interface RetryingFetchOptions {
  /** Underlying fetch. Default: `globalThis.fetch`, looked up per call. */
  fetch?: FetchLike;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Limit per attempt (headers and, for JSON, the body). Default 60 000 ms. */
  timeoutMs?: number;
  /** Limit for the whole call, attempts and waits included. Default: none. */
  deadlineMs?: number;
  /** Longest server-requested wait the SDK will sleep through; longer ones throw at once. Default 60 000 ms. */
  maxRetryAfterMs?: number;
  /** Called before each retry's wait; throwing from it stops retrying with that error. */
  onRetry?: (info: RetryInfo) => void | Promise<void>;
  /** Receives one line per attempt and retry; never headers or bodies. */
  logger?: XerotierLogger;
  /** Random source for backoff jitter, in `[0, 1)`. Default `Math.random`. */
  random?: () => number;
  /** Clock. Default `Date.now`. */
  now?: () => number;
  /** Backoff ceiling of the first retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Cap of the backoff ceiling. Default 8 000 ms. */
  maxDelayMs?: number;
}

/** Default of {@link RetryingFetchOptions.maxRetries}. */
export const DEFAULT_MAX_RETRIES = 2;
/** Default of {@link RetryingFetchOptions.timeoutMs}. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default of {@link RetryingFetchOptions.maxRetryAfterMs}. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/** What the transport learned about a successful response. */
export interface ResponseMeta {
  /** The response's `x-request-id`, or the one the request carried. */
  requestId: string | undefined;
  /** How many attempts the call took (1 = no retry). */
  attempts: number;
  /** The parsed JSON body, when the body was JSON (read it from here: no second parse). */
  json?: { value: unknown };
}

const META = new WeakMap<Response, ResponseMeta>();

/** Metadata for a response returned by the transport; `undefined` for any other response. */
export function responseMeta(response: Response): ResponseMeta | undefined {
  return META.get(response);
}

/** What one call may set beyond its request: the typed methods' per-call options and how they read it. */
export interface CallOptions extends CallOverrides {
  /** The OpenAPI path template, for tracing. */
  template?: string | undefined;
  /**
   * The caller takes a JSON body from here instead of the response, which is left as read: the
   * transport sets `meta` (and `response`) when the call succeeds. Without it, a JSON body is
   * served again from its text and the metadata is in {@link responseMeta}.
   */
  parsed?: { response?: Response; meta?: ResponseMeta } | undefined;
}

/**
 * The retrying transport's one entry point: sends a call (a Request, or the {@link CallSpec} the
 * client's Request class built for openapi-fetch), retries it, and resolves to the response or
 * throws a typed error.
 */
export type Transport = (input: Request | CallSpec, call?: CallOptions) => Promise<Response>;

/** Internal options of {@link createTransport} beyond the public ones. */
export interface TransportOptions extends RetryingFetchOptions {
  /** Starts a span per call when tracing is on. */
  tracing?: TracingHook | undefined;
}

/**
 * Builds the retrying fetch that sits below openapi-fetch's middleware chain. Each attempt is sent
 * from the call's buffered body and headers, so headers set by middleware (auth, request id,
 * idempotency key) go out on every attempt and "Body has already been used" cannot happen.
 *
 * Retries 429 (not `quota_exceeded`), 500, 502, 503, 504, connection errors and per-attempt
 * timeouts, with full-jitter exponential backoff or the server's `Retry-After` / `error.retry_after`.
 * A final non-2xx response is thrown as a typed {@link XerotierError}; a 2xx JSON body is parsed
 * once and checked (an unreadable one throws {@link InvalidResponseError}); `text/event-stream`
 * and other non-JSON bodies pass through unread.
 *
 * @example
 * ```ts
 * const fetch = createRetryingFetch({ maxRetries: 3, onRetry: (r) => console.warn(r.attempt, r.delayMs) });
 * const response = await fetch(new Request("https://api.xerotier.ai/proj_1/v1/exec/tools"));
 * ```
 */
export function createRetryingFetch(
  options: RetryingFetchOptions = {},
): (input: Request | string | URL, init?: RequestInit) => Promise<Response> {
  const transport = createTransport(options);
  return (input, init) => transport(input instanceof Request && init === undefined ? input : new Request(input, init));
}

/** Builds the {@link Transport} of a client: its options, retries, timeouts, logging and tracing. */
export function createTransport(options: TransportOptions = {}): Transport {
  const maxRetries = Math.max(0, Math.floor(options.maxRetries ?? DEFAULT_MAX_RETRIES));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const policy: RetryPolicy = {
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
    backoff: {
      baseDelayMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
      maxDelayMs: options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
      random: options.random ?? Math.random,
    },
    now,
  };
  const byDispatcher = options.fetch === undefined && platformFetchIsUndici();
  const env: AttemptEnv = { fetch: options.fetch, now, deadlineMs: options.deadlineMs, byDispatcher };
  const log = safeLogger(options.logger);
  const loop: RetryLoop = { env, policy, log, onRetry: options.onRetry };

  function startCall(spec: CallSpec, call: CallOptions | undefined): CallState {
    return {
      spec,
      deadline: callDeadline(options.deadlineMs, now()),
      timeoutMs: call?.timeoutMs ?? timeoutMs,
      maxRetries: call?.maxRetries ?? maxRetries,
      requestId: spec.headers.get("x-request-id") ?? undefined,
      controller: env.byDispatcher ? undefined : new AbortController(),
      trace: undefined,
      attempts: 0,
    };
  }

  return async (input, callOptions) => {
    const spec = input instanceof Request ? await specFromRequest(input) : input;
    if (callOptions?.template !== undefined) spec.template = callOptions.template;
    const signal = spec.signal;
    if (signal?.aborted) throw new APIUserAbortError(undefined, { cause: signal.reason });
    const call = startCall(spec, callOptions);
    const trace = options.tracing?.(spec);
    call.trace = trace instanceof Promise ? await trace : trace;
    const controller = call.controller;
    // Where attempts are cancelled by the call's own signal, the caller's abort must reach it.
    const onAbort = controller && signal ? (): void => call.controller?.abort(signal.reason) : undefined;
    if (onAbort) signal?.addEventListener("abort", onAbort, { once: true });
    let streaming = false;
    try {
      const outcome = await attempts(call, loop);
      streaming = outcome.streaming;
      const { response, meta } = finish(call, outcome, callOptions?.parsed);
      call.trace?.end({ attempts: call.attempts, status: response.status, requestId: meta.requestId, error: undefined });
      return response;
    } catch (error) {
      const known = error as XerotierError;
      call.trace?.end({ attempts: call.attempts, status: known.status, requestId: known.requestId, error: known });
      throw error;
    } finally {
      // A streamed body is read later, so the caller's abort must still reach it.
      if (onAbort && !streaming) signal?.removeEventListener("abort", onAbort);
    }
  };
}

/** What the retry loop of every call of a transport shares. */
interface RetryLoop {
  env: AttemptEnv;
  policy: RetryPolicy;
  log: LogFn | undefined;
  onRetry: RetryingFetchOptions["onRetry"];
}

/** Attempts until a response, or throws the error no retry is left for. */
async function attempts(call: CallState, loop: RetryLoop): Promise<Extract<Outcome, { response: Response }>> {
  const { log, env, policy } = loop;
  // Log details are only built when there is a logger (the common case has none).
  const id = log && { method: call.spec.method, path: new URL(call.spec.url).pathname };
  for (let retry = 0; ; retry++) {
    call.attempts = retry + 1;
    if (id) log("debug", "xerotier: request", { ...id, attempt: retry + 1 });
    const outcome = await runAttempt(call, retry, env);
    if ("response" in outcome) {
      if (id) {
        const requestId = outcome.response.headers.get("x-request-id") ?? call.requestId;
        log("debug", "xerotier: response", { ...id, status: outcome.response.status, requestId, attempt: retry + 1 });
      }
      return outcome;
    }
    const { error } = outcome;
    const delayMs = retryDelay(error, retry, call, policy);
    const details = id && { ...id, status: error.status, code: error.code, requestId: error.requestId, attempt: retry + 1 };
    if (delayMs === undefined) {
      if (details) log("warn", "xerotier: request failed", { ...details, error: error.name });
      throw error;
    }
    await loop.onRetry?.({ attempt: retry + 1, delayMs, error, requestId: error.requestId });
    call.trace?.retry(retry + 1, delayMs, error);
    if (details) log("info", "xerotier: retrying", { ...details, delayMs, error: error.name });
    await sleep(delayMs, call.spec.signal);
  }
}

/**
 * Records what the transport learned: in the caller's `parsed` slot (no WeakMap entry, which
 * would keep a parsed body alive past a young-generation GC), else in {@link responseMeta} with
 * a JSON body served again from its text.
 */
function finish(
  call: CallState,
  outcome: Extract<Outcome, { response: Response }>,
  parsed: CallOptions["parsed"],
): { response: Response; meta: ResponseMeta } {
  let response = outcome.response;
  const meta: ResponseMeta = { requestId: response.headers.get("x-request-id") ?? call.requestId, attempts: call.attempts, json: outcome.json };
  if (parsed) {
    parsed.response = response;
    parsed.meta = meta;
    return { response, meta };
  }
  if (outcome.text !== undefined) {
    const { status, statusText, headers } = response;
    response = new Response(outcome.text, { status, statusText, headers });
  }
  META.set(response, meta);
  return { response, meta };
}

type LogFn = (level: keyof XerotierLogger, message: string, details: Record<string, unknown>) => void;

/** A log function that never throws, or `undefined` without a logger. */
function safeLogger(logger: XerotierLogger | undefined): LogFn | undefined {
  if (!logger) return undefined;
  return (level, message, details) => {
    try {
      logger[level]?.(message, details);
    } catch {
      // A broken logger must never break a request.
    }
  };
}
