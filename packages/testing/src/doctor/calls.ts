// One probe request: through the client's typed methods (one attempt, the probe's timeout and
// signal), its answer read strictly, its request id noted, its 429 waited out once, and recorded.
import { AuthenticationError, RateLimitError, XerotierError, type XerotierClient } from "@xerotier/api";
import { sleep, type XerotierResult } from "@xerotier/api/internal";
import type { SpecOperation } from "../spec/operations";
import { FIXTURE_FORMAT, type RecordedFixture } from "../fixtures/format";
import { behaviour } from "./findings";
import { redactedHeaders, redactJson, redactText } from "./redact";
import { responseSchema, specOperation } from "./spec-schemas";
import { operationLog, type OperationLog, type ProbeState } from "./state";
import { readStrictly } from "./strict-reading";

/** What to send. */
export interface CallInput {
  path?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
  /** A status the caller asked for (404 for a made-up id): not a failure of the operation. */
  expectStatus?: number;
  /** Names the answer in findings when it is not the operation's plain success (e.g. `404 of a made-up id`). */
  context?: string;
  /** Undoes the probe's own write: made even when the budget is spent, with its own timeout. */
  cleanup?: boolean;
  /** An absolute URL outside the project (`/healthz` at the host root), fetched with the client's `fetch`. */
  url?: string;
}

/** How a probe request ended. */
export type CallResult =
  | { kind: "ok"; status: number; data: unknown; headers: Headers }
  | { kind: "error"; error: XerotierError }
  | { kind: "skipped"; reason: string };

/** Longest `Retry-After` the probe waits through (once per call) before going on. */
export const MAX_RATE_LIMIT_WAIT_MS = 10_000;

type TypedCall = (path: string, init: Record<string, unknown>) => Promise<XerotierResult<unknown>>;

/**
 * Calls one operation of the spec. Rejects only when the probe must stop: the key is refused
 * (`AuthenticationError`) or the caller aborted.
 */
export async function callOperation(state: ProbeState, operationId: string, input: CallInput = {}, retried = false): Promise<CallResult> {
  const operation = specOperation(operationId);
  const log = operationLog(state, operationId);
  const refused = input.cleanup ? undefined : state.budget.take();
  if (refused) {
    log.skipped ??= refused;
    return { kind: "skipped", reason: refused };
  }
  state.onStep?.(operationId);
  log.calls += 1;
  const options = input.cleanup ? state.budget.cleanup() : state.budget.call();
  const init = { params: { path: input.path ?? {}, query: input.query ?? {} }, ...(input.body !== undefined ? { body: input.body } : {}), ...options };
  try {
    const result = input.url ? await fetchJson(state.client, input.url, options.signal) : await typedMethod(state.client, operation.method)(operation.template, init);
    const headers = result.response.headers;
    noteRequestId(state, operationId, headers.get("x-request-id"));
    inspectAnswer(operation, log, result.response.status, result.data, input);
    recordAnswer(state, operation, input, { status: result.response.status, headers: redactedHeaders(headers, state.secrets), body: redactJson(result.data, state.secrets) });
    return { kind: "ok", status: result.response.status, data: result.data, headers };
  } catch (error) {
    return failed(state, operation, log, input, error, retried);
  }
}

/** Reads a 2xx answer strictly against the schema the spec declares for its status. */
function inspectAnswer(operation: SpecOperation, log: OperationLog, status: number, data: unknown, input: CallInput): void {
  if (input.expectStatus !== undefined) return; // a made-up id answered 2xx: the caller reports it
  log.answered += 1;
  const { declared, schema } = responseSchema(operation, status);
  if (!declared) {
    const statuses = [...operation.responses.keys()].filter((s) => s.startsWith("2")).join(" or ");
    log.findings.add([behaviour("status", statuses, String(status), false)], input.context);
  } else if (schema) {
    log.findings.add(readStrictly(schema, data), input.context);
  }
}

async function failed(state: ProbeState, operation: SpecOperation, log: OperationLog, input: CallInput, error: unknown, retried: boolean): Promise<CallResult> {
  const stopped = input.cleanup ? undefined : stoppedBy(state, log, error);
  if (stopped) return stopped;
  if (!(error instanceof XerotierError)) throw error;
  if (error.status !== undefined) recordAnswer(state, operation, input, errorAnswer(error, error.status, state.secrets));
  noteFailure(state, operation.operationId, log, error, input.expectStatus);
  const wait = error instanceof RateLimitError ? error.retryAfterMs : undefined;
  if (!retried && wait !== undefined && wait <= Math.min(MAX_RATE_LIMIT_WAIT_MS, state.budget.remainingMs())) {
    // Asked for a short wait: wait it out once and try again.
    await sleep(wait, state.budget.signal).catch(() => undefined);
    return callOperation(state, operation.operationId, input, true);
  }
  return { kind: "error", error };
}

/**
 * A failure that ends the call without an answer to judge: the budget's deadline (reported as not
 * probed) or anything but a typed error. Rethrows the caller's abort and unexpected errors.
 */
export function stoppedBy(state: ProbeState, log: OperationLog, error: unknown): { kind: "skipped"; reason: string } | undefined {
  if (state.budget.signal.aborted) {
    const spent = state.budget.spent;
    if (spent === undefined) throw error; // the caller aborted
    log.skipped ??= spent;
    return { kind: "skipped", reason: spent };
  }
  if (!(error instanceof XerotierError)) throw error;
  return undefined;
}

/**
 * Notes what a failed call says about the deployment: its request id, a 429 for the rate-limit
 * check, a scope the key lacks, or a failure (unless it is the status the caller asked for).
 * Throws when the key is refused: nothing else can be probed.
 */
export function noteFailure(state: ProbeState, operationId: string, log: OperationLog, error: XerotierError, expectStatus?: number): void {
  if (error.status === undefined) {
    log.failures.push(`${error.name}: ${error.message}`);
    return;
  }
  noteRequestId(state, operationId, error.headers?.["x-request-id"]);
  if (error instanceof AuthenticationError) throw error;
  if (error instanceof RateLimitError) {
    state.wire.rateLimited.push({ operationId, error });
    log.skipped ??= `rate limited (429${error.code ? ` ${error.code}` : ""})`;
  } else if (error.status === 403) {
    log.notAllowed ??= error.code ?? "HTTP 403";
  } else if (error.status !== expectStatus) {
    log.failures.push(`HTTP ${error.status}${error.code ? ` ${error.code}` : ""}`);
  }
}

/** Counts an answer for the request-id check. */
export function noteRequestId(state: ProbeState, operationId: string, requestId: string | null | undefined): void {
  state.wire.answers += 1;
  if (!requestId) state.wire.withoutRequestId.set(operationId, (state.wire.withoutRequestId.get(operationId) ?? 0) + 1);
}

/** An error answer as far as the SDK read it: the envelope's fields, or the excerpt of a body that was not one. */
function errorAnswer(error: XerotierError, status: number, secrets: readonly string[]): RecordedFixture["response"] & { note: string } {
  const headers = redactedHeaders(error.headers, secrets);
  if (error.bodyExcerpt !== undefined) {
    return { status, headers, note: `the error body was not an error envelope: ${redactText(error.bodyExcerpt, secrets)}` };
  }
  const retryAfter = error.retryAfterMs === undefined ? {} : { retry_after: Math.ceil(error.retryAfterMs / 1000) };
  const envelope = { error: { message: error.message, type: error.type, code: error.code ?? null, param: error.param ?? null, ...retryAfter } };
  return { status, headers, body: redactJson(envelope, secrets), note: "an error body is kept as the SDK read it (message, type, code, param)" };
}

/** Keeps an answer as a fixture, when recording. */
export function recordAnswer(state: ProbeState, operation: SpecOperation, input: CallInput, answer: RecordedFixture["response"] & { note?: string }): void {
  if (!state.fixtures) return;
  const { note, ...response } = answer;
  const query = queryString(input.query);
  state.fixtures.push({
    format: FIXTURE_FORMAT,
    operationId: operation.operationId,
    request: { method: operation.method, path: fillPath(operation.template, input.path), ...(query ? { query } : {}) },
    response,
    ...(note !== undefined ? { note } : {}),
  });
}

/** The concrete path of a template, e.g. `/v1/exec/approvals/{approval_id}` → `/v1/exec/approvals/5f9c…`. */
export function fillPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
}

/** A query string in the order given, encoded as the client sends it; `""` for none. */
export function queryString(query: Record<string, string | number> = {}): string {
  return Object.entries(query)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join("&");
}

/** GET of a URL outside the project through the client's `fetch`; a body that is not JSON is kept as text. */
async function fetchJson(client: XerotierClient, url: string, signal: AbortSignal): Promise<{ data: unknown; response: Response }> {
  const response = await client.fetch(url, { signal });
  const text = await response.text();
  try {
    return { data: JSON.parse(text), response };
  } catch {
    return { data: text, response };
  }
}

function typedMethod(client: XerotierClient, method: string): TypedCall {
  const methods: Record<string, unknown> = { GET: client.GET, POST: client.POST, PUT: client.PUT, PATCH: client.PATCH, DELETE: client.DELETE };
  return methods[method] as TypedCall;
}
