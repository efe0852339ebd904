// Every wait is clamped in one place: no storm at 0 ms, no instant fire above 2^31-1 ms.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clampRetryDelay, durationOption, MAX_RETRY_DELAY_MS, MAX_TIMER_DELAY_MS, MIN_RETRY_DELAY_MS, timerDelay } from "./delay";
import { createRetryingFetch, type RetryInfo } from "./transport";

describe("clampRetryDelay", () => {
  it("raises 0, negatives and NaN to the 100 ms floor", () => {
    expect([0, -5, Number.NaN, 99.4].map((ms) => clampRetryDelay(ms))).toEqual([100, 100, 100, 100]);
    expect(MIN_RETRY_DELAY_MS).toBe(100);
  });

  it("lowers huge values and Infinity to the 5 minute ceiling", () => {
    expect([1e15, Infinity, 2 ** 31, MAX_RETRY_DELAY_MS + 1].map((ms) => clampRetryDelay(ms))).toEqual(
      Array(4).fill(300_000),
    );
  });

  it("keeps a sane value, rounded to whole milliseconds", () => {
    expect([clampRetryDelay(2_000), clampRetryDelay(1234.6)]).toEqual([2_000, 1235]);
  });

  it("takes another range, but never a floor under 1 ms nor a ceiling a timer cannot wait", () => {
    expect(clampRetryDelay(0, { minMs: 0 })).toBe(1);
    expect(clampRetryDelay(5, { minMs: 10, maxMs: 20 })).toBe(10);
    expect(clampRetryDelay(1e15, { maxMs: Infinity })).toBe(MAX_RETRY_DELAY_MS);
    expect(clampRetryDelay(1e15, { maxMs: 1e13 })).toBe(MAX_TIMER_DELAY_MS);
  });
});

describe("timerDelay", () => {
  it("never hands setTimeout a value it would fire at once", () => {
    expect([timerDelay(2 ** 40), timerDelay(-1), timerDelay(Number.NaN), timerDelay(5)]).toEqual([MAX_TIMER_DELAY_MS, 0, 0, 5]);
  });
});

describe("the transport's retry waits", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const busy = (retryAfter: string) =>
    new Response(JSON.stringify({ error: { message: "busy", type: "error", code: "backend_unavailable" } }), {
      status: 503,
      headers: { "content-type": "application/json", "retry-after": retryAfter },
    });

  function counted(retryAfter: string, options: { maxRetryAfterMs?: number } = {}) {
    const fetch = vi.fn(async () => busy(retryAfter));
    const retries: RetryInfo[] = [];
    const call = createRetryingFetch({ fetch, maxRetries: 5, onRetry: (r) => void retries.push(r), ...options })(
      new Request("https://api.example.test/proj_1/v1/exec/tools"),
    ).catch((e: unknown) => e);
    return { fetch, retries, call };
  }

  it("waits the 100 ms floor on Retry-After: 0 instead of retrying at once", async () => {
    const { fetch, retries, call } = counted("0");
    await vi.advanceTimersByTimeAsync(99);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.runAllTimersAsync();
    await call;
    expect(retries.map((r) => r.delayMs)).toEqual([100, 100, 100, 100, 100]);
  });

  it("waits at most 5 minutes on Retry-After: 1e12 seconds when told to honour any wait, never firing early", async () => {
    const { fetch, retries, call } = counted("1000000000000", { maxRetryAfterMs: Infinity });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1); // not ~400 requests a second
    expect(retries[0]?.delayMs).toBe(300_000);
    await vi.advanceTimersByTimeAsync(240_000);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.runAllTimersAsync();
    await call;
  });

  it("still fails fast on a Retry-After above maxRetryAfterMs (the default), without any wait", async () => {
    const { fetch, call } = counted("1000000000000");
    const error = await call;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(error).toMatchObject({ status: 503 });
  });
});

describe("durationOption", () => {
  it("returns the value, or the fallback when it is undefined", () => {
    expect([durationOption("timeoutMs", 0, 5), durationOption("timeoutMs", 250, 5), durationOption("timeoutMs", undefined, 5)]).toEqual([0, 250, 5]);
  });

  it("throws a RangeError naming the option for a negative, non-finite or non-number value", () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, "10" as unknown as number]) {
      expect(() => durationOption("pollMs", bad, 5)).toThrow(new RangeError(`Invalid \`pollMs\`: expected a non-negative number of milliseconds, got ${String(bad)}.`));
    }
  });
});
