import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServiceUnavailableError,
  type XerotierError,
} from "../errors";
import { createRetryingFetch, RETRY_COUNT_HEADER, responseMeta, type RetryInfo, type RetryingFetchOptions } from "./transport";

const URL_ = "https://api.test/proj_1/v1/exec/invocations";

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** A fetch that answers from a script, one entry per attempt, and records what each attempt sent. */
function scripted(...steps: Array<Response | Error | (() => Response | Promise<Response>) | "hang">) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (request: Request): Promise<Response> => {
    sent.push({
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    });
    const step = steps[Math.min(sent.length - 1, steps.length - 1)];
    if (step === "hang") {
      return new Promise((_, reject) => {
        request.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")), { once: true });
      });
    }
    if (step instanceof Error) throw step;
    if (typeof step === "function") return step();
    return step!.clone();
  });
  return { fetch, sent };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-request-id": `req_${status}`, ...headers },
  });
}

function apiError(status: number, code: string | null, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return json(status, { error: { message: `failed with ${code}`, type: "error", code, ...extra } }, headers);
}

const ok = () => json(200, { id: "inv_1", status: "queued" });

function transport(fetch: RetryingFetchOptions["fetch"], options: RetryingFetchOptions = {}) {
  return createRetryingFetch({ fetch, random: () => 0.5, ...options });
}

/** Runs `promise` to completion while driving fake timers; never leaves a rejection unhandled. */
async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return outcome;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 24, 12, 0, 0));
});
afterEach(() => vi.useRealTimers());

describe("which failures are retried", () => {
  it.each([429, 500, 502, 503, 504])("retries HTTP %i and returns the later success", async (status) => {
    const { fetch, sent } = scripted(apiError(status, status === 429 ? "rate_limit_exceeded" : null), ok());
    const { value } = await settle(transport(fetch)(new Request(URL_)));
    expect(value?.status).toBe(200);
    expect(sent).toHaveLength(2);
  });

  it("does not retry a 429 whose code is quota_exceeded", async () => {
    const { fetch, sent } = scripted(apiError(429, "quota_exceeded"), ok());
    const { error } = await settle(transport(fetch)(new Request(URL_)));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: "quota_exceeded", isRetryable: false });
    expect(sent).toHaveLength(1);
  });

  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
  ] as const)("does not retry HTTP %i and throws %o", async (status, Class) => {
    const { fetch, sent } = scripted(apiError(status, "some_code"), ok());
    const { error } = await settle(transport(fetch)(new Request(URL_)));
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ status, code: "some_code", requestId: `req_${status}` });
    expect(sent).toHaveLength(1);
  });

  it("retries a connection error and throws APIConnectionError once retries run out", async () => {
    const refused = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    const { fetch, sent } = scripted(refused);
    const { error } = await settle(transport(fetch, { maxRetries: 2 })(new Request(URL_)));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toBe("Connection error: connect ECONNREFUSED");
    expect((error as XerotierError).toJSON().cause).toEqual({ name: "TypeError", message: "fetch failed", code: "ECONNREFUSED" });
    expect(sent).toHaveLength(3);
  });

  it("retries after a per-attempt timeout (APITimeoutError) and returns the later success", async () => {
    const { fetch, sent } = scripted("hang", ok());
    const pending = transport(fetch, { timeoutMs: 1000 })(new Request(URL_));
    const outcome = settle(pending);
    const { value } = await outcome;
    expect(value?.status).toBe(200);
    expect(sent).toHaveLength(2);
  });

  it("throws APITimeoutError when every attempt times out", async () => {
    const { fetch, sent } = scripted("hang");
    const { error } = await settle(transport(fetch, { timeoutMs: 1000, maxRetries: 1 })(new Request(URL_)));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toBe("Request timed out after 1000 ms.");
    expect(sent).toHaveLength(2);
  });

  it("times out an attempt whose JSON body stalls after the headers, and retries it", async () => {
    const stalled = () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"id":')) }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    const { fetch, sent } = scripted(stalled, ok());
    const { value } = await settle(transport(fetch, { timeoutMs: 1000 })(new Request(URL_)));
    expect(await value?.json()).toEqual({ id: "inv_1", status: "queued" });
    expect(sent).toHaveLength(2);
  });

  it("retries a connection reset in the middle of a body", async () => {
    const broken = () =>
      new Response(new ReadableStream({ pull: (c) => c.error(new TypeError("terminated")) }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    const { fetch, sent } = scripted(broken, ok());
    const { value } = await settle(transport(fetch)(new Request(URL_)));
    expect(value?.status).toBe(200);
    expect(sent).toHaveLength(2);
  });

  it("respects maxRetries (0 means a single attempt)", async () => {
    for (const [maxRetries, attempts] of [
      [0, 1],
      [3, 4],
    ] as const) {
      const { fetch, sent } = scripted(apiError(503, "backend_unavailable"));
      const { error } = await settle(transport(fetch, { maxRetries })(new Request(URL_)));
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(sent).toHaveLength(attempts);
    }
  });
});

describe("how long it waits", () => {
  it("uses full-jitter exponential backoff: random in [0, min(8 s, 500 ms·2^n)], floored at 100 ms", async () => {
    const delays: number[] = [];
    const { fetch } = scripted(apiError(500, null));
    await settle(
      transport(fetch, { maxRetries: 6, random: () => 0.999999, onRetry: (r) => void delays.push(r.delayMs) })(new Request(URL_)),
    );
    expect(delays).toEqual([499, 999, 1999, 3999, 7999, 7999]);

    const lowest: number[] = [];
    await settle(transport(fetch, { maxRetries: 2, random: () => 0, onRetry: (r) => void lowest.push(r.delayMs) })(new Request(URL_)));
    expect(lowest).toEqual([100, 100]); // a zero draw would retry at once
  });

  it("waits exactly the Retry-After seconds before the next attempt", async () => {
    const { fetch, sent } = scripted(apiError(429, "rate_limit_exceeded", {}, { "retry-after": "3" }), ok());
    const result = transport(fetch)(new Request(URL_));
    await vi.advanceTimersByTimeAsync(2999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    expect((await result).status).toBe(200);
  });

  it("waits until a Retry-After HTTP-date", async () => {
    const at = new Date(Date.now() + 5000).toUTCString();
    const { fetch, sent } = scripted(apiError(503, "backend_unavailable", {}, { "retry-after": at }), ok());
    const result = transport(fetch)(new Request(URL_));
    await vi.advanceTimersByTimeAsync(4999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await result).status).toBe(200);
    expect(sent).toHaveLength(2);
  });

  it("uses error.retry_after from the envelope when there is no header", async () => {
    const { fetch, sent } = scripted(apiError(429, "capacity_exceeded", { retry_after: 2 }), ok());
    const result = transport(fetch)(new Request(URL_));
    await vi.advanceTimersByTimeAsync(1999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await result).status).toBe(200);
  });

  it("throws RateLimitError at once, with retryAfterMs, when Retry-After exceeds maxRetryAfterMs", async () => {
    const { fetch, sent } = scripted(apiError(429, "rate_limit_exceeded", {}, { "retry-after": "120" }), ok());
    const onRetry = vi.fn();
    const result = transport(fetch, { maxRetryAfterMs: 60_000, onRetry })(new Request(URL_));
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 120_000, isRetryable: true });
    expect(sent).toHaveLength(1);
    expect(onRetry).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("calls onRetry before each wait with attempt, delay, error and request id", async () => {
    const calls: RetryInfo[] = [];
    const { fetch } = scripted(apiError(503, "backend_unavailable"), apiError(502, null), ok());
    await settle(transport(fetch, { random: () => 0.5, onRetry: (info) => void calls.push(info) })(new Request(URL_)));
    expect(calls.map(({ attempt, delayMs, requestId }) => ({ attempt, delayMs, requestId }))).toEqual([
      { attempt: 1, delayMs: 250, requestId: "req_503" },
      { attempt: 2, delayMs: 500, requestId: "req_502" },
    ]);
    expect(calls[0]?.error).toBeInstanceOf(ServiceUnavailableError);
    expect(calls[1]?.error).toBeInstanceOf(InternalServerError);
  });

  it("stops retrying when onRetry throws, with that error", async () => {
    const { fetch, sent } = scripted(apiError(503, null), ok());
    const stop = new Error("no more");
    const { error } = await settle(transport(fetch, { onRetry: () => { throw stop; } })(new Request(URL_)));
    expect(error).toBe(stop);
    expect(sent).toHaveLength(1);
  });
});

describe("deadline", () => {
  it("starts no retry that would begin past deadlineMs", async () => {
    const { fetch, sent } = scripted(apiError(503, "backend_unavailable"));
    // random 1: waits of 500 ms (ends at 500 < 1000) then 1000 ms (would end at 1500 > 1000).
    const { error } = await settle(transport(fetch, { deadlineMs: 1000, maxRetries: 5, random: () => 1 })(new Request(URL_)));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(sent).toHaveLength(2);
  });

  it("cuts a hanging attempt at the deadline with APITimeoutError", async () => {
    const { fetch, sent } = scripted("hang");
    const result = transport(fetch, { deadlineMs: 300, timeoutMs: 60_000 })(new Request(URL_));
    const caught = result.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(300);
    const error = await caught;
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toBe("Request timed out after the 300 ms deadline.");
    expect(sent).toHaveLength(1);
  });
});

describe("abort", () => {
  it("rejects promptly during a backoff, sends no further request and leaves no abort listener", async () => {
    const controller = new AbortController();
    const request = new Request(URL_, { signal: controller.signal });
    const { fetch, sent } = scripted(apiError(503, null), ok());
    const result = transport(fetch, { random: () => 1 })(request);
    const caught = result.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10); // first attempt done, now sleeping 500 ms
    expect(sent).toHaveLength(1);
    expect(getEventListeners(request.signal, "abort")).toHaveLength(2); // the call's (aborts its fetch) and the backoff's
    controller.abort();
    const error = await caught; // no timer advanced: the rejection does not wait for the backoff
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(sent).toHaveLength(1);
    expect(getEventListeners(request.signal, "abort")).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with APIUserAbortError (not retried) when aborted during an attempt", async () => {
    const controller = new AbortController();
    const { fetch, sent } = scripted("hang");
    const caught = transport(fetch)(new Request(URL_, { signal: controller.signal })).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5);
    controller.abort();
    expect(await caught).toBeInstanceOf(APIUserAbortError);
    expect(sent).toHaveLength(1);
  });

  it("rejects without any request when the signal is already aborted", async () => {
    const { fetch } = scripted(ok());
    await expect(transport(fetch)(new Request(URL_, { signal: AbortSignal.abort() }))).rejects.toBeInstanceOf(APIUserAbortError);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("what each attempt sends", () => {
  it("re-sends the POST body intact and keeps every header on each attempt", async () => {
    const body = JSON.stringify({ workspace_id: "ws_1", tool_name: "kubectl_get", arguments: { ns: "prod", note: "é✓" } });
    const request = new Request(URL_, {
      method: "POST",
      body,
      headers: { authorization: "Bearer xero_acme_0123456789", "idempotency-key": "idem-1", "content-type": "application/json" },
    });
    const { fetch, sent } = scripted(apiError(500, null), new TypeError("fetch failed"), ok());
    const { value } = await settle(transport(fetch)(request));
    expect(value?.status).toBe(200);
    expect(sent).toHaveLength(3);
    for (const attempt of sent) {
      expect(attempt).toMatchObject({ method: "POST", url: URL_, body });
      expect(attempt.headers).toMatchObject({
        authorization: "Bearer xero_acme_0123456789",
        "idempotency-key": "idem-1",
        "content-type": "application/json",
      });
    }
  });

  it("sends x-xerotier-retry-count on retries only", async () => {
    const { fetch, sent } = scripted(apiError(502, null), apiError(502, null), ok());
    await settle(transport(fetch)(new Request(URL_)));
    expect(sent.map((s) => s.headers[RETRY_COUNT_HEADER])).toEqual([undefined, "1", "2"]);
  });
});

describe("successful responses", () => {
  it("parses a JSON body once: the metadata carries the value and the response stays readable", async () => {
    const { fetch } = scripted(ok());
    const response = await transport(fetch)(new Request(URL_));
    const meta = responseMeta(response);
    expect(meta).toEqual({ requestId: "req_200", attempts: 1, json: { value: { id: "inv_1", status: "queued" } } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req_200");
    expect(await response.json()).toEqual(meta?.json?.value);
  });

  it("returns a response of its own, not the fetched one patched", async () => {
    const fetched = ok();
    const response = await transport(async () => fetched)(new Request(URL_));
    expect(response).not.toBe(fetched);
    expect(Object.getOwnPropertyNames(response)).toEqual([]);
    expect(await response.text()).toBe(JSON.stringify({ id: "inv_1", status: "queued" }));
  });

  it("throws InvalidResponseError (not retried) for a 2xx JSON body that does not parse", async () => {
    const { fetch, sent } = scripted(new Response('{"id": "inv_1", "sta', { status: 200, headers: { "content-type": "application/json" } }));
    const { error } = await settle(transport(fetch)(new Request(URL_)));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, bodyExcerpt: '{"id": "inv_1", "sta' });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(sent).toHaveLength(1);
  });

  it("throws InvalidResponseError for an HTML 200 when the request asked for JSON", async () => {
    const page = new Response("<html><body>Please log in to the proxy</body></html>", {
      status: 200,
      headers: { "content-type": "text/html" },
    });
    const { fetch } = scripted(page);
    const { error } = await settle(transport(fetch)(new Request(URL_, { headers: { accept: "application/json" } })));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).bodyExcerpt).toBe("<html><body>Please log in to the proxy</body></html>");
  });

  it("passes text/event-stream through unread", async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start: (c) => c.enqueue(new TextEncoder().encode(": keep-alive\n\n")),
      cancel: () => void (cancelled = true),
    });
    const { fetch } = scripted(() => new Response(stream, { status: 200, headers: { "content-type": "text/event-stream" } }));
    const response = await transport(fetch)(new Request(URL_, { headers: { accept: "text/event-stream" } }));
    expect(response.bodyUsed).toBe(false);
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(": keep-alive\n\n");
    await reader.cancel();
    expect(cancelled).toBe(true);
  });

  it("passes other non-JSON bodies through when JSON was not asked for", async () => {
    const { fetch } = scripted(new Response("raw bytes", { status: 200, headers: { "content-type": "application/octet-stream" } }));
    const response = await transport(fetch)(new Request(URL_));
    expect(await response.text()).toBe("raw bytes");
  });

  it("does not parse 204 responses", async () => {
    const { fetch } = scripted(new Response(null, { status: 204 }));
    expect((await transport(fetch)(new Request(URL_, { headers: { accept: "application/json" } }))).status).toBe(204);
  });
});

describe("logging", () => {
  it("logs attempts and retries with method, path, status, request id, attempt and delay, never secrets", async () => {
    const lines: unknown[][] = [];
    const logger = {
      debug: (...args: unknown[]) => void lines.push(["debug", ...args]),
      info: (...args: unknown[]) => void lines.push(["info", ...args]),
      warn: (...args: unknown[]) => void lines.push(["warn", ...args]),
    };
    const { fetch } = scripted(apiError(503, null), ok());
    const request = new Request(URL_, { headers: { authorization: "Bearer xero_acme_0123456789" } });
    await settle(transport(fetch, { logger })(request));
    expect(lines).toContainEqual([
      "info",
      "xerotier: retrying",
      expect.objectContaining({ method: "GET", path: "/proj_1/v1/exec/invocations", status: 503, requestId: "req_503", attempt: 1, delayMs: 250 }),
    ]);
    expect(lines).toContainEqual(["debug", "xerotier: response", expect.objectContaining({ status: 200, attempt: 2 })]);
    expect(JSON.stringify(lines)).not.toContain("xero_acme");
  });

  it("keeps working when the logger throws", async () => {
    const { fetch } = scripted(ok());
    const logger = { debug: () => { throw new Error("broken logger"); } };
    expect((await transport(fetch, { logger })(new Request(URL_))).status).toBe(200);
  });
});
