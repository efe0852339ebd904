import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CheckpointLockedError, createApprovals, createNotifier, deliveryKey, memoryCheckpoint, type ApprovalEvent, type DeliveryContext } from "../src/index";
import { fileCheckpoint } from "../src/node";
import { requestApproval, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "approvals-promise-"));
  dirs.push(dir);
  return dir;
}

async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The pid of a process that has exited (so no process of this host has it, for the moment). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("deliveryKey", () => {
  it("is <approval id>:<type>, the same on every attempt of one delivery", async () => {
    const contexts: DeliveryContext[] = [];
    const notifier = createNotifier({
      approvals: createApprovals(h.client()),
      checkpoint: memoryCheckpoint(h.router.world.events.latestId()),
      retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2 },
      deliver: (_event, context) => {
        contexts.push(context);
        if (context.attempt < 3) throw new Error("sink down");
      },
    });
    const running = notifier.run();
    const id = await requestApproval(h.client(), { node: "key-1" });
    await until(() => contexts.length === 3);
    notifier.stop();
    await running;
    expect(contexts.map((c) => c.deliveryKey)).toEqual([`${id}:exec.approval_requested`, `${id}:exec.approval_requested`, `${id}:exec.approval_requested`]);
  });

  it("names one transition whatever the event id: a re-listed copy of a delivered event is a duplicate", async () => {
    const [approval] = await createApprovals(h.client()).list({ status: "pending" }, { maxItems: 1 }).toArray();
    const streamed: ApprovalEvent = { id: "evt_00000001", object: "event", type: "exec.approval_requested", created_at: 1, data: approval! };
    const relisted: ApprovalEvent = { ...streamed, id: `relist:${approval!.id}:exec.approval_requested` };
    const keys: string[] = [];
    const notifier = createNotifier({ approvals: createApprovals(h.client()), deliver: (_e, { deliveryKey: key }) => void keys.push(key) });
    expect(await notifier.handle(streamed)).toBe(true);
    expect(await notifier.handle(relisted)).toBe(false);
    expect(keys).toEqual([deliveryKey(streamed)]);
    expect(deliveryKey({ type: "exec.approval_escalated", data: { ...approval!, escalation_level: 1 } })).toBe(`${approval!.id}:exec.approval_escalated:1`);
  });
});

describe("a delivery that keeps failing never blocks later events", () => {
  it("a hung sink is cut off per attempt, reported to onDeliveryFailed with its key, and the checkpoint moves past it", async () => {
    const checkpoint = memoryCheckpoint(h.router.world.events.latestId());
    const failures: Array<{ key: string; attempts: number }> = [];
    const delivered: string[] = [];
    let hung: string | undefined;
    const notifier = createNotifier({
      approvals: createApprovals(h.client()),
      checkpoint,
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2, timeoutMs: 20 },
      onDeliveryFailed: (_event, _error, failure) => failures.push({ key: failure.deliveryKey, attempts: failure.attempts }),
      deliver: (event) => {
        hung ??= event.id;
        if (event.id === hung) return new Promise<void>(() => undefined); // never settles
        delivered.push(event.id);
      },
    });
    const running = notifier.run();
    const first = await requestApproval(h.client(), { node: "hung" });
    await requestApproval(h.client(), { node: "after-hung" });
    await until(() => delivered.length === 1);
    notifier.stop();
    const stats = await running;
    expect(failures).toEqual([{ key: `${first}:exec.approval_requested`, attempts: 2 }]);
    expect(stats).toMatchObject({ delivered: 1, failed: 1 });
    expect(checkpoint.value).toBe(delivered[0]); // past the failed event
  });
});

describe("fileCheckpoint is single-writer", () => {
  it("a second notifier on the same file refuses to start with CheckpointLockedError; the lock goes on stop", async () => {
    const path = join(await tempDir(), "cp.json");
    const make = () => createNotifier({ approvals: createApprovals(h.client()), checkpoint: fileCheckpoint(path), deliver: () => undefined });
    const first = make();
    const running = first.run();
    while (!(await readdir(join(path, ".."))).includes("cp.json.lock")) await new Promise((r) => setTimeout(r, 5));
    const error = await make().run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckpointLockedError);
    expect(error).toMatchObject({ reason: "checkpoint_locked", code: undefined, lockPath: `${path}.lock`, holder: { pid: process.pid, hostname: hostname() } });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "CheckpointLockedError", reason: "checkpoint_locked", lockPath: `${path}.lock`, holder: { pid: process.pid } });
    first.stop();
    await running;
    expect(await readdir(join(path, ".."))).not.toContain("cp.json.lock");
    const again = make();
    const rerun = again.run();
    again.stop();
    await expect(rerun).resolves.toMatchObject({ failed: 0 });
  });

  it("takes over the lock of a dead process on this host, and of an earlier process with this very pid", async () => {
    const dir = await tempDir();
    for (const pid of [deadPid(), process.pid]) {
      const path = join(dir, `cp-${pid}.json`);
      await writeFile(`${path}.lock`, JSON.stringify({ pid, hostname: hostname(), since: "2026-01-01T00:00:00.000Z" }));
      const checkpoint = fileCheckpoint(path);
      await checkpoint.acquire!();
      await checkpoint.release!();
      expect(await readdir(dir)).not.toContain(`cp-${pid}.json.lock`);
    }
  });

  it("refuses a lock held on another host (its liveness cannot be checked)", async () => {
    const path = join(await tempDir(), "cp.json");
    await writeFile(`${path}.lock`, JSON.stringify({ pid: 1, hostname: `${hostname()}-elsewhere`, since: "2026-01-01T00:00:00.000Z" }));
    await expect(fileCheckpoint(path).acquire!()).rejects.toBeInstanceOf(CheckpointLockedError);
  });

  it("leaves no .tmp file: stale ones of killed processes are removed on start, a failed save removes its own", async () => {
    const dir = await tempDir();
    const path = join(dir, "cp.json");
    await writeFile(join(dir, "cp.json.4242.k1ll3d.tmp"), "{");
    await writeFile(join(dir, `cp.json.lock.${deadPid()}.x.tmp`), "{");
    await writeFile(join(dir, "other.json.4242.keep.tmp"), "{"); // not this checkpoint's
    const checkpoint = fileCheckpoint(path);
    await checkpoint.acquire!();
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual(["other.json.4242.keep.tmp"]);

    await mkdir(path); // renaming a file over a directory fails
    await expect(checkpoint.save("evt_00000001")).rejects.toThrow();
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual(["other.json.4242.keep.tmp"]);
    await checkpoint.release!();
  });

  it("keeps the checkpoint format: { lastEventId, savedAt }, readable by an older reader", async () => {
    const path = join(await tempDir(), "cp.json");
    await writeFile(path, JSON.stringify({ lastEventId: "evt_00000007", savedAt: "2026-01-01T00:00:00.000Z" }));
    await expect(fileCheckpoint(path).load()).resolves.toBe("evt_00000007");
  });
});
