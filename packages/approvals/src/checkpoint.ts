/**
 * Where a notifier keeps its resume point (the last event id it finished with), so a restart
 * neither misses nor repeats a notification.
 *
 * @example
 * ```ts
 * const redisCheckpoint: Checkpoint = {
 *   load: async () => (await redis.get("approvals:last")) ?? undefined,
 *   save: async (id) => void (await redis.set("approvals:last", id)),
 * };
 * ```
 */
export interface Checkpoint {
  /** The saved resume point, or `undefined` on a first start. */
  load(): Promise<string | undefined>;
  /** Persists the resume point; must be durable when it resolves. */
  save(id: string): Promise<void>;
  /**
   * Optional: takes exclusive use of the checkpoint before a notifier starts (throw, e.g.
   * `CheckpointLockedError`, when another notifier has it). `fileCheckpoint` implements it.
   */
  acquire?(): Promise<void>;
  /** Optional: gives up what `acquire` took; called when the notifier stops. Idempotent. */
  release?(): Promise<void>;
}

/**
 * A checkpoint held in memory: survives stopping and restarting a notifier in the same process
 * (tests, short-lived bots), not a process restart. Use `fileCheckpoint` for that.
 *
 * @example
 * ```ts
 * const checkpoint = memoryCheckpoint();
 * ```
 */
export function memoryCheckpoint(initial?: string): Checkpoint & { readonly value: string | undefined } {
  let value = initial;
  return {
    get value() {
      return value;
    },
    load: async () => value,
    save: async (id) => {
      value = id;
    },
  };
}
