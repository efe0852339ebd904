// One attempt of a call: send, read, and classify the answer as a response or a typed error.
import { APIConnectionError, APITimeoutError, APIUserAbortError, errorFromResponse, XerotierError } from "../errors";
import type { CallTrace } from "../tracing/call-trace";
import { withHeaders, type CallSpec } from "./call-spec";
import { attemptLimit, attemptTimeoutError, startAttemptTimer } from "./deadline";
import { abortable, expectsJson } from "./response-body";

/** The `fetch` the transport calls for each attempt; `globalThis.fetch` fits. */
export type FetchLike = (input: Request) => Promise<Response>;

/** Header telling the server (and its logs) that this request is the n-th retry of a call. */
export const RETRY_COUNT_HEADER = "x-xerotier-retry-count";

/** The state of one call across its attempts. */
export interface CallState {
  spec: CallSpec;
  deadline: number;
  /** Per-attempt limit and retry count of this call (the client's unless overridden per call). */
  timeoutMs: number;
  maxRetries: number;
  requestId: string | undefined;
  /** The request's Authorization value, scrubbed from error messages and excerpts. */
  authorization: string | undefined;
  accept: string | undefined;
  /**
   * One controller per call, handed to fetch as its signal: the caller's signal and the attempt
   * timer abort it. Replaced only after a timeout, since an aborted signal cannot serve the retry.
   */
  controller: AbortController;
  trace: CallTrace | undefined;
  /** Attempts started so far. */
  attempts: number;
}

/** What an attempt ended with. `text` is the JSON body's text, kept for a readable copy. */
export type Outcome =
  | { response: Response; streaming: boolean; json?: { value: unknown }; text?: string }
  | { error: XerotierError };

/** What attempts need from the transport. */
export interface AttemptEnv {
  fetch: FetchLike | undefined;
  now: () => number;
  deadlineMs: number | undefined;
}

/** Runs attempt number `retry + 1` of `call`. Never throws: failures come back as `{ error }`. */
export async function runAttempt(call: CallState, retry: number, env: AttemptEnv): Promise<Outcome> {
  const limit = attemptLimit(call.timeoutMs, call.deadline, env.now());
  if (limit.budgetMs <= 0) return { error: new APITimeoutError("Deadline exceeded before the attempt could start.") };
  const controller = call.controller;
  const timer = startAttemptTimer(controller, limit.budgetMs);
  const failure = (cause: unknown): XerotierError => {
    if (call.spec.signal?.aborted) return new APIUserAbortError(undefined, { cause: call.spec.signal.reason });
    if (timer.fired) return attemptTimeoutError(limit, call.timeoutMs, env.deadlineMs, call.requestId);
    if (cause instanceof XerotierError) return cause;
    return new APIConnectionError(`Connection error: ${describe(cause)}`, { cause, requestId: call.requestId });
  };
  try {
    let response: Response;
    try {
      response = await send(call, retry, env.fetch, controller.signal);
    } catch (cause) {
      return { error: failure(cause) };
    }
    return await readOutcome(call, response, env, failure);
  } finally {
    timer.clear();
    if (timer.fired) call.controller = new AbortController();
  }
}

/** Sends one attempt: the call's headers, plus the retry count and trace context when there are any. */
function send(call: CallState, retry: number, fetchImpl: FetchLike | undefined, signal: AbortSignal): Promise<Response> {
  const { spec } = call;
  let headers = spec.headers;
  if (retry > 0) headers = withHeaders(headers, { [RETRY_COUNT_HEADER]: String(retry) });
  if (call.trace) headers = withHeaders(headers, call.trace.headers);
  const init: RequestInit = { method: spec.method, headers, signal };
  if (spec.body !== undefined) init.body = spec.body;
  const target = spec.base ?? spec.url;
  // A custom fetch gets a ready Request; the platform's builds its own from (url, init), which is cheaper.
  return fetchImpl ? fetchImpl(new Request(target, init)) : globalThis.fetch(target, init);
}

/** Reads and classifies a response: a typed error for non-2xx, the parsed body for JSON, else unread. */
async function readOutcome(
  call: CallState,
  response: Response,
  env: AttemptEnv,
  failure: (cause: unknown) => XerotierError,
): Promise<Outcome> {
  // The platform's fetch errors the body when the signal aborts; a custom fetch may not, so
  // its body reads race the signal (a stalled body must still time out).
  const signal = call.controller.signal;
  const read = env.fetch ? () => abortable(response.text(), signal) : () => response.text();
  let text: string;
  if (!response.ok) {
    try {
      text = await read();
    } catch (cause) {
      return { error: failure(cause) };
    }
    return { error: errorFromResponse(response, text, { ...errorContext(call), nowMs: env.now() }) };
  }
  if (!expectsJson(call.spec.method, call.accept, response)) return { response, streaming: true };
  try {
    text = await read();
  } catch (cause) {
    return { error: failure(cause) };
  }
  try {
    return { response, streaming: false, json: { value: JSON.parse(text) }, text };
  } catch (cause) {
    return { error: errorFromResponse(response, text, { ...errorContext(call), cause }) };
  }
}

/** What an error built for `call` needs: the request id sent, and the credential to scrub. */
function errorContext(call: CallState): { requestId: string | undefined; secrets: string[] } {
  const auth = call.authorization;
  return { requestId: call.requestId, secrets: auth ? [auth, auth.replace(/^Bearer\s+/i, "")] : [] };
}

/** The most specific message of a network error (undici hides the reason in `cause`). */
function describe(cause: unknown): string {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  return inner instanceof Error ? inner.message : String(inner);
}
