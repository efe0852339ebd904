import { describe, expect, it, vi } from "vitest";
import { nextTurn } from "./backoff";
import { createReconnectPolicy } from "./reconnect";
import { RecentIds } from "./recent-ids";

/** The delays of `count` reconnects in a row after failed connections (the sleeps are skipped: the signal is aborted). */
async function reconnectDelays(count: number, draws: readonly number[], options: { baseDelayMs?: number; retry?: number } = {}): Promise<number[]> {
  let i = 0;
  const policy = createReconnectPolicy({
    baseDelayMs: options.baseDelayMs ?? 1000,
    maxDelayMs: 30_000,
    minDelayMs: undefined,
    maxRetries: Infinity,
    random: () => draws[Math.min(i++, draws.length - 1)]!,
    onReconnect: undefined,
    signal: AbortSignal.abort(),
  });
  if (options.retry !== undefined) policy.setRetry(options.retry);
  const delays: number[] = [];
  for (let n = 0; n < count; n++) delays.push((await policy.wait({ error: new Error("refused"), healthy: false }, undefined)).delayMs);
  return delays;
}

describe("reconnect delay: the SDK's retryDelayMs, with the server's retry: as its base", () => {
  it("draws uniformly below base · 2^(attempt-1)", async () => {
    expect(await reconnectDelays(4, [0.5, 0.5, 0.5, 0.999])).toEqual([500, 1000, 2000, 7992]);
  });

  it("is capped at maxDelayMs, but a base (server retry:) above the cap is still honoured", async () => {
    expect((await reconnectDelays(20, [0.999])).at(-1)).toBe(29_970);
    expect(await reconnectDelays(1, [0.5], { retry: 60_000 })).toEqual([30_000]);
  });

  it("never goes under the clamp's floor, even for a zero draw or a broken random source", async () => {
    expect(await reconnectDelays(3, [0, Number.NaN, 7])).toEqual([100, 100, 4000]);
  });

  it("stays finite for huge attempt numbers", async () => {
    expect((await reconnectDelays(10_000, [0.5])).at(-1)).toBe(15_000);
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
