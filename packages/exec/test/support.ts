/** Shared helpers for the exec tests: the reference router over HTTP. */
export { useRouter } from "@xerotier/testing/vitest";

/** Lets pending timers and I/O run (a poller or stream takes a turn); no assertion depends on its length. */
export function tick(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
