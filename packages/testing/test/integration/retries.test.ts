/**
 * @xerotier/api retries against the reference router over real HTTP: the router's own rate
 * limiter and injected failures decide what the client sees.
 */
import { RateLimitError, ServiceUnavailableError, type RetryInfo } from "@xerotier/api";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT } from "../../src/http/rate-limit";
import { useRouter } from "../support/harness";

describe("retries against the router", () => {
  const h = useRouter({ clock: "manual" });
  afterEach(() => h.router.rateLimit.set(DEFAULT_RATE_LIMIT));
  const retriesOf = () => {
    const retries: RetryInfo[] = [];
    return { retries, onRetry: (info: RetryInfo) => void retries.push(info) };
  };

  describe("429 rate_limit_exceeded from the router's limiter", () => {
    it("waits the Retry-After and succeeds once the window opens", async () => {
      h.router.rateLimit.set({ limit: 1, windowMs: 1_000 });
      const { retries, onRetry } = retriesOf();
      // The router's clock is manual: the window opens when the client starts waiting.
      const client = h.client("xero_demo_admin", {
        onRetry: (info) => {
          onRetry(info);
          h.router.clock.advance(1_000);
        },
      });
      await client.GET("/v1/exec/tools");
      const { data } = await client.GET("/v1/exec/tools");
      expect(data.object).toBe("list");
      expect(retries).toEqual([expect.objectContaining({ attempt: 1, delayMs: 1_000, requestId: expect.stringMatching(/^req_/) })]);
      expect(retries[0]!.error).toBeInstanceOf(RateLimitError);
    });

    it("gives up after maxRetries with a RateLimitError carrying retryAfterMs and the rate-limit headers", async () => {
      h.router.rateLimit.set({ limit: 1, windowMs: 1_000 });
      const { retries, onRetry } = retriesOf();
      const client = h.client("xero_demo_admin", { maxRetries: 1, onRetry });
      await client.GET("/v1/exec/tools");
      const error = await client.GET("/v1/exec/tools").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({
        status: 429,
        code: "rate_limit_exceeded",
        retryAfterMs: 1_000,
        isRetryable: true,
        rateLimit: { limit: 1, remaining: 0, resetSeconds: 1 },
        retryStrategy: { type: "exponential", initial_delay_ms: 500, max_delay_ms: 30_000, multiplier: 2, jitter: true },
      });
      expect(retries).toHaveLength(1);
    });

    it("throws at once, without sleeping, when Retry-After is longer than maxRetryAfterMs", async () => {
      h.router.rateLimit.set({ limit: 1, windowMs: 120_000 });
      const { retries, onRetry } = retriesOf();
      const client = h.client("xero_demo_admin", { maxRetryAfterMs: 60_000, onRetry });
      await client.GET("/v1/exec/tools");
      const error = await client.GET("/v1/exec/tools").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfterMs).toBe(120_000);
      expect(retries).toEqual([]);
    });
  });

  describe("injected 503s", () => {
    it("recover within maxRetries", async () => {
      const fault = h.router.faults.failNext(2, { status: 503, code: "backend_unavailable" });
      const { retries, onRetry } = retriesOf();
      const { data } = await h.client("xero_demo_admin", { maxRetries: 2, onRetry }).GET("/v1/exec/tools");
      expect(data.object).toBe("list");
      expect(fault.triggered).toBe(2);
      expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
      expect(retries.every((r) => r.error instanceof ServiceUnavailableError)).toBe(true);
    });

    it("exhaust maxRetries and surface the last ServiceUnavailableError", async () => {
      const fault = h.router.faults.failNext(3, { status: 503, code: "tool_executor_unavailable" });
      const error = await h.client("xero_demo_admin", { maxRetries: 2 }).GET("/v1/exec/tools").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(error).toMatchObject({ status: 503, code: "tool_executor_unavailable", requestId: expect.stringMatching(/^req_/) });
      expect(fault.triggered).toBe(3);
    });

    it("honour an injected Retry-After", async () => {
      h.router.faults.failNext(1, { status: 503, retryAfter: 1 });
      const { retries, onRetry } = retriesOf();
      await h.client("xero_demo_admin", { onRetry }).GET("/v1/exec/tools");
      expect(retries[0]!.delayMs).toBe(1_000);
    });
  });

  it("never retries 429 quota_exceeded", async () => {
    const fault = h.router.faults.failNext(2, { status: 429, code: "quota_exceeded", retryAfter: 1 });
    const error = await h.client("xero_demo_admin", { maxRetries: 2 }).GET("/v1/exec/tools").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: "quota_exceeded", isRetryable: false });
    expect(fault.triggered).toBe(1);
  });
});
