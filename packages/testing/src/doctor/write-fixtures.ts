// Recording a probe's answers as a fixture directory the router replays (`loadFixtures` reads it back).
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { FixtureError, type FixtureSet } from "../fixtures/format";

/**
 * Writes fixtures into `dir`, one file each, creating it. Refuses a directory that already holds
 * files, so a recording never mixes with (or overwrites) another. Each file is written under a
 * temporary name and renamed, so none is ever half-written.
 *
 * @example
 * const report = await probeDeployment(client, { record: true });
 * await writeFixtures("./fixtures/prod", report.fixtures ?? []);
 */
export async function writeFixtures(dir: string, fixtures: FixtureSet): Promise<string[]> {
  await checkRecordDirectory(dir);
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [index, fixture] of fixtures.entries()) {
    const name = `${String(index + 1).padStart(3, "0")}-${fixture.operationId.replace(/[^A-Za-z0-9_-]/g, "_")}.json`;
    const file = join(dir, name);
    const temporary = `${file}.partial`;
    try {
      await writeFile(temporary, `${JSON.stringify(fixture, null, 2)}\n`, { flag: "wx" });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw new FixtureError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    written.push(file);
  }
  return written;
}

/**
 * Throws {@link FixtureError} unless `dir` is absent or an empty directory: what
 * {@link writeFixtures} needs, checked before a probe that will record into it.
 *
 * @example
 * await checkRecordDirectory("./fixtures/prod"); // before a long probe, not after
 */
export async function checkRecordDirectory(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw new FixtureError(`${dir} is not a directory that can be read`);
  }
  if (entries.length > 0) throw new FixtureError(`${dir} is not empty; record into a new or empty directory`);
}
