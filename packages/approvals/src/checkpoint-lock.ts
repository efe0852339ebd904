import { link, readFile, unlink, writeFile } from "node:fs/promises";
import { hostname as hostName } from "node:os";
import { isProcessAlive, temporaryPath } from "@xerotier/api/internal";
import { CheckpointLockedError } from "./errors";

/** Who holds a checkpoint lock: written into the lock file. */
export interface LockHolder {
  /** Process id of the holder. */
  pid: number;
  /** Host name of the holder. */
  hostname: string;
  /** When it took the lock (ISO 8601). */
  since: string;
}

// Locks held by this process. A lock naming our own pid that is not in here was left by an earlier
// process that had the same pid (pid 1 in a restarted container), so it is stale.
const HELD = new Set<string>();

/**
 * An exclusive lock file next to a checkpoint, so two notifiers never share one resume point.
 * Created exclusively (the content is written to a private temporary file first, then linked into
 * place: `link` fails with `EEXIST` like `open(O_CREAT | O_EXCL)`, and the lock is never seen
 * half-written). A lock whose holder is a dead process on this host is taken over; a live holder,
 * or a holder on another host (whose liveness cannot be checked), makes `acquire` throw
 * {@link CheckpointLockedError}.
 */
export function checkpointLock(lockPath: string) {
  let token: string | undefined;
  const ours = (holder: LockHolder | undefined, hostname: string) => holder?.pid === process.pid && holder.hostname === hostname;
  const live = (holder: LockHolder, hostname: string) =>
    holder.hostname !== hostname || (ours(holder, hostname) ? HELD.has(lockPath) : isProcessAlive(holder.pid));

  async function readHolder(): Promise<LockHolder | undefined> {
    try {
      const parsed = JSON.parse(await readFile(lockPath, "utf8")) as Partial<LockHolder>;
      return typeof parsed.pid === "number" && typeof parsed.hostname === "string" ? { pid: parsed.pid, hostname: parsed.hostname, since: String(parsed.since) } : undefined;
    } catch (error) {
      if ((error as { code?: unknown }).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async function tryCreate(holder: LockHolder): Promise<boolean> {
    const tmp = temporaryPath(lockPath);
    await writeFile(tmp, `${JSON.stringify(holder)}\n`, { flag: "wx" });
    try {
      await link(tmp, lockPath);
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === "EEXIST") return false;
      throw error;
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
  }

  return {
    /** Takes the lock, or throws {@link CheckpointLockedError}. Two attempts: the second after removing a stale lock. */
    async acquire(): Promise<void> {
      const hostname = hostName();
      const me: LockHolder = { pid: process.pid, hostname, since: new Date().toISOString() };
      for (let attempt = 0; attempt < 2; attempt += 1) {
        if (await tryCreate(me)) {
          token = me.since;
          HELD.add(lockPath);
          return;
        }
        const holder = await readHolder();
        if (holder === undefined) continue; // released meanwhile: try again
        if (live(holder, hostname)) throw new CheckpointLockedError(lockPath, holder);
        await unlink(lockPath).catch(() => undefined); // a dead process's lock
      }
      throw new CheckpointLockedError(lockPath, await readHolder());
    },
    /** Removes the lock if this instance still holds it; idempotent. */
    async release(): Promise<void> {
      if (token === undefined) return;
      const holder = await readHolder().catch(() => undefined);
      if (holder && ours(holder, hostName()) && holder.since === token) await unlink(lockPath).catch(() => undefined);
      HELD.delete(lockPath);
      token = undefined;
    },
  };
}

