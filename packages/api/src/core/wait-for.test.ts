import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { APIUserAbortError } from "../errors";
import { DEFAULT_POLL_INTERVAL_MS, waitFor } from "./wait-for";
import { MAX_TIMER_DELAY_MS } from "./delay";

class TimedOut extends Error {
  constructor(readonly last: unknown) {
    super("timed out");
  }
}

/** A counter read once per call: `values[i]` for read i, the last one repeated. */
function reads(...values: number[]) {
  const at: number[] = [];
  let i = 0;
  const read = async (): Promise<number> => {
    at.push(Date.now());
    return values[Math.min(i++, values.length - 1)]!;
  };
  return { read, at, count: () => at.length };
}

const common = { done: (n: number) => n >= 3, timeoutError: (last: number | undefined) => new TimedOut(last) };

describe("waitFor", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("resolves with the first read when it already decides, without sleeping", async () => {
    const { read, count } = reads(3);
    await expect(waitFor({ ...common, read })).resolves.toBe(3);
    expect(count()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("reads every pollIntervalMs until done and resolves with the deciding value", async () => {
    const { read, at } = reads(1, 2, 3);
    const waiting = waitFor({ ...common, read, pollIntervalMs: 100 });
    await vi.advanceTimersByTimeAsync(200);
    await expect(waiting).resolves.toBe(3);
    expect(at).toEqual([0, 100, 200]);
  });

  it("polls every DEFAULT_POLL_INTERVAL_MS (2 s) when pollIntervalMs is not given", async () => {
    expect(DEFAULT_POLL_INTERVAL_MS).toBe(2_000);
    const { read, at } = reads(1, 3);
    const waiting = waitFor({ ...common, read });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(waiting).resolves.toBe(3);
    expect(at).toEqual([0, 2_000]);
  });

  it("asks a pollIntervalMs function before each sleep", async () => {
    const intervals = [10, 50];
    const { read, at } = reads(1, 2, 3);
    const waiting = waitFor({ ...common, read, pollIntervalMs: () => intervals.shift() ?? 0 });
    await vi.advanceTimersByTimeAsync(60);
    await expect(waiting).resolves.toBe(3);
    expect(at).toEqual([0, 10, 60]);
  });

  it("rejects with timeoutError(last) once maxWaitMs has passed, the last sleep cut to the budget", async () => {
    const { read, at } = reads(1, 2);
    const waiting = waitFor({ ...common, read, pollIntervalMs: 400, maxWaitMs: 1_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await waiting;
    expect(error).toBeInstanceOf(TimedOut);
    expect(error).toMatchObject({ last: 2 });
    expect(at).toEqual([0, 400, 800]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("cancels a read in flight at the end of the budget; that read's value decides nothing", async () => {
    let seen: AbortSignal | undefined;
    const read = (signal: AbortSignal): Promise<number> => {
      seen = signal;
      return new Promise((resolve) => signal.addEventListener("abort", () => resolve(5), { once: true }));
    };
    const waiting = waitFor({ read, done: () => false, timeoutError: (last) => new TimedOut(last), maxWaitMs: 50 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    expect(seen?.aborted).toBe(true);
    expect(await waiting).toMatchObject({ last: undefined });
  });

  it("a budget past setTimeout's 2^31-1 ms ceiling is re-armed, never fired at once", async () => {
    const { read } = reads(1);
    const waiting = waitFor({ ...common, read, maxWaitMs: MAX_TIMER_DELAY_MS + 10, pollIntervalMs: 2 ** 40 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_DELAY_MS);
    let settled = false;
    void waiting.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(await waiting).toBeInstanceOf(TimedOut);
  });

  it("bounds every delay: a poll interval above 2^31-1 ms sleeps that ceiling, not 1 ms", async () => {
    const { read, at } = reads(1, 3);
    const waiting = waitFor({ ...common, read, pollIntervalMs: 2 ** 32 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(at).toEqual([0]);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_DELAY_MS);
    await expect(waiting).resolves.toBe(3);
  });

  it("never spins: a poll interval of 0 (or a NaN from a function) still waits 1 ms between reads", async () => {
    const zero = reads(1, 2, 3);
    const waiting = waitFor({ ...common, read: zero.read, pollIntervalMs: 0 });
    await vi.advanceTimersByTimeAsync(2);
    await expect(waiting).resolves.toBe(3);
    expect(zero.at).toEqual([0, 1, 2]);
    const nan = reads(1, 3);
    const computed = waitFor({ ...common, read: nan.read, pollIntervalMs: () => Number.NaN });
    await vi.advanceTimersByTimeAsync(1);
    await expect(computed).resolves.toBe(3);
    expect(nan.at).toEqual([2, 3]);
  });

  it("rejects with APIUserAbortError (the reason as cause) when the signal aborts, and leaves no listener or timer", async () => {
    const controller = new AbortController();
    const { read, count } = reads(1);
    const waiting = waitFor({ ...common, read, signal: controller.signal, maxWaitMs: 60_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5_000);
    controller.abort(new Error("operator gave up"));
    const error = await waiting;
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toMatchObject({ cause: new Error("operator gave up") });
    expect(count()).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("rejects before any read when the signal is already aborted", async () => {
    const { read, count } = reads(3);
    await expect(waitFor({ ...common, read, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(count()).toBe(0);
  });

  it("a read's own error ends the wait with that error", async () => {
    const boom = new Error("500 after retries");
    const read = vi.fn(async () => 1).mockResolvedValueOnce(1).mockRejectedValueOnce(boom);
    const waiting = waitFor({ ...common, read, pollIntervalMs: 10, maxWaitMs: 1_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    expect(await waiting).toBe(boom);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("a read's error after the budget ran out is the timeout error, after an abort the abort error", async () => {
    const failing = (signal: AbortSignal): Promise<number> =>
      new Promise((_, reject) => signal.addEventListener("abort", () => reject(new Error("socket closed")), { once: true }));
    const timing = waitFor({ read: failing, done: () => true, timeoutError: (last) => new TimedOut(last), maxWaitMs: 20 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(20);
    expect(await timing).toBeInstanceOf(TimedOut);
    const controller = new AbortController();
    const aborting = waitFor({ read: failing, done: () => true, timeoutError: (last) => new TimedOut(last), signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(await aborting).toBeInstanceOf(APIUserAbortError);
  });

  it("checks maxWaitMs and pollIntervalMs before the first read", async () => {
    const { read, count } = reads(3);
    await expect(waitFor({ ...common, read, maxWaitMs: -1 })).rejects.toThrow(/maxWaitMs/);
    await expect(waitFor({ ...common, read, maxWaitMs: Number.NaN })).rejects.toBeInstanceOf(RangeError);
    await expect(waitFor({ ...common, read, pollIntervalMs: -5 })).rejects.toThrow(/pollIntervalMs/);
    expect(count()).toBe(0);
    await expect(waitFor({ ...common, read, maxWaitMs: Infinity })).resolves.toBe(3);
  });

  it("follow() starts after a first read that did not decide, and wake() reads before the interval ends", async () => {
    const { read, at } = reads(1, 2, 3);
    let wake: (() => void) | undefined;
    let first: number | undefined;
    let followSignal: AbortSignal | undefined;
    const waiting = waitFor({
      ...common,
      read,
      pollIntervalMs: 60_000,
      follow: (w, signal, value) => {
        wake = w;
        first = value;
        followSignal = signal;
      },
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(first).toBe(1);
    wake?.();
    await vi.advanceTimersByTimeAsync(50);
    wake?.();
    await expect(waiting).resolves.toBe(3);
    expect(at).toEqual([0, 100, 150]);
    expect(followSignal?.aborted).toBe(true);
  });

  it("a wake() during a read makes the next read follow at once: no event is slept through", async () => {
    let wake: (() => void) | undefined;
    const values = [1, 2, 3];
    const at: number[] = [];
    const read = async (): Promise<number> => {
      at.push(Date.now());
      const value = values.shift()!;
      if (value === 2) wake?.(); // an event arrives while this read is in flight
      return value;
    };
    const waiting = waitFor({ ...common, read, pollIntervalMs: 60_000, follow: (w) => (wake = w) });
    await vi.advanceTimersByTimeAsync(10);
    wake?.();
    await vi.advanceTimersByTimeAsync(0);
    await expect(waiting).resolves.toBe(3);
    expect(at).toEqual([0, 10, 10]);
  });
});
