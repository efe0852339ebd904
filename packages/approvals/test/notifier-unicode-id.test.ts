// An event id with a character above U+00FF cannot be a Last-Event-ID header. The notifier may
// checkpoint it only if a restart from it still reaches the server (the api sends it as the
// `last_event_id` query parameter) and resumes: no wedge, no gap.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApprovals, createNotifier, type ApprovalEvent } from "../src/index";
import { fileCheckpoint } from "../src/node";
import { createDriftingRouter } from "@xerotier/testing";
import { requestApproval } from "./support";

// A server whose event ids end in "☕": the router's ids, marked on the way out, unmarked on the way in.
const MARK = "☕";
const server = createDriftingRouter();
server.rewriteEventId = (id) => (id ? `${id}${MARK}` : id);
server.rewriteEvent = (event) => (typeof event.id === "string" ? { ...event, id: `${event.id}${MARK}` } : event);
const resumeRequests: Array<{ query: string | null; header: string | null }> = [];
let unmarkOnTheWayIn = true;
server.rewriteRequest = (request) => {
  const url = new URL(request.url);
  if (!url.pathname.endsWith("/events")) return request;
  const query = url.searchParams.get("last_event_id");
  resumeRequests.push({ query, header: request.headers.get("last-event-id") });
  if (query !== null && unmarkOnTheWayIn) url.searchParams.set("last_event_id", query.replace(MARK, ""));
  return new Request(url, request);
};

const dirs: string[] = [];
afterAll(async () => {
  server.router.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Checks every 5 ms; fails after 3 000 checks so a wedge fails the test instead of hanging it. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 3000 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!done()) throw new Error("condition not met within 3000 checks");
}

/** Runs a notifier on `checkpointPath` until it has delivered `count` events, then stops it. */
async function notifyUntil(checkpointPath: string, count: number, whileRunning: () => Promise<string[]>, onReset?: () => void) {
  const delivered: ApprovalEvent[] = [];
  const notifier = createNotifier({
    approvals: createApprovals(server.client()),
    filter: { onReset },
    checkpoint: fileCheckpoint(checkpointPath),
    deliver: (event) => void delivered.push(event),
  });
  const running = notifier.run();
  const opened = await whileRunning();
  await until(() => delivered.length >= count);
  notifier.stop();
  const stats = await running;
  return { delivered, opened, stats };
}

describe("notifier: an event id above U+00FF", () => {
  it("checkpoints it, and a restart from that checkpoint resumes through the query parameter without a gap", async () => {
    const dir = await mkdtemp(join(tmpdir(), "approvals-unicode-id-"));
    dirs.push(dir);
    const path = join(dir, "checkpoint.json");
    const latest = server.router.world.events.latestId();
    if (latest) await fileCheckpoint(path).save(`${latest}${MARK}`);

    const first = await notifyUntil(path, 2, async () => [
      await requestApproval(server.client(), { node: "u-1" }),
      await requestApproval(server.client(), { node: "u-2" }),
    ]);
    expect(first.delivered.map((e) => e.data.id)).toEqual(first.opened);
    const saved = (JSON.parse(await readFile(path, "utf8")) as { lastEventId: string }).lastEventId;
    expect(saved).toBe(first.delivered[1]!.id);
    expect(saved.endsWith(MARK)).toBe(true);

    // Opened while no notifier runs: the restart must deliver it, and only it.
    const whileDown = await requestApproval(server.client(), { node: "u-down" });
    resumeRequests.length = 0;
    const second = await notifyUntil(path, 2, async () => [await requestApproval(server.client(), { node: "u-live" })]);
    expect(second.delivered.map((e) => e.data.id)).toEqual([whileDown, ...second.opened]);
    expect(second.delivered.every((e) => e.id.endsWith(MARK))).toBe(true);
    // The resume point reached the router, as a query parameter (a header cannot carry it).
    expect(resumeRequests[0]).toEqual({ query: saved, header: null });
    expect(second.stats.lastEventId).toBe(second.delivered[1]!.id);
  });

  it("a server that does not know the id answers stream.reset: the restart re-lists and still delivers what opened while down", async () => {
    const dir = await mkdtemp(join(tmpdir(), "approvals-unicode-id-"));
    dirs.push(dir);
    const path = join(dir, "checkpoint.json");
    await fileCheckpoint(path).save(`evt_unknown${MARK}`);
    const whileDown = await requestApproval(server.client(), { node: "u-reset" });
    resumeRequests.length = 0;
    unmarkOnTheWayIn = false;
    try {
      const open = (await createApprovals(server.client()).list({ status: "pending" }).toArray()).length;
      let resets = 0;
      const restarted = await notifyUntil(path, open, async () => [], () => (resets += 1));
      expect(resets).toBe(1);
      // At least once: every open approval re-listed (synthetic events), the gap one among them.
      expect(restarted.delivered.map((e) => e.data.id)).toContain(whileDown);
      expect(resumeRequests[0]).toEqual({ query: `evt_unknown${MARK}`, header: null });
      expect(restarted.stats.failed).toBe(0);
    } finally {
      unmarkOnTheWayIn = true;
    }
  });
});
