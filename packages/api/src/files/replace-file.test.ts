import { spawnSync } from "node:child_process";
import * as fs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isProcessAlive } from "./process-alive";
import { replaceFile, temporaryPath } from "./replace-file";

describe("replaceFile", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), "replace-file-"));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it("replaces the file's content and leaves no temporary file", async () => {
    const path = join(dir, "state.json");
    await fs.writeFile(path, "old\n");
    await replaceFile(fs, path, "new\n");
    expect(await fs.readFile(path, "utf8")).toBe("new\n");
    expect(await fs.readdir(dir)).toEqual(["state.json"]);
  });

  it("keeps the old content and removes its temporary file when the rename fails", async () => {
    const path = join(dir, "taken");
    await fs.mkdir(path); // a directory cannot be renamed over
    await expect(replaceFile(fs, path, "new\n")).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    expect(await fs.readdir(dir)).toEqual(["taken"]);
  });

  it("removes a half-written temporary file when the write fails", async () => {
    const removed: string[] = [];
    const failing = {
      writeFile: async () => Promise.reject(Object.assign(new Error("no space left on device"), { code: "ENOSPC" })),
      rename: async () => undefined,
      unlink: async (path: string) => void removed.push(path),
    };
    await expect(replaceFile(failing, join(dir, "state.json"), "new\n")).rejects.toThrow("no space left on device");
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(new RegExp(`^${join(dir, "state.json")}\\.${process.pid}\\.[a-z0-9]+\\.tmp$`));
  });

  it("names a temporary file after its target and this process, never twice the same", () => {
    const names = new Set(Array.from({ length: 100 }, () => temporaryPath("/var/lib/bot/pauses.json")));
    expect(names.size).toBe(100);
    for (const name of names) expect(name).toMatch(new RegExp(`^/var/lib/bot/pauses\\.json\\.${process.pid}\\.[a-z0-9]+\\.tmp$`));
  });
});

describe("isProcessAlive", () => {
  it("is true for this process and false for one that exited", () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    const exited = spawnSync(process.execPath, ["-e", ""]);
    expect(exited.status).toBe(0);
    expect(isProcessAlive(exited.pid!)).toBe(false);
  });
});
