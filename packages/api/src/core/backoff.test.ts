import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullJitterBackoffMs, retryDelayMs } from "./backoff";

describe("fullJitterBackoffMs", () => {
  it("draws from [0, base·2^retry], doubling from 500 ms and capped at 8 s", () => {
    const top = (retry: number) => fullJitterBackoffMs(retry, { random: () => 1 });
    expect([0, 1, 2, 3, 4, 5, 10].map(top)).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(fullJitterBackoffMs(3, { random: () => 0 })).toBe(0);
    expect(fullJitterBackoffMs(1, { random: () => 0.5 })).toBe(500);
  });

  it("stays within its bounds for any retry index and random draw", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (retry, draw) => {
        const ms = fullJitterBackoffMs(retry, { random: () => draw });
        return Number.isInteger(ms) && ms >= 0 && ms <= Math.min(8000, 500 * 2 ** Math.min(retry, 30));
      }),
    );
  });

  it("tolerates a misbehaving random source", () => {
    expect(fullJitterBackoffMs(0, { random: () => Number.NaN })).toBe(0);
    expect(fullJitterBackoffMs(0, { random: () => -3 })).toBe(0);
    expect(fullJitterBackoffMs(0, { random: () => 7 })).toBe(500);
  });

  it("honours a custom base and cap", () => {
    expect(fullJitterBackoffMs(4, { baseDelayMs: 10, maxDelayMs: 100, random: () => 1 })).toBe(100);
  });
});

describe("retryDelayMs: one backoff with true full jitter, clamped once", () => {
  it("draws uniformly in [0, base·2^(attempt-1)]: a low draw waits less than half the ceiling (not equal jitter)", () => {
    const at = (attempt: number, draw: number) => retryDelayMs(attempt, { baseDelayMs: 1_000, maxDelayMs: 60_000, random: () => draw });
    expect([at(1, 0.2), at(2, 0.2), at(3, 1), at(10, 1)]).toEqual([200, 400, 4_000, 60_000]);
  });

  it("clamps the draw into the SDK range: never under 100 ms, never over 5 minutes", () => {
    expect(retryDelayMs(1, { baseDelayMs: 1_000, random: () => 0 })).toBe(100);
    expect(retryDelayMs(40, { baseDelayMs: 1_000, maxDelayMs: 1e12, random: () => 1 })).toBe(300_000);
  });

  it("prefers the server's wait, clamped the same way, and honours an explicit range", () => {
    expect([retryDelayMs(1, { retryAfterMs: 2_500 }), retryDelayMs(1, { retryAfterMs: 0 }), retryDelayMs(1, { retryAfterMs: 1e15 })]).toEqual([
      2_500, 100, 300_000,
    ]);
    expect(retryDelayMs(1, { baseDelayMs: 10, random: () => 0, minMs: 10, maxMs: 40 })).toBe(10);
  });
});
