import { retryDelayMs } from "../core/backoff";
import { sleep } from "../core/sleep";
import { EventStreamError } from "./errors";
import { isTerminal, rejectsResumePoint, retryAfterOf, safeCall } from "./failure";
import type { ReconnectInfo } from "./stream-options";

/** How a connection ended: its error (`undefined` for a clean close) and whether it was healthy. */
export interface Ending {
  error: unknown;
  healthy: boolean;
}

/** When to reconnect: counts consecutive failures and waits the backoff (or what the server asked). */
export interface ReconnectPolicy {
  /** Reconnects since the last healthy connection; 0 for the first connection. */
  readonly attempt: number;
  /** The server's `retry:`: the backoff base from now on. */
  setRetry(ms: number): void;
  /** Waits before the next connection, resolving with its number and the wait; throws `max_retries` once too many failed in a row. */
  wait(previous: Ending, lastEventId: string | undefined): Promise<{ attempt: number; delayMs: number }>;
}

/** Options of {@link createReconnectPolicy} (resolved defaults of the stream's options). */
export interface ReconnectPolicyOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  minDelayMs: number | undefined;
  maxRetries: number;
  random: () => number;
  onReconnect: ((info: ReconnectInfo) => void) | undefined;
  /** Aborting it ends a wait at once (the stream closed). */
  signal: AbortSignal;
}

/** The SDK's one delay rule (`retryDelayMs`: full jitter, or the server's `Retry-After`, clamped) with `retry:` as its base. */
export function createReconnectPolicy(options: ReconnectPolicyOptions): ReconnectPolicy {
  let retryMs = options.baseDelayMs;
  let attempt = 0;
  let failures = 0;
  return {
    get attempt() {
      return attempt;
    },
    setRetry(ms) {
      retryMs = ms;
    },
    async wait(previous, lastEventId) {
      if (previous.healthy) {
        failures = 0;
        attempt = 1;
      } else {
        failures += 1;
        attempt += 1;
      }
      if (failures > options.maxRetries) {
        const message = `Event stream gave up after ${failures} consecutive failed connections.`;
        throw new EventStreamError("max_retries", message, { cause: previous.error });
      }
      // A server `retry:` above the cap is still honoured: it raises the cap too.
      const baseDelayMs = Math.max(1, retryMs);
      const delayMs = retryDelayMs(attempt, {
        baseDelayMs,
        maxDelayMs: Math.max(options.maxDelayMs, baseDelayMs),
        random: options.random,
        retryAfterMs: retryAfterOf(previous.error),
        minMs: options.minDelayMs,
      });
      safeCall(options.onReconnect, { attempt, delayMs, error: previous.error, lastEventId });
      await sleep(delayMs, options.signal).catch(() => undefined); // a stop ends the loop, not an error
      return { attempt, delayMs };
    },
  };
}

/**
 * What a failed connection means: `rejected` (the server refused the resume point it was sent:
 * reconnect without it), `terminal` (stop the stream with the error) or `retry`.
 */
export function classifyFailure(error: unknown, requestedLastEventId: string | undefined): "rejected" | "terminal" | "retry" {
  if (requestedLastEventId !== undefined && rejectsResumePoint(error)) return "rejected";
  return isTerminal(error) ? "terminal" : "retry";
}
