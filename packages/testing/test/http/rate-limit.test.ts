import { afterEach, describe, expect, it } from "vitest";
import { createRouter, type Router } from "../../src/index";
import { caller } from "../support/call";

describe("per-key rate limiting (fixed window on the router clock)", () => {
  let router: Router;
  afterEach(async () => {
    router.conformance.assertClean();
    await router.close();
  });
  const setup = (limit: number, windowMs = 10_000) => {
    router = createRouter({ clock: "manual", seed: "empty", rateLimit: { limit, windowMs } });
    return caller(router);
  };

  it("sends x-ratelimit-limit, -remaining and -reset (seconds) on successful responses", async () => {
    const call = setup(3);
    const response = await call("/v1/exec/tools");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-ratelimit-limit")).toBe("3");
    expect(response.headers.get("x-ratelimit-remaining")).toBe("2");
    expect(response.headers.get("x-ratelimit-reset")).toBe("10");
  });

  it("answers 429 rate_limit_exceeded once the window is spent, with Retry-After, retry_after and retry_strategy", async () => {
    const call = setup(2);
    await call("/v1/exec/tools");
    router.clock.advance(2_500);
    await call("/v1/exec/tools");
    const response = await call("/v1/exec/tools");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("8"); // 7.5 s left, rounded up
    expect(response.headers.get("x-ratelimit-limit")).toBe("2");
    expect(response.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(response.headers.get("x-ratelimit-reset")).toBe("8");
    expect((await response.json()).error).toEqual({
      message: expect.stringMatching(/rate limit/i),
      type: "rate_limit_error",
      code: "rate_limit_exceeded",
      param: null,
      retry_after: 8,
      retry_strategy: { type: "exponential", initial_delay_ms: 500, max_delay_ms: 30_000, multiplier: 2, jitter: true },
    });
  });

  it("never tells a refused client to retry in 0 seconds", async () => {
    const call = setup(1, 1_000);
    await call("/v1/exec/tools");
    router.clock.advance(999);
    const response = await call("/v1/exec/tools");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
  });

  it("opens a new window once windowMs has passed", async () => {
    const call = setup(1, 1_000);
    await call("/v1/exec/tools");
    expect((await call("/v1/exec/tools")).status).toBe(429);
    router.clock.advance(1_000);
    expect((await call("/v1/exec/tools")).status).toBe(200);
  });

  it("counts each API key on its own", async () => {
    const call = setup(1);
    expect((await call("/v1/exec/tools", { key: "xero_demo_admin" })).status).toBe(200);
    expect((await call("/v1/exec/tools", { key: "xero_demo_exec" })).status).toBe(200);
    expect((await call("/v1/exec/tools", { key: "xero_demo_admin" })).status).toBe(429);
  });

  it("does not count requests without a valid key, nor the health check", async () => {
    const call = setup(1);
    await call("/v1/exec/tools", { key: "xero_unknown" });
    await call("/healthz", { key: null });
    expect((await call("/v1/exec/tools")).status).toBe(200);
  });

  it("can be changed or switched off while the router runs", async () => {
    const call = setup(1);
    await call("/v1/exec/tools");
    router.rateLimit.set(false);
    const response = await call("/v1/exec/tools");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-ratelimit-limit")).toBeNull();
    router.rateLimit.set({ limit: 5, windowMs: 60_000 });
    expect((await call("/v1/exec/tools")).headers.get("x-ratelimit-remaining")).toBe("4");
  });

  it("is generous by default: 600 requests a minute", async () => {
    router = createRouter({ clock: "manual", seed: "empty" });
    const response = await caller(router)("/v1/exec/tools");
    expect(response.headers.get("x-ratelimit-limit")).toBe("600");
  });
});
