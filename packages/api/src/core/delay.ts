// The one place every wait of the SDK (Retry-After, SSE `retry:`, backoff) is made sane.

/** Shortest wait before a retry or reconnect: a server's `retry: 0` or `Retry-After: 0` cannot make a storm. */
export const MIN_RETRY_DELAY_MS = 100;
/** Longest wait before a retry or reconnect: five minutes, whatever the server or the backoff says. */
export const MAX_RETRY_DELAY_MS = 5 * 60_000;
/** The largest delay `setTimeout` honours; above it, it fires after 1 ms. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** Bounds for {@link clampRetryDelay}; both default to the SDK's range. */
export interface RetryDelayRange {
  /** Floor; raised to at least 1 ms. Default {@link MIN_RETRY_DELAY_MS}. */
  minMs?: number;
  /** Ceiling; lowered to at most `MAX_TIMER_DELAY_MS`. Default `MAX_RETRY_DELAY_MS`. */
  maxMs?: number;
}

/**
 * Clamps a retry or reconnect delay into `[minMs, maxMs]` (default 100 ms to 5 min). `NaN` and
 * negative values become the floor, `Infinity` and huge values the ceiling, so a timer built from
 * the result neither fires at once (a request storm) nor never (a stalled client). Used by the
 * transport, the event stream and `@xerotier/approvals`.
 *
 * @example
 * ```ts
 * clampRetryDelay(0); // 100
 * clampRetryDelay(1e15); // 300000
 * clampRetryDelay(2_000); // 2000
 * ```
 */
export function clampRetryDelay(ms: number, range: RetryDelayRange = {}): number {
  const min = Math.max(1, finiteOr(range.minMs, MIN_RETRY_DELAY_MS));
  const max = Math.max(min, Math.min(MAX_TIMER_DELAY_MS, finiteOr(range.maxMs, MAX_RETRY_DELAY_MS)));
  if (Number.isNaN(ms) || ms <= min) return min;
  return ms >= max ? max : Math.round(ms);
}

/** A delay safe to hand to `setTimeout`: finite, non-negative, never above `MAX_TIMER_DELAY_MS`. */
export function timerDelay(ms: number): number {
  if (!(ms > 0)) return 0;
  return Math.min(ms, MAX_TIMER_DELAY_MS);
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

/**
 * A duration option (`maxWaitMs`, `pollIntervalMs`, …) checked once for every helper: `value`, or
 * `fallback` when it is `undefined`. Throws a `RangeError` naming the option for anything but a
 * finite number ≥ 0, before any request is made.
 *
 * @example
 * ```ts
 * const maxWaitMs = durationOption("maxWaitMs", options.maxWaitMs, 60_000);
 * ```
 */
export function durationOption(name: string, value: number | undefined, fallback: number): number {
  const ms = value ?? fallback;
  if (!(typeof ms === "number" && Number.isFinite(ms) && ms >= 0)) {
    throw new RangeError(`Invalid \`${name}\`: expected a non-negative number of milliseconds, got ${String(value)}.`);
  }
  return ms;
}
