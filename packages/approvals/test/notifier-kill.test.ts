import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createXerotierClient, type XerotierClient } from "@xerotier/api";
import { DEMO, startRouter, type RunningRouter } from "@xerotier/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileCheckpoint } from "../src/node";

// SIGKILLs a notifier process 20 times at random points while approvals are created, restarts it
// each time, and checks the notifier's promise on what reached the sink.
const KILLS = 20;
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const CHILD = fileURLToPath(new URL("./fixtures/kill-notifier-child.ts", import.meta.url));

interface SinkLine {
  run: number;
  eventId: string;
  approvalId: string;
  type: string;
  deliveryKey: string;
}

let server: RunningRouter;
let dir: string;
beforeAll(async () => {
  server = await startRouter({ port: 0, host: "127.0.0.1", rateLimit: false });
  dir = await mkdtemp(join(tmpdir(), "notifier-kill-"));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL"); // never leave one running
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

// A seeded generator, so a failing run can be replayed (the seed is in the test name's output).
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const children: ChildProcess[] = [];

function startChild(run: number): { child: ChildProcess; running: Promise<void>; exited: Promise<number | null> } {
  // One process (tsx as a loader, not its CLI wrapper), so SIGKILL hits the notifier itself.
  const child = spawn(process.execPath, ["--import", "tsx", CHILD], {
    cwd: ROOT,
    env: { ...process.env, BASE_URL: server.url, CHECKPOINT: join(dir, "cp.json"), SINK: join(dir, "sink.jsonl"), RUN: String(run) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const running = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("running") && resolve());
    void exited.then(() => reject(new Error(`notifier run ${run} exited before running`)));
  });
  running.catch(() => undefined);
  return { child, running, exited };
}

async function openApproval(client: XerotierClient, node: string): Promise<string> {
  const { data } = await client.POST("/v1/exec/invocations", {
    body: { workspace_id: DEMO.workspaces.prod, tool_name: DEMO.tools.destructive, arguments: { node } },
  });
  return data.approval_ids[0]!;
}

async function sinkLines(): Promise<SinkLine[]> {
  const text = await readFile(join(dir, "sink.jsonl"), "utf8").catch(() => "");
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as SinkLine);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a notifier killed at random points", () => {
  const seed = Number(process.env.KILL_TEST_SEED ?? 20261125);
  it(`loses nothing and repeats only what a kill interrupted, under the same deliveryKey (seed ${seed})`, async () => {
    const next = random(seed);
    const client = createXerotierClient({ baseUrl: server.url, project: DEMO.project, apiKey: "xero_demo_admin" });
    await fileCheckpoint(join(dir, "cp.json")).save(server.router.world.events.latestId()!); // deployed now
    const created: string[] = [];

    for (let run = 0; run < KILLS; run += 1) {
      const { child, running, exited } = startChild(run);
      await running;
      const killAfterMs = Math.floor(next() * 120);
      const creating = (async () => {
        for (let i = 0; i < 3; i += 1) {
          created.push(await openApproval(client, `kill-${run}-${i}`));
          await pause(Math.floor(next() * 30));
        }
      })();
      await pause(killAfterMs);
      child.kill("SIGKILL");
      await Promise.all([creating, exited]);
    }

    // A last, clean run delivers what the kills left, then stops on SIGTERM.
    const last = startChild(KILLS);
    await last.running;
    for (let i = 0; i < 3000; i += 1) {
      const delivered = new Set((await sinkLines()).map((l) => l.approvalId));
      if (created.every((id) => delivered.has(id))) break;
      await pause(10);
    }
    last.child.kill("SIGTERM");
    expect(await last.exited).toBe(0);

    const lines = await sinkLines();
    // Nothing lost: every approval created was delivered.
    const delivered = new Set(lines.filter((l) => l.type === "exec.approval_requested").map((l) => l.approvalId));
    expect(created.filter((id) => !delivered.has(id))).toEqual([]);
    // Every copy of one transition carries the same deliveryKey: <approval id>:<type>.
    for (const line of lines) expect(line.deliveryKey).toBe(`${line.approvalId}:${line.type}`);
    // Duplicates only where a process died mid-delivery: each earlier copy is its run's last line.
    const lastLineOfRun = new Map(lines.map((l, index) => [l.run, index]));
    const firstIndexByKey = new Map<string, number[]>();
    lines.forEach((l, index) => firstIndexByKey.set(l.deliveryKey, [...(firstIndexByKey.get(l.deliveryKey) ?? []), index]));
    for (const indexes of firstIndexByKey.values()) {
      for (const index of indexes.slice(0, -1)) {
        expect(lastLineOfRun.get(lines[index]!.run)).toBe(index);
        expect(lines[index]!.run).toBeLessThan(KILLS); // the clean run never repeats
      }
    }
    // Nothing half-written or held after the clean stop.
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock"))).toEqual([]);
  }, 300_000);
});
