import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullJitterBackoffMs } from "./backoff";

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
    expect(fullJitterBackoffMs(4, { baseMs: 10, capMs: 100, random: () => 1 })).toBe(100);
  });
});
