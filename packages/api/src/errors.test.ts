import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import {
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
  rewrapInit,
  ScopeInsufficientError,
  ServiceUnavailableError,
  XerotierConfigError,
  XerotierError,
} from "./errors";

const KEY = "xero_acme_s3cr3tvalue42";

function response(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { "x-request-id": "req_123", ...headers } });
}

function envelope(code: string | null, message = "boom", extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ error: { message, type: "some_error", code, param: null, ...extra } });
}

describe("errorFromResponse picks the class by code, then by status", () => {
  it.each([
    [400, "invalid_body", BadRequestError],
    [401, "authentication_error", AuthenticationError],
    [403, "cross_project_access", PermissionDeniedError],
    [403, "scope_insufficient", ScopeInsufficientError],
    [404, "approval_not_found", NotFoundError],
    [409, "approval_already_resolved", ConflictError],
    [429, "rate_limit_exceeded", RateLimitError],
    [500, "internal_error", InternalServerError],
    [502, null, InternalServerError],
    [503, "backend_unavailable", ServiceUnavailableError],
    [504, null, InternalServerError],
  ] as const)("HTTP %i with code %s → %o", (status, code, Class) => {
    const err = errorFromResponse(response(status), envelope(code, "it failed"));
    expect(err).toBeInstanceOf(Class);
    expect(err).toBeInstanceOf(XerotierError);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe(Class.name);
    expect(err).toMatchObject({ status, code: code ?? undefined, type: "some_error", message: "it failed", requestId: "req_123" });
    expect(err.bodyExcerpt).toBeUndefined();
  });

  it("lets the code win over the status: scope_insufficient is a PermissionDeniedError subclass", () => {
    const err = errorFromResponse(response(401), envelope("scope_insufficient"));
    expect(err).toBeInstanceOf(ScopeInsufficientError);
    expect(err).toBeInstanceOf(PermissionDeniedError);
  });

  it("keeps unknown codes (open enum) and falls back to the status class or the base class", () => {
    const notFound = errorFromResponse(response(404), envelope("brand_new_code"));
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound.code).toBe("brand_new_code");
    const teapot = errorFromResponse(response(418), envelope("teapot"));
    expect(teapot.constructor).toBe(XerotierError);
    expect(teapot).toMatchObject({ status: 418, code: "teapot", isRetryable: false });
  });

  it("keeps the code when another envelope field has an unexpected shape", () => {
    const err = errorFromResponse(response(429), envelope("quota_exceeded", "over quota", { retry_after: "soon", param: 7 }));
    expect(err).toMatchObject({ code: "quota_exceeded", param: undefined, retryAfterMs: undefined, isRetryable: false });
  });

  it("carries param and the redacted response headers", () => {
    const err = errorFromResponse(
      response(400, { "set-cookie": "sid=1" }),
      envelope("invalid_body", "bad", { param: "tool_name" }),
    );
    expect(err.param).toBe("tool_name");
    expect(err.headers).toMatchObject({ "x-request-id": "req_123", "set-cookie": "[REDACTED]" });
  });

  it("uses the request id the SDK sent when the response has none", () => {
    const err = errorFromResponse(new Response(null, { status: 500 }), "", { requestId: "sent_1" });
    expect(err.requestId).toBe("sent_1");
  });
});

describe("bodies that are not an envelope still give the right class", () => {
  it("an HTML 502 from a proxy → InternalServerError with status, request id and a short excerpt", () => {
    const html = `<!DOCTYPE html>\n<html>\n  <head><title>502 Bad Gateway</title></head>\n  <body>${"<p>nginx</p>\n".repeat(60)}</body>\n</html>`;
    const err = errorFromResponse(
      new Response(null, { status: 502, statusText: "Bad Gateway", headers: { "x-request-id": "req_9" } }),
      html,
    );
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err).toMatchObject({ status: 502, requestId: "req_9", isRetryable: true, code: undefined });
    expect(err.message).toBe("HTTP 502 Bad Gateway: the error body is not a Xerotier error envelope");
    expect(err.bodyExcerpt?.startsWith("<!DOCTYPE html> <html> <head><title>502 Bad Gateway</title></head>")).toBe(true);
    expect(err.bodyExcerpt?.length).toBeLessThanOrEqual(200);
  });

  it("an empty 503 → ServiceUnavailableError", () => {
    const err = errorFromResponse(response(503), "");
    expect(err).toBeInstanceOf(ServiceUnavailableError);
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.message).toBe("HTTP 503: empty error body");
    expect(err.bodyExcerpt).toBe("");
  });

  it("truncated JSON on a 404 → NotFoundError with the excerpt", () => {
    const err = errorFromResponse(response(404), '{"error": {"message": "approval not fo');
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.bodyExcerpt).toBe('{"error": {"message": "approval not fo');
  });

  it("truncated JSON on a 200 → InvalidResponseError, not retryable", () => {
    const err = XerotierError.from(response(200), '{"id": "inv_1", "sta');
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err).toMatchObject({ status: 200, requestId: "req_123", isRetryable: false, bodyExcerpt: '{"id": "inv_1", "sta' });
  });
});

describe("rate limits", () => {
  it("parses x-ratelimit-* headers, Retry-After and retry_strategy onto RateLimitError", () => {
    const strategy = { type: "exponential", initial_delay_ms: 500, max_delay_ms: 30000, multiplier: 2, jitter: true };
    const err = errorFromResponse(
      response(429, { "retry-after": "3", "x-ratelimit-limit": "600", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "42" }),
      envelope("rate_limit_exceeded", "slow down", { retry_after: 3, retry_strategy: strategy }),
    );
    expect(err).toBeInstanceOf(RateLimitError);
    const rate = err as RateLimitError;
    expect(rate.rateLimit).toEqual({ limit: 600, remaining: 0, resetSeconds: 42 });
    expect(rate.retryStrategy).toEqual(strategy);
    expect(rate.retryAfterMs).toBe(3000);
    expect(rate.isRetryable).toBe(true);
    // A log line keeps what a scheduler needs to retry later.
    expect(JSON.parse(JSON.stringify(rate))).toMatchObject({ name: "RateLimitError", retryAfterMs: 3000, rateLimit: { limit: 600, remaining: 0, resetSeconds: 42 }, retryStrategy: strategy });
  });

  it("falls back to error.retry_after when there is no Retry-After header", () => {
    const err = errorFromResponse(response(429), envelope("capacity_exceeded", "busy", { retry_after: 7 }));
    expect(err.retryAfterMs).toBe(7000);
    expect((err as RateLimitError).rateLimit).toEqual({ limit: undefined, remaining: undefined, resetSeconds: undefined });
  });

  it("marks quota_exceeded as not retryable", () => {
    expect(errorFromResponse(response(429), envelope("quota_exceeded")).isRetryable).toBe(false);
  });
});

describe("isRetryable", () => {
  it.each([
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [429, true],
    [500, true],
    [501, false],
    [502, true],
    [503, true],
    [504, true],
  ])("HTTP %i → %s", (status, retryable) => {
    expect(errorFromResponse(response(status), envelope(null)).isRetryable).toBe(retryable);
  });

  it("holds for the non-HTTP classes", () => {
    expect(new APIConnectionError().isRetryable).toBe(true);
    expect(new APITimeoutError()).toBeInstanceOf(APIConnectionError);
    expect(new APITimeoutError().isRetryable).toBe(true);
    expect(new APIUserAbortError().isRetryable).toBe(false);
    expect(new XerotierConfigError("x").isRetryable).toBe(false);
    expect(new InvalidPathParameterError("x", "id")).toMatchObject({ param: "id", isRetryable: false });
  });
});

describe("instanceof across two copies of the package", () => {
  it("recognises errors built by another copy of the module, by class and by ancestor", async () => {
    vi.resetModules();
    const copyA = await import("./errors");
    vi.resetModules();
    const copyB = await import("./errors");
    expect(copyA.NotFoundError).not.toBe(copyB.NotFoundError);

    const fromA = copyA.errorFromResponse(response(403), envelope("scope_insufficient"));
    expect(fromA).toBeInstanceOf(copyB.ScopeInsufficientError);
    expect(fromA).toBeInstanceOf(copyB.PermissionDeniedError);
    expect(fromA).toBeInstanceOf(copyB.XerotierError);
    expect(fromA).not.toBeInstanceOf(copyB.NotFoundError);
    expect(new copyA.APITimeoutError()).toBeInstanceOf(copyB.APIConnectionError);
    expect(new copyA.APIConnectionError()).not.toBeInstanceOf(copyB.APITimeoutError);
  });

  it("does not match plain objects or unrelated errors", () => {
    expect(new Error("x")).not.toBeInstanceOf(XerotierError);
    expect({ name: "NotFoundError" }).not.toBeInstanceOf(NotFoundError);
    expect(null).not.toBeInstanceOf(XerotierError);
  });

  it("keeps ordinary semantics for user subclasses", () => {
    class MyNotFound extends NotFoundError {}
    expect(new MyNotFound("x")).toBeInstanceOf(MyNotFound);
    expect(new MyNotFound("x")).toBeInstanceOf(NotFoundError);
    expect(new NotFoundError("x")).not.toBeInstanceOf(MyNotFound);
  });
});

describe("log safety", () => {
  // A proxy page that echoes the request, credentials included, is the worst case.
  const leaky = () =>
    errorFromResponse(
      new Response(null, { status: 502, headers: { "x-request-id": "req_7", "set-cookie": `k=${KEY}` } }),
      `<pre>GET /v1/exec/tools\nAuthorization: Bearer ${KEY}\n</pre>`,
      { secrets: [`Bearer ${KEY}`, KEY] },
    );

  it("never puts the API key into toJSON / JSON.stringify output", () => {
    const json = JSON.stringify(leaky());
    expect(json).not.toContain(KEY);
    expect(json).not.toContain("s3cr3t");
    expect(JSON.parse(json)).toMatchObject({ name: "InternalServerError", status: 502, requestId: "req_7", isRetryable: true });
  });

  it("never puts the API key into util.inspect output, and keeps the useful fields", () => {
    const text = inspect(leaky(), { depth: 10 });
    expect(text).not.toContain(KEY);
    expect(text).toContain("InternalServerError");
    expect(text).toContain("req_7");
    expect(text).toContain("[REDACTED]");
  });

  it("scrubs key-shaped strings from server messages and causes", () => {
    const err = errorFromResponse(response(401), envelope("authentication_error", `unknown key ${KEY}`));
    expect(err.message).not.toContain(KEY);
    const wrapped = new APIConnectionError(undefined, { cause: new Error(`connect failed for ${KEY}`) });
    expect(JSON.stringify(wrapped)).not.toContain(KEY);
    expect(inspect(wrapped)).not.toContain(KEY);
  });
});

describe("rewrapInit", () => {
  it("carries the server's status, code, type, request id and redacted headers into a re-wrapping error, with the original as cause", () => {
    const conflict = errorFromResponse(response(409, { authorization: `Bearer ${KEY}` }), envelope("approval_already_resolved"), { secrets: [KEY] });
    const rewrapped = new ConflictError("already decided", rewrapInit(conflict));
    expect(rewrapped).toMatchObject({ status: 409, code: "approval_already_resolved", type: "some_error", requestId: "req_123", cause: conflict });
    expect(JSON.stringify(rewrapped)).not.toContain(KEY);
  });
});
