/**
 * What {@link replaceFile} needs of a file system (`node:fs/promises` has it). Passed in, so the
 * entries holding this code import no `node:*` module and bundles for other runtimes stay clean.
 */
export interface ReplaceFileSystem {
  writeFile(path: string, data: string, options: { encoding: "utf8"; flag: "wx" }): Promise<unknown>;
  rename(from: string, to: string): Promise<unknown>;
  unlink(path: string): Promise<unknown>;
}

/**
 * A private temporary path next to `path`: `<path>.<pid>.<random>.tmp`, so a later start can tell
 * the leftovers of a killed writer by their pid.
 */
export function temporaryPath(path: string): string {
  return `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}

/**
 * Replaces the file at `path` with `text` in one step: writes a {@link temporaryPath} (created
 * exclusively), then renames it over `path`; a failed write or rename removes it and rethrows. A
 * crash leaves the old content or the new, never half of it.
 */
export async function replaceFile(fs: ReplaceFileSystem, path: string, text: string): Promise<void> {
  const tmp = temporaryPath(path);
  try {
    await fs.writeFile(tmp, text, { encoding: "utf8", flag: "wx" });
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.unlink(tmp).catch(() => undefined);
    throw error;
  }
}
