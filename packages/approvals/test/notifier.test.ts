import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApprovals, createNotifier, memoryCheckpoint, type ApprovalEvent } from "../src/index";
import { fileCheckpoint } from "../src/node";
import { requestApproval, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("createNotifier", () => {
  it("delivers once when deliver fails three times then succeeds", async () => {
    const checkpoint = memoryCheckpoint(h.router.world.events.latestId());
    const calls: string[] = [];
    const delivered: string[] = [];
    const notifier = createNotifier({
      approvals: createApprovals(h.client()),
      checkpoint,
      retry: { maxRetries: 4, baseDelayMs: 1, maxDelayMs: 5 },
      deliver: (event) => {
        calls.push(event.id);
        if (calls.length <= 3) throw new Error("webhook down");
        delivered.push(event.id);
      },
    });
    const running = notifier.run();
    const id = await requestApproval(h.client(), { node: "flaky" });
    await until(() => delivered.length === 1);
    notifier.stop();
    const stats = await running;
    expect(calls).toHaveLength(4);
    expect(new Set(calls).size).toBe(1);
    expect(stats).toMatchObject({ delivered: 1, failed: 0 });
    expect(checkpoint.value).toBe(delivered[0]);
    expect(h.router.world.events.list().find((e) => e.id === delivered[0])?.data.id).toBe(id);
  });

  it("gives up after the bounded attempts, reports it, and moves on to the next event", async () => {
    const failed: Array<[string, unknown]> = [];
    const delivered: string[] = [];
    let attemptsOnFirst = 0;
    let poisoned: string | undefined;
    const notifier = createNotifier({
      approvals: createApprovals(h.client()),
      checkpoint: memoryCheckpoint(h.router.world.events.latestId()),
      retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2 },
      onDeliveryFailed: (event, error) => failed.push([event.id, error]),
      deliver: (event) => {
        poisoned ??= event.id;
        if (event.id === poisoned) {
          attemptsOnFirst += 1;
          throw new Error("always fails");
        }
        delivered.push(event.id);
      },
    });
    const running = notifier.run();
    await requestApproval(h.client(), { node: "poison" });
    await requestApproval(h.client(), { node: "healthy" });
    await until(() => delivered.length === 1);
    notifier.stop();
    await expect(running).resolves.toMatchObject({ delivered: 1, failed: 1 });
    expect(attemptsOnFirst).toBe(3);
    expect(failed.map(([id]) => id)).toEqual([poisoned]);
  });

  it("neither misses nor repeats a notification across a restart with a file checkpoint", async () => {
    const dir = await mkdtemp(join(tmpdir(), "approvals-notifier-"));
    dirs.push(dir);
    const path = join(dir, "checkpoint.json");
    await fileCheckpoint(path).save(h.router.world.events.latestId()!);
    const delivered: ApprovalEvent[] = [];
    const makeNotifier = () =>
      createNotifier({ approvals: createApprovals(h.client()), checkpoint: fileCheckpoint(path), deliver: (e) => void delivered.push(e) });

    const first = makeNotifier();
    const firstRun = first.run();
    for (let i = 0; i < 5; i += 1) await requestApproval(h.client(), { node: `before-${i}` });
    await until(() => delivered.length === 5);
    first.stop();
    await firstRun;

    for (let i = 0; i < 5; i += 1) await requestApproval(h.client(), { node: `down-${i}` }); // while no bot runs
    const controller = new AbortController();
    const secondRun = makeNotifier().run(controller.signal);
    for (let i = 0; i < 3; i += 1) await requestApproval(h.client(), { node: `after-${i}` });
    await until(() => delivered.length === 13);
    controller.abort(); // stops cleanly on abort
    await secondRun;

    const ids = delivered.map((e) => e.id);
    expect(new Set(ids).size).toBe(13);
    expect([...ids].sort()).toEqual(ids); // stream order kept
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ lastEventId: ids[12] });
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]); // atomic writes leave no temp files
  });

  it("delivers an event seen from two sources (stream and webhook) only once", async () => {
    const delivered: string[] = [];
    const notifier = createNotifier({ approvals: createApprovals(h.client()), deliver: (e) => void delivered.push(e.id) });
    const approval = await createApprovals(h.client()).list({ status: "pending" }, { maxItems: 1 }).toArray();
    const event: ApprovalEvent = { id: "evt_webhook_1", object: "event", type: "exec.approval_requested", created_at: 1, data: approval[0]! };
    expect(await notifier.handle(event)).toBe(true);
    expect(await notifier.handle(event)).toBe(false);
    expect(delivered).toEqual(["evt_webhook_1"]);
    expect(notifier.stats).toMatchObject({ delivered: 1, duplicates: 1 });
  });
});

describe("fileCheckpoint", () => {
  it("loads undefined before the first save and the saved id afterwards", async () => {
    const dir = await mkdtemp(join(tmpdir(), "approvals-checkpoint-"));
    dirs.push(dir);
    const checkpoint = fileCheckpoint(join(dir, "cp.json"));
    await expect(checkpoint.load()).resolves.toBeUndefined();
    await checkpoint.save("evt_00000042");
    await expect(fileCheckpoint(join(dir, "cp.json")).load()).resolves.toBe("evt_00000042");
  });
});
