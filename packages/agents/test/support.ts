/** Shared helpers for the agents tests: the reference router over HTTP, and a request counter. */
import type { XerotierClient } from "@xerotier/api";
export { useRouter } from "@xerotier/testing/vitest";

/** Counts the requests a client sends (one per call, retries excluded), by `METHOD path`. */
export function countRequests(client: XerotierClient): string[] {
  const seen: string[] = [];
  client.use({
    onRequest({ request }) {
      seen.push(`${request.method} ${new URL(request.url).pathname.replace(/^\/[^/]+/, "")}`);
    },
  });
  return seen;
}

/** Lets pending timers and I/O run (used to let a poller take at least one turn); no assertion depends on its length. */
export function tick(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
