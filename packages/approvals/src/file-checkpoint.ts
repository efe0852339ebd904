import { basename, dirname, join, resolve } from "node:path";
import { isProcessAlive, replaceFile } from "@xerotier/api/internal";
import type { Checkpoint } from "./checkpoint";
import { checkpointLock } from "./checkpoint-lock";

/**
 * A {@link Checkpoint} in a small JSON file (`{ "lastEventId": …, "savedAt": … }`), for one
 * notifier at a time. **Node-only**: import it from `@xerotier/approvals/node`.
 *
 * - Atomic: each save writes a temporary file named after the checkpoint, this process's pid and a
 *   random part (`<file>.<pid>.<random>.tmp`), then renames it over the checkpoint, so a crash
 *   never leaves a torn resume point. A failed write removes its temporary file.
 * - Exclusive: `acquire()` (called by `notifier.run()`) creates `<file>.lock` holding the pid and
 *   host name, or throws `CheckpointLockedError` while a live process holds it. A lock left by a
 *   dead process of the same host is taken over. `release()` (on stop) removes it.
 * - Clean: once the lock is taken, temporary files of this checkpoint left by a killed process
 *   are removed (no other writer can be using them).
 *
 * @example
 * ```ts
 * import { fileCheckpoint } from "@xerotier/approvals/node";
 * const notifier = createNotifier({ approvals, deliver, checkpoint: fileCheckpoint("./.approvals-checkpoint.json") });
 * ```
 */
export function fileCheckpoint(path: string): Checkpoint {
  const fs = () => import("node:fs/promises"); // loaded on first use: constructing one costs nothing
  const lock = checkpointLock(`${resolve(path)}.lock`);
  return {
    async load() {
      const { readFile } = await fs();
      let text: string;
      try {
        text = await readFile(path, "utf8");
      } catch (error) {
        if ((error as { code?: unknown }).code === "ENOENT") return undefined;
        throw error;
      }
      const parsed = JSON.parse(text) as { lastEventId?: unknown };
      return typeof parsed.lastEventId === "string" && parsed.lastEventId !== "" ? parsed.lastEventId : undefined;
    },
    async save(id) {
      await replaceFile(await fs(), path, `${JSON.stringify({ lastEventId: id, savedAt: new Date().toISOString() })}\n`);
    },
    async acquire() {
      await lock.acquire();
      await removeStaleTemporaries(path);
    },
    release: () => lock.release(),
  };
}

/**
 * Removes `<file>.<pid>.<random>.tmp` files of this checkpoint left by killed processes (the lock
 * holder is the only writer), and those of its lock whose process is gone (a live one may be
 * about to try the lock).
 */
async function removeStaleTemporaries(path: string): Promise<void> {
  const { readdir, unlink } = await import("node:fs/promises");
  const dir = dirname(resolve(path));
  const pattern = new RegExp(`^${escapeRegExp(basename(path))}(\\.lock)?\\.(\\d+)\\.[a-z0-9]*\\.tmp$`);
  for (const entry of await readdir(dir)) {
    const match = pattern.exec(entry);
    if (!match || (match[1] && isProcessAlive(Number(match[2])))) continue;
    await unlink(join(dir, entry)).catch(() => undefined);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
