import { describe, expect, it, vi } from "vitest";
import { backoffDelay, nextTurn } from "./backoff";
import { RecentIds } from "./recent-ids";

describe("backoffDelay (full jitter)", () => {
  const delay = (attempt: number, random: number, baseMs = 1000, maxMs = 30_000) => backoffDelay({ attempt, baseMs, maxMs, random: () => random });

  it("draws uniformly below base · 2^(attempt-1)", () => {
    expect([delay(1, 0.5), delay(2, 0.5), delay(3, 0.5), delay(4, 0.999)]).toEqual([500, 1000, 2000, 7992]);
  });

  it("is capped at maxMs, but a base (server retry:) above the cap is still honoured", () => {
    expect([delay(20, 0.999), delay(1, 0.5, 60_000)]).toEqual([29_970, 30_000]);
  });

  it("can be zero (full jitter) and survives a broken random source", () => {
    expect([delay(3, 0), delay(1, Number.NaN), delay(1, 7)]).toEqual([0, 0, 1000]);
  });

  it("stays finite for huge attempt numbers", () => {
    expect(delay(10_000, 0.5)).toBe(15_000);
  });
});

describe("nextTurn", () => {
  it("resolves only once a timer turn has run, and at once (leaving no timer) on abort", async () => {
    vi.useFakeTimers();
    let resolved = false;
    const turn = nextTurn(new AbortController().signal).then(() => (resolved = true));
    await Promise.resolve();
    expect([resolved, vi.getTimerCount()]).toEqual([false, 1]);
    await vi.advanceTimersByTimeAsync(0);
    await turn;
    const controller = new AbortController();
    const aborted = nextTurn(controller.signal);
    controller.abort();
    await aborted;
    expect([resolved, vi.getTimerCount()]).toEqual([true, 0]);
    vi.useRealTimers();
  });
});

describe("RecentIds", () => {
  it("remembers the last `capacity` ids and forgets the oldest", () => {
    const ids = new RecentIds(2);
    ids.add("a");
    ids.add("b");
    ids.add("a"); // already known: does not refresh or evict
    ids.add("c");
    expect([ids.has("a"), ids.has("b"), ids.has("c")]).toEqual([false, true, true]);
  });
});
