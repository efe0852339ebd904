/** One pause the responder made, with what it needs to tell it apart from a human's later. */
export interface PauseRecord {
  /** The workspace the agent was paused in. */
  workspace: string;
  /** The agent. */
  agent: string;
  /** Alertmanager's fingerprint of the alert the pause was for: only its `resolved` resumes. */
  fingerprint: string;
  /** When the responder paused it (ISO 8601, the responder's clock). */
  pausedAt: string;
  /**
   * The agent's newest lifecycle event before the pause (`null`: it had none). Before a resume,
   * every `exec_paused` / `exec_resumed` event after it is read: the bot's own pause must be the
   * only one, else someone else changed the agent since and the resume is left to them.
   */
  afterEventId: string | null;
}

/**
 * Where the responder keeps its pause records, so a restart neither forgets its own pauses nor
 * mistakes a human's for them. `load` is called once, before the first payload is handled;
 * `save` is called before the pause is requested (a record whose pause never happened is
 * harmless: the agent is read before any resume) and `delete` once the responder is done with it.
 * A store is bounded: `save` rejects a new record past its bound, and the pause is then refused.
 */
export interface PauseStore {
  /** Every record kept. */
  load(): Promise<PauseRecord[]>;
  /** Adds the record, or replaces the one of the same workspace and agent. */
  save(record: PauseRecord): Promise<void>;
  /** Removes the record of `workspace` and `agent` (nothing when there is none). */
  delete(workspace: string, agent: string): Promise<void>;
}

/** Options of {@link memoryPauseStore} and {@link filePauseStore}. */
export interface PauseStoreOptions {
  /** At most this many records (pauses in effect); past it, `save` of a new one rejects. Default 1 000. */
  maxRecords?: number;
}

/** The key of a record: one pause per workspace and agent. */
export const pauseKey = (workspace: string, agent: string): string => `${workspace}/${agent}`;

/** The bound of a store, checked once: a bound that is NaN or negative would switch it off. */
export function maxRecordsOf(options: PauseStoreOptions): number {
  const max = options.maxRecords ?? 1000;
  if (!Number.isInteger(max) || max < 1 || max > 1_000_000) throw new RangeError(`maxRecords must be an integer from 1 to 1000000; got ${String(options.maxRecords)}.`);
  return max;
}

/** Records keyed by workspace and agent, refusing a new key past `max`. */
export function putRecord(records: Map<string, PauseRecord>, record: PauseRecord, max: number): void {
  const key = pauseKey(record.workspace, record.agent);
  if (!records.has(key) && records.size >= max) throw new RangeError(`the pause store is full (${max} records)`);
  records.set(key, { ...record });
}

/**
 * Pause records in memory: lost on a restart (the agents the responder paused then stay paused
 * until a human resumes them: the safe direction). Use {@link filePauseStore} (one host) or a
 * store of your own on a database to keep them.
 *
 * @example
 * ```ts
 * const responder = createAlertResponder({ client, auth, pause: true, pauseStore: memoryPauseStore({ maxRecords: 100 }) });
 * ```
 */
export function memoryPauseStore(options: PauseStoreOptions = {}): PauseStore {
  const max = maxRecordsOf(options);
  const records = new Map<string, PauseRecord>();
  return {
    load: async () => [...records.values()].map((r) => ({ ...r })),
    save: async (record) => putRecord(records, record, max),
    delete: async (workspace, agent) => {
      records.delete(pauseKey(workspace, agent));
    },
  };
}
