import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { APIUserAbortError } from "../errors";
import { sleep } from "./sleep";

describe("sleep", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("resolves after the delay and removes its abort listener", async () => {
    const controller = new AbortController();
    let done = false;
    const wait = sleep(1000, controller.signal).then(() => (done = true));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await wait;
    expect(done).toBe(true);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("rejects at once with APIUserAbortError when aborted, leaving no timer or listener", async () => {
    const controller = new AbortController();
    const wait = sleep(60_000, controller.signal);
    controller.abort(new Error("user gave up"));
    await expect(wait).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(wait).rejects.toMatchObject({ cause: new Error("user gave up") });
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("rejects without waiting when the signal is already aborted", async () => {
    const signal = AbortSignal.abort();
    await expect(sleep(1000, signal)).rejects.toBeInstanceOf(APIUserAbortError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("works without a signal", async () => {
    const wait = sleep(10);
    await vi.advanceTimersByTimeAsync(10);
    await expect(wait).resolves.toBeUndefined();
  });
});
