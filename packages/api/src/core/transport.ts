import { APIConnectionError, APITimeoutError, APIUserAbortError, errorFromResponse, XerotierError } from "../errors";
import { DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, fullJitterBackoffMs } from "./backoff";
import { clampRetryDelay, MAX_RETRY_DELAY_MS } from "./delay";
import { abortable, expectsJson, withParsedJson } from "./response-body";
import type { CallOverrides } from "./request-options";
import { sleep } from "./sleep";

/** The `fetch` the transport calls for each attempt; `globalThis.fetch` fits. */
export type FetchLike = (input: Request) => Promise<Response>;

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

/** Header telling the server (and its logs) that this request is the n-th retry of a call. */
export const RETRY_COUNT_HEADER = "x-xerotier-retry-count";

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
  /** For {@link RetryingTransport.fetchParsed} only: the parsed JSON body, when the body was JSON. */
  json?: { value: unknown };
}

const META = new WeakMap<Response, ResponseMeta>();

/** Metadata for a response returned by the transport; `undefined` for any other response. */
export function responseMeta(response: Response): ResponseMeta | undefined {
  return META.get(response);
}

/** The two faces of one retrying transport (same options, retries and errors). */
export interface RetryingTransport {
  /** Retrying fetch whose responses stay readable (a JSON body is parsed once and served from memory). */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /**
   * Retrying fetch for callers that take the JSON body from {@link responseMeta} (`json`) instead of
   * reading the response: the body is left consumed, which saves re-wrapping it (~10 % of a call).
   */
  fetchParsed: (request: Request, overrides?: CallOverrides) => Promise<Response>;
}

const MAX_TIMER_MS = 2_147_483_647; // setTimeout fires at once above this

type Outcome = { response: Response; json?: { value: unknown } } | { error: XerotierError };

interface Call {
  request: Request;
  /** Leave a JSON body consumed and hand the parsed value over in the metadata. */
  parsed: boolean;
  body: ArrayBuffer | undefined;
  deadline: number;
  /** Per-attempt limit and retry count of this call (the client's unless overridden per call). */
  timeoutMs: number;
  maxRetries: number;
  requestId: string | undefined;
  /** The request's Authorization value, scrubbed from error messages and excerpts. */
  authorization: string | null;
  /** What identifies the call in log lines; only computed when there is a logger. */
  log: { method: string; path: string } | undefined;
}

/**
 * Builds the retrying fetch that sits below openapi-fetch's middleware chain. Each attempt gets a
 * fresh `Request` (the body is buffered once), so headers set by middleware (auth, request id,
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
  return createTransport(options).fetch;
}

/**
 * Builds both faces of the retrying transport ({@link RetryingTransport}); `createXerotierClient`
 * uses `fetchParsed` for its typed methods and `fetch` for everything else.
 */
export function createTransport(options: RetryingFetchOptions = {}): RetryingTransport {
  const maxRetries = Math.max(0, Math.floor(options.maxRetries ?? DEFAULT_MAX_RETRIES));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const now = options.now ?? Date.now;
  const backoff = {
    baseMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    capMs: options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    random: options.random ?? Math.random,
  };
  const logger = options.logger;
  // Callers skip building log details altogether when there is no logger (the common case).
  const log = (level: keyof XerotierLogger, message: string, details: Record<string, unknown>): void => {
    try {
      logger?.[level]?.(message, details);
    } catch {
      // A broken logger must never break a request.
    }
  };

  async function attempt(call: Call, retry: number): Promise<Outcome> {
    const { request } = call;
    const signal = request.signal;
    const { timeoutMs } = call;
    const budget = Math.min(timeoutMs, call.deadline - now());
    if (budget <= 0) return { error: new APITimeoutError("Deadline exceeded before the attempt could start.") };
    // One controller per attempt: aborted by the timer, or by the caller through request.signal.
    // (A listener on request.signal is cheap and dies with the request; AbortSignal.any costs ~45 µs.)
    const controller = new AbortController();
    const onCallerAbort = (): void => controller.abort(signal.reason);
    signal.addEventListener("abort", onCallerAbort, { once: true });
    let timedOut = false;
    const timer =
      budget > MAX_TIMER_MS
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, budget);
    let streaming = false;
    const failure = (cause: unknown): XerotierError => {
      if (signal.aborted) return new APIUserAbortError(undefined, { cause: signal.reason });
      if (timedOut) {
        const limit = budget < timeoutMs ? `the ${options.deadlineMs} ms deadline` : `${timeoutMs} ms`;
        return new APITimeoutError(`Request timed out after ${limit}.`, { requestId: call.requestId });
      }
      if (cause instanceof XerotierError) return cause;
      return new APIConnectionError(`Connection error: ${describe(cause)}`, { cause, requestId: call.requestId });
    };
    try {
      const init: RequestInit = { signal: controller.signal };
      if (call.body !== undefined) init.body = call.body;
      if (retry > 0) {
        const headers = new Headers(request.headers);
        headers.set(RETRY_COUNT_HEADER, String(retry));
        init.headers = headers;
      }
      let response: Response;
      try {
        // fetch(input, init) builds the attempt's Request itself; a custom fetch gets a ready Request.
        response = await (options.fetch ? options.fetch(new Request(request, init)) : globalThis.fetch(request, init));
      } catch (cause) {
        return { error: failure(cause) };
      }
      // The platform's fetch errors the body when the signal aborts; a custom fetch may not, so
      // its body reads race the signal (a stalled body must still time out).
      const read = options.fetch ? () => abortable(response.text(), controller.signal) : () => response.text();
      if (!response.ok) {
        let text: string;
        try {
          text = await read();
        } catch (cause) {
          return { error: failure(cause) };
        }
        return { error: errorFromResponse(response, text, { ...errorContext(call), nowMs: now() }) };
      }
      if (!expectsJson(request, response)) {
        streaming = true;
        return { response };
      }
      let text: string;
      try {
        text = await read();
      } catch (cause) {
        return { error: failure(cause) };
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (cause) {
        return { error: errorFromResponse(response, text, { ...errorContext(call), cause }) };
      }
      return call.parsed ? { response, json: { value } } : { response: withParsedJson(response, text, value) };
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      // A streamed body is read later, so the caller's abort must still reach it.
      if (!streaming) signal.removeEventListener("abort", onCallerAbort);
    }
  }

  function retryDelay(error: XerotierError, retry: number, call: Call): number | undefined {
    if (!error.isRetryable || retry >= call.maxRetries) return undefined;
    let delay: number;
    if (error.retryAfterMs !== undefined) {
      if (error.retryAfterMs > maxRetryAfterMs) return undefined; // fail fast; the caller sees retryAfterMs
      delay = error.retryAfterMs;
    } else {
      delay = fullJitterBackoffMs(retry, backoff);
    }
    // Never 0 ms (Retry-After: 0, a zero jitter draw) and never past what a timer can wait.
    delay = clampRetryDelay(delay, { maxMs: Math.max(MAX_RETRY_DELAY_MS, maxRetryAfterMs) });
    return now() + delay >= call.deadline ? undefined : delay;
  }

  async function run(request: Request, parsed: boolean, overrides?: CallOverrides): Promise<Response> {
    if (request.signal.aborted) throw new APIUserAbortError(undefined, { cause: request.signal.reason });
    const deadline = options.deadlineMs === undefined ? Infinity : now() + options.deadlineMs;
    const call: Call = {
      request,
      parsed,
      // Buffered once: every attempt re-sends the same bytes.
      body: request.body === null ? undefined : await request.arrayBuffer(),
      deadline,
      timeoutMs: overrides?.timeoutMs ?? timeoutMs,
      maxRetries: overrides?.maxRetries ?? maxRetries,
      requestId: request.headers.get("x-request-id") ?? undefined,
      authorization: request.headers.get("authorization"),
      log: logger ? { method: request.method, path: new URL(request.url).pathname } : undefined,
    };
    for (let retry = 0; ; retry++) {
      if (call.log) log("debug", "xerotier: request", { ...call.log, attempt: retry + 1 });
      const outcome = await attempt(call, retry);
      if ("response" in outcome) {
        const { response, json } = outcome;
        const requestId = response.headers.get("x-request-id") ?? call.requestId;
        META.set(response, { requestId, attempts: retry + 1, json });
        if (call.log) {
          log("debug", "xerotier: response", { ...call.log, status: response.status, requestId, attempt: retry + 1 });
        }
        return response;
      }
      const { error } = outcome;
      const delayMs = retryDelay(error, retry, call);
      const details = call.log && { ...call.log, status: error.status, code: error.code, requestId: error.requestId };
      if (delayMs === undefined) {
        if (details) log("warn", "xerotier: request failed", { ...details, attempt: retry + 1, error: error.name });
        throw error;
      }
      await options.onRetry?.({ attempt: retry + 1, delayMs, error, requestId: error.requestId });
      if (details) log("info", "xerotier: retrying", { ...details, attempt: retry + 1, delayMs, error: error.name });
      await sleep(delayMs, request.signal);
    }
  }

  return {
    fetch: (input, init) => run(input instanceof Request && init === undefined ? input : new Request(input, init), false),
    fetchParsed: (request, overrides) => run(request, true, overrides),
  };
}

/** What an error built for `call` needs: the request id sent, and the credential to scrub. */
function errorContext(call: Call): { requestId: string | undefined; secrets: string[] } {
  const auth = call.authorization;
  return { requestId: call.requestId, secrets: auth ? [auth, auth.replace(/^Bearer\s+/i, "")] : [] };
}

/** The most specific message of a network error (undici hides the reason in `cause`). */
function describe(cause: unknown): string {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  return inner instanceof Error ? inner.message : String(inner);
}
