// Time limits of a call: the per-attempt timeout and the optional whole-call deadline.
import { APITimeoutError } from "../errors";

const MAX_TIMER_MS = 2_147_483_647; // setTimeout fires at once above this

/** When the whole call must end (epoch ms); `Infinity` without `deadlineMs`. */
export function callDeadline(deadlineMs: number | undefined, now: number): number {
  return deadlineMs === undefined ? Infinity : now + deadlineMs;
}

/** How long one attempt may take: its own limit, cut short by the call's deadline. */
export interface AttemptLimit {
  budgetMs: number;
  /** The deadline, not the per-attempt timeout, is what limits this attempt. */
  byDeadline: boolean;
}

/** The limit of an attempt starting at `now`. */
export function attemptLimit(timeoutMs: number, deadline: number, now: number): AttemptLimit {
  const left = deadline - now;
  return left < timeoutMs ? { budgetMs: left, byDeadline: true } : { budgetMs: timeoutMs, byDeadline: false };
}

/** A running attempt timer; `fired` tells a timeout from any other abort. */
export interface AttemptTimer {
  fired: boolean;
  clear(): void;
}

/** Aborts `controller` once `budgetMs` has passed (no timer at all beyond what setTimeout can wait). */
export function startAttemptTimer(controller: AbortController, budgetMs: number): AttemptTimer {
  const state: AttemptTimer = { fired: false, clear: () => undefined };
  if (budgetMs > MAX_TIMER_MS) return state;
  const timer = setTimeout(() => {
    state.fired = true;
    controller.abort();
  }, budgetMs);
  state.clear = () => clearTimeout(timer);
  return state;
}

/** The error of an attempt its timer cut short, naming the limit that applied. */
export function attemptTimeoutError(
  limit: AttemptLimit,
  timeoutMs: number,
  deadlineMs: number | undefined,
  requestId: string | undefined,
): APITimeoutError {
  const what = limit.byDeadline ? `the ${deadlineMs} ms deadline` : `${timeoutMs} ms`;
  return new APITimeoutError(`Request timed out after ${what}.`, { requestId });
}
