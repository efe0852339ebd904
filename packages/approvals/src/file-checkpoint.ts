import type { Checkpoint } from "./checkpoint";

/**
 * A {@link Checkpoint} in a small JSON file, written atomically (temporary file, then rename) so
 * a crash mid-write never leaves a torn resume point. **Node-only**: import it from
 * `@xerotier/approvals/node`.
 *
 * @example
 * ```ts
 * import { fileCheckpoint } from "@xerotier/approvals/node";
 * const notifier = createNotifier({ approvals, deliver, checkpoint: fileCheckpoint("./.approvals-checkpoint.json") });
 * ```
 */
export function fileCheckpoint(path: string): Checkpoint {
  const fs = () => import("node:fs/promises"); // loaded on first use: constructing one costs nothing
  let counter = 0;
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
      const { writeFile, rename } = await fs();
      counter += 1;
      const tmp = `${path}.${counter}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(tmp, `${JSON.stringify({ lastEventId: id, savedAt: new Date().toISOString() })}\n`, "utf8");
      await rename(tmp, path);
    },
  };
}
