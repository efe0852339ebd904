// One attempt of a call: send, read, and classify the answer as a response or a typed error.
import { APIConnectionError, APITimeoutError, APIUserAbortError, errorFromResponse, XerotierError } from "../errors";
import type { CallTrace } from "../tracing/call-trace";
import { withHeaders, type CallSpec } from "./call-spec";
import { attemptLimit, AttemptTimer, attemptTimeoutError } from "./deadline";
import { expectsJson } from "./response-body";
import { CancellableDispatch } from "./undici-dispatch";

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
  /**
   * Only where attempts are cancelled by a signal (an injected fetch, a runtime other than Node):
   * one controller per call, handed to fetch as its signal, aborted by the caller's signal and
   * the attempt timer; replaced after a timeout, since an aborted signal cannot serve the retry.
   * On Node's fetch, attempts are cancelled through their dispatcher and fetch gets the caller's
   * signal as is, or none.
   */
  controller: AbortController | undefined;
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
  /** Attempts on the platform's fetch are cancelled through their dispatcher (Node, until a fetch ignores it). */
  byDispatcher: boolean;
}

/** Runs attempt number `retry + 1` of `call`. Never throws: failures come back as `{ error }`. */
export async function runAttempt(call: CallState, retry: number, env: AttemptEnv): Promise<Outcome> {
  const limit = attemptLimit(call.timeoutMs, call.deadline, env.now());
  if (limit.budgetMs <= 0) return { error: new APITimeoutError("Deadline exceeded before the attempt could start.") };
  const controller = call.controller;
  const dispatch = controller ? undefined : new CancellableDispatch();
  const timer = new AttemptTimer(limit.budgetMs, () => {
    if (dispatch && !dispatch.dispatched) env.byDispatcher = false; // this fetch ignores `dispatcher`: use signals from now on
    if (controller) controller.abort();
    else dispatch?.cancel();
  });
  const failure = (cause: unknown): XerotierError => {
    if (call.spec.signal?.aborted) return new APIUserAbortError(undefined, { cause: call.spec.signal.reason });
    if (timer.fired) return attemptTimeoutError(limit, call.timeoutMs, env.deadlineMs, call.requestId);
    if (cause instanceof XerotierError) return cause;
    return new APIConnectionError(`Connection error: ${describe(cause)}`, { cause, requestId: call.requestId });
  };
  try {
    let response: Response;
    try {
      response = await timer.race(send(call, retry, env.fetch, controller?.signal ?? call.spec.signal, dispatch), release);
    } catch (cause) {
      return { error: failure(cause) };
    }
    if (dispatch && !dispatch.dispatched) env.byDispatcher = false;
    // A request cancelled through its undici dispatcher errors its body; any other fetch may not
    // (an injected one, a mock), so its reads also race the timer: a stalled body must time out.
    const text = dispatch?.dispatched ? () => response.text() : () => timer.race(response.text());
    return await readOutcome(call, response, text, env, failure);
  } finally {
    timer.clear();
    if (timer.fired && controller) call.controller = new AbortController();
  }
}

/** Sends one attempt: the call's headers, plus the retry count and trace context when there are any. */
function send(
  call: CallState,
  retry: number,
  fetchImpl: FetchLike | undefined,
  signal: AbortSignal | undefined,
  dispatcher: CancellableDispatch | undefined,
): Promise<Response> {
  const { spec } = call;
  let headers = spec.headers;
  if (retry > 0) headers = withHeaders(headers, { [RETRY_COUNT_HEADER]: String(retry) });
  if (call.trace) headers = withHeaders(headers, call.trace.headers);
  const init: RequestInit & { dispatcher?: CancellableDispatch } = { method: spec.method, headers };
  if (signal) init.signal = signal;
  if (dispatcher) init.dispatcher = dispatcher;
  if (spec.body !== undefined) init.body = spec.body;
  const target = spec.base ?? spec.url;
  // A custom fetch gets a ready Request; the platform's builds its own from (url, init), which is cheaper.
  return fetchImpl ? fetchImpl(new Request(target, init)) : globalThis.fetch(target, init);
}

/** Lets go of a response that arrived after its attempt timed out. */
function release(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** Reads and classifies a response: a typed error for non-2xx, the parsed body for JSON, else unread. */
async function readOutcome(
  call: CallState,
  response: Response,
  read: () => Promise<string>,
  env: AttemptEnv,
  failure: (cause: unknown) => XerotierError,
): Promise<Outcome> {
  let text: string;
  if (!response.ok) {
    try {
      text = await read();
    } catch (cause) {
      return { error: failure(cause) };
    }
    return { error: errorFromResponse(response, text, { ...errorContext(call), nowMs: env.now() }) };
  }
  if (!expectsJson(call.spec.method, () => call.spec.headers.get("accept"), response)) return { response, streaming: true };
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
  const auth = call.spec.headers.get("authorization");
  return { requestId: call.requestId, secrets: auth ? [auth, auth.replace(/^Bearer\s+/i, "")] : [] };
}

/** The most specific message of a network error (undici hides the reason in `cause`). */
function describe(cause: unknown): string {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  return inner instanceof Error ? inner.message : String(inner);
}
