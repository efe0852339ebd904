import type { StoredEvent, World } from "../domain/world";

/** Options of {@link EventWaiter.next}. */
export interface NextEventOptions {
  /** Give up after this much wall time (default 5000 ms): a test never hangs on an event that never comes. */
  timeoutMs?: number;
  /** Only events for which this returns true. */
  where?: (event: StoredEvent) => boolean;
}

/** Waits for what the router emits, in-process. */
export interface EventWaiter {
  /**
   * The next event appended from now on, of `type` if given (e.g. `"exec.approval_requested"`).
   * Rejects after `timeoutMs`.
   *
   * @example
   * const requested = router.events.next("exec.approval_requested");
   * router.scenario.requestApproval({ risk: "write", workspaceId: DEMO.workspaces.prod });
   * expect((await requested).data.risk).toBe("write");
   */
  next(type?: string, options?: NextEventOptions): Promise<StoredEvent>;
  /** Every retained event of the default project, oldest first. */
  list(): StoredEvent[];
  /** How many event streams are open right now (wait for your bot to be listening before acting). */
  readonly openStreams: number;
}

/** An {@link EventWaiter} on whatever world is current (a reset swaps it). */
export function createEventWaiter(world: () => World, openStreams: () => number): EventWaiter {
  return {
    get openStreams() {
      return openStreams();
    },
    next(type, { timeoutMs = 5000, where } = {}) {
      return new Promise<StoredEvent>((resolve, reject) => {
        const unsubscribe = world().events.subscribe((event) => {
          if (type !== undefined && event.type !== type) return;
          if (where && !where(event)) return;
          clearTimeout(timer);
          unsubscribe();
          resolve(event);
        });
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`router.events.next(${type ?? ""}): no such event within ${timeoutMs} ms`));
        }, timeoutMs);
      });
    },
    list: () => world().events.list(),
  };
}
