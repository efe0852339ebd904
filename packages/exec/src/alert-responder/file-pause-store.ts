import { isProcessAlive, replaceFile } from "@xerotier/api/internal";
import { maxRecordsOf, pauseKey, putRecord, type PauseRecord, type PauseStore, type PauseStoreOptions } from "./pause-store";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A stored record as written by this store; anything else in the file is a refusal to guess. */
function recordOf(value: unknown): PauseRecord {
  const ok =
    isRecord(value) &&
    ["workspace", "agent", "fingerprint", "pausedAt"].every((k) => typeof value[k] === "string" && value[k] !== "") &&
    (value.afterEventId === null || typeof value.afterEventId === "string");
  if (!ok) throw new TypeError(`unreadable pause record ${JSON.stringify(value)?.slice(0, 200)}`);
  return value as unknown as PauseRecord;
}

/**
 * Pause records in a small JSON file, for one responder on one host (Node, Bun, Deno). Each
 * change rewrites the file atomically: a temporary file next to it (`<file>.<pid>.<random>.tmp`)
 * renamed over it, removed again if the write fails, so a crash leaves the old or the new
 * records, never half of them; the temporary file of a process killed mid-write is removed at
 * the next `load`. One responder per file: two would overwrite each other's records.
 * A file that cannot be parsed makes `load` reject (the responder then answers 503 and acts on
 * nothing) rather than start with a guess.
 *
 * @example
 * ```ts
 * const responder = createAlertResponder({ client, auth, pause: true, pauseStore: filePauseStore("/var/lib/alert-responder/pauses.json") });
 * ```
 */
export function filePauseStore(path: string, options: PauseStoreOptions = {}): PauseStore {
  const max = maxRecordsOf(options);
  const fs = () => import("node:fs/promises"); // loaded on first use: building the store costs nothing
  let records: Map<string, PauseRecord> | undefined;

  async function read(): Promise<Map<string, PauseRecord>> {
    if (records) return records;
    await removeStaleTemporaries(path);
    const { readFile } = await fs();
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if ((error as { code?: unknown }).code !== "ENOENT") throw error;
      text = '{"records":[]}';
    }
    const parsed = JSON.parse(text) as { records?: unknown };
    if (!Array.isArray(parsed.records)) throw new TypeError(`${path} holds no pause records list`);
    records = new Map(parsed.records.map(recordOf).map((r) => [pauseKey(r.workspace, r.agent), r]));
    return records;
  }

  async function write(next: Map<string, PauseRecord>): Promise<void> {
    await replaceFile(await fs(), path, `${JSON.stringify({ records: [...next.values()] }, null, 1)}\n`);
    records = next;
  }

  return {
    load: async () => [...(await read()).values()].map((r) => ({ ...r })),
    async save(record) {
      const next = new Map(await read());
      putRecord(next, record, max);
      await write(next);
    },
    async delete(workspace, agent) {
      const next = new Map(await read());
      if (next.delete(pauseKey(workspace, agent))) await write(next);
    },
  };
}

/** Removes `<file>.<pid>.<random>.tmp` files of this store left by a process that is gone. */
async function removeStaleTemporaries(path: string): Promise<void> {
  const { readdir, unlink } = await import("node:fs/promises");
  // Split by hand: only node:fs is loaded, so bundles for other runtimes stay free of node:path.
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  const dir = cut < 0 ? "./" : path.slice(0, cut + 1); // with its trailing separator
  const prefix = `${path.slice(cut + 1)}.`;
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return; // no directory yet: nothing to clean, and the first save reports the real problem
  }
  for (const entry of entries) {
    const pid = entry.startsWith(prefix) && entry.endsWith(".tmp") ? Number(entry.slice(prefix.length).split(".")[0]) : Number.NaN;
    if (Number.isInteger(pid) && pid > 0 && (pid === process.pid || !isProcessAlive(pid))) await unlink(`${dir}${entry}`).catch(() => undefined);
  }
}
