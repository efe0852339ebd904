import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRetryAfter, secondsToRetryAfterMs } from "./retry-after";

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

describe("parseRetryAfter", () => {
  it("reads delta-seconds as milliseconds", () => {
    expect(parseRetryAfter("0", NOW)).toBe(0);
    expect(parseRetryAfter("3", NOW)).toBe(3000);
    expect(parseRetryAfter(" 120 ", NOW)).toBe(120_000);
    expect(parseRetryAfter("1.5", NOW)).toBe(1500);
  });

  it("reads an IMF-fixdate relative to now", () => {
    expect(parseRetryAfter("Tue, 24 Nov 2026 12:00:05 GMT", NOW)).toBe(5000);
  });

  it("reads the obsolete RFC 850 and asctime date formats", () => {
    expect(parseRetryAfter("Tuesday, 24-Nov-26 12:00:07 GMT", NOW)).toBe(7000);
    expect(parseRetryAfter("Tue Nov 24 12:00:09 2026", NOW)).toBe(9000);
    expect(parseRetryAfter("Sun Nov  6 08:49:37 1994", NOW)).toBe(0);
  });

  it("turns a date in the past into 0", () => {
    expect(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).toBe(0);
  });

  it("returns undefined for absent, empty, negative or garbage values", () => {
    for (const value of [null, undefined, "", "  ", "-1", "soon", "1e3", "0x10", "3 seconds", "Tue, 31 Feb 2026 12:00:00 GMT"]) {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    }
  });

  it("clamps absurdly large delays to a finite number", () => {
    expect(parseRetryAfter("9".repeat(400), NOW)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("never returns NaN, a negative number or Infinity, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 4_102_444_800_000 }), (value, now) => {
        const ms = parseRetryAfter(value, now);
        return ms === undefined || (Number.isFinite(ms) && ms >= 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips any whole number of seconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (seconds) => parseRetryAfter(String(seconds), NOW) === seconds * 1000),
    );
  });

  it("reads any HTTP-date as the time left until it, and 0 once it has passed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1971, 0, 1) / 1000, max: Date.UTC(2099, 11, 31) / 1000 }),
        fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }),
        (atSeconds, now) => {
          const at = atSeconds * 1000;
          return parseRetryAfter(new Date(at).toUTCString(), now) === Math.max(0, at - now);
        },
      ),
    );
  });
});

describe("secondsToRetryAfterMs", () => {
  it("converts non-negative finite seconds and rejects everything else", () => {
    expect(secondsToRetryAfterMs(3)).toBe(3000);
    expect(secondsToRetryAfterMs(0.25)).toBe(250);
    for (const value of [-1, Number.NaN, Infinity, "3", null, undefined, {}]) {
      expect(secondsToRetryAfterMs(value)).toBeUndefined();
    }
  });
});
