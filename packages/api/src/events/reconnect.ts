import { clampRetryDelay } from "../core/delay";
import { sleep } from "../core/sleep";
import { backoffDelay } from "./backoff";
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
  /** Waits before the next connection, resolving with its number and the wait; throws `max_attempts` once too many failed in a row. */
  wait(previous: Ending, lastEventId: string | undefined): Promise<{ attempt: number; delayMs: number }>;
}

/** Options of {@link createReconnectPolicy} (resolved defaults of the stream's options). */
export interface ReconnectPolicyOptions {
  initialRetryMs: number;
  maxRetryMs: number;
  minRetryMs: number | undefined;
  maxAttempts: number;
  random: () => number;
  onReconnect: ((info: ReconnectInfo) => void) | undefined;
  /** Aborting it ends a wait at once (the stream closed). */
  signal: AbortSignal;
}

/** Full-jitter exponential backoff that honours `retry:` and `Retry-After`, clamped in one place. */
export function createReconnectPolicy(options: ReconnectPolicyOptions): ReconnectPolicy {
  let retryMs = options.initialRetryMs;
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
      if (failures >= options.maxAttempts) {
        const message = `Event stream gave up after ${failures} consecutive failed connections.`;
        throw new EventStreamError("max_attempts", message, { cause: previous.error });
      }
      // One clamp for Retry-After, `retry:` and backoff alike: no storm at 0 ms, no 2^31 ms overflow.
      const backoff = (): number => backoffDelay({ attempt, baseMs: Math.max(1, retryMs), maxMs: options.maxRetryMs, random: options.random });
      const delayMs = clampRetryDelay(retryAfterOf(previous.error) ?? backoff(), { minMs: options.minRetryMs });
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
