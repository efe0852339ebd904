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

// What a raced step rejects with once the time is up; callers check `fired` and never surface it.
const TIMED_OUT = /* @__PURE__ */ new Error("The attempt's time is up.");
const ignore = (): void => undefined;

/**
 * The timer of one attempt. When its budget has passed it calls `cancel` (which aborts the
 * request: its signal, or its dispatcher on Node) and rejects the step being awaited, so the
 * attempt ends on time even when the fetch in use ignores the cancellation.
 */
export class AttemptTimer {
  /** The budget ran out (tells a timeout from any other failure). */
  fired = false;
  private readonly handle: ReturnType<typeof setTimeout> | undefined;
  private rejectStep: ((reason: Error) => void) | undefined;

  /** No timer at all beyond what setTimeout can wait. */
  constructor(budgetMs: number, cancel: () => void) {
    if (budgetMs > MAX_TIMER_MS) return;
    this.handle = setTimeout(() => {
      this.fired = true;
      cancel();
      this.rejectStep?.(TIMED_OUT);
    }, budgetMs);
  }

  /**
   * Settles with `step`, or rejects once the budget runs out. `late` receives a value that arrives
   * after that (a response to release).
   */
  race<T>(step: Promise<T>, late: (value: T) => void = ignore): Promise<T> {
    if (this.fired) {
      step.then(late, ignore);
      return Promise.reject(TIMED_OUT);
    }
    if (this.handle === undefined) return step;
    return new Promise<T>((resolve, reject) => {
      this.rejectStep = reject;
      step.then((value) => (this.fired ? late(value) : resolve(value)), reject);
    });
  }

  /** Stops the timer (the attempt is over, or its body is now the caller's). */
  clear(): void {
    clearTimeout(this.handle);
    this.rejectStep = undefined;
  }
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
