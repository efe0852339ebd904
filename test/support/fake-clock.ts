import { vi } from "vitest";

/**
 * Runs `work` on a fake clock moved in 10 ms steps until it settles: what watches a stream for a
 * few seconds (the doctor's `streamSeconds`, each resume) runs without waiting them out.
 */
export async function onFakeClock<T>(work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  try {
    let settled = false;
    const result = work().finally(() => void (settled = true));
    while (!settled) await vi.advanceTimersByTimeAsync(10);
    return await result;
  } finally {
    vi.useRealTimers();
  }
}
