import { TaskQueue, type Task } from "./task-queue";

/**
 * The router's clock: every timed behaviour (approval timeouts, tool runs, heartbeats) is scheduled here, so tests
 * `advance()` a manual clock instead of waiting on wall time; a served router uses the real one.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` once `delayMs` have passed on this clock. Returns a cancel function. */
  schedule(delayMs: number, fn: () => void): () => void;
  /** Manual clocks only: moves time forward, running every task that falls due, in order. */
  advance(ms: number): void;
  /** Cancels every pending task. */
  dispose(): void;
  readonly kind: "manual" | "real";
}

/** A clock that only moves when `advance()` is called. Starts at `startMs` (default 2026-11-24T09:00:00Z). */
export function createManualClock(startMs = Date.UTC(2026, 10, 24, 9, 0, 0)): Clock {
  let now = startMs;
  let seq = 0;
  const tasks = new TaskQueue();
  return {
    kind: "manual",
    now: () => now,
    schedule(delayMs, fn) {
      const task: Task = { at: now + Math.max(0, delayMs), seq: seq++, fn, cancelled: false };
      tasks.push(task);
      return () => tasks.cancel(task);
    },
    advance(ms) {
      const target = now + ms;
      // Tasks may schedule further tasks; keep taking until none is due.
      for (let next = tasks.takeDue(target); next; next = tasks.takeDue(target)) {
        now = Math.max(now, next.at);
        next.fn();
      }
      now = target;
    },
    dispose() {
      tasks.clear();
    },
  };
}

/** A clock that follows wall time; tasks run on unref'd timers so they never keep a process alive. */
export function createRealClock(): Clock {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  return {
    kind: "real",
    now: () => Date.now(),
    schedule(delayMs, fn) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, Math.max(0, delayMs));
      (timer as { unref?: () => void }).unref?.();
      timers.add(timer);
      return () => {
        clearTimeout(timer);
        timers.delete(timer);
      };
    },
    advance() {
      throw new Error("advance() needs a manual clock: createRouter({ clock: 'manual' })");
    },
    dispose() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}

/**
 * The same clock, but a task that throws is reported to `onError` instead of ending the process (real clock) or
 * aborting `advance()` half-way (manual clock). The world schedules everything through this.
 */
export function guardedClock(clock: Clock, onError: (error: unknown) => void): Clock {
  return {
    get kind() {
      return clock.kind;
    },
    now: () => clock.now(),
    schedule: (delayMs, fn) =>
      clock.schedule(delayMs, () => {
        try {
          fn();
        } catch (error) {
          onError(error);
        }
      }),
    advance: (ms) => clock.advance(ms),
    dispose: () => clock.dispose(),
  };
}
