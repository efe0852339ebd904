import type { XerotierClient } from "@xerotier/api";
import type { Router } from "@xerotier/testing";
import type { TourPrinter } from "./print";

/** What every guide of the tour gets: a client, the local router (to play the XEM host), a printer. */
export interface TourContext {
  client: XerotierClient;
  /** A client holding a key without the management and execution scopes, to show a 403. */
  readonlyClient: XerotierClient;
  router: Router;
  print: TourPrinter;
}

/** Waits until `check` returns a value, polling every `intervalMs`, for at most `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined>, { timeoutMs = 10_000, intervalMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
