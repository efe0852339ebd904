/**
 * The watch as an async iterator: overlapping `next()` calls keep the order, and the end comes at
 * once, however it is asked for (`return()` while a `next()` waits, `close()` during a re-list).
 */
import { afterEach, describe, expect, it } from "vitest";
import { createApprovals, isSyntheticEvent } from "../src/index";
import { requestApproval, take, until, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A client whose event-stream requests are recorded, so a test can see the connection closed. */
function trackedClient() {
  const streams: AbortSignal[] = [];
  const client = h.client("xero_demo_admin", {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname.endsWith("/v1/exec/events")) streams.push(request.signal);
      return fetch(request);
    },
  });
  return { client, streams };
}

describe("watch as an iterator", () => {
  it("overlapping next() calls get the events in order, each once", async () => {
    const approvals = createApprovals(h.client());
    const watch = approvals.watch({ resumeFrom: h.router.world.events.latestId() });
    cleanups.push(() => watch.close());
    const iterator = watch[Symbol.asyncIterator]();
    const pending = [iterator.next(), iterator.next(), iterator.next()];
    const opened: string[] = [];
    for (let i = 0; i < 3; i += 1) opened.push(await requestApproval(h.client(), { node: `overlap-${i}` }));
    const results = await Promise.all(pending);
    expect(results.map((result) => result.value?.data.id)).toEqual(opened);
  });

  it("return() while a next() waits on the stream ends that next() at once, without error, and closes the connection", async () => {
    const { client, streams } = trackedClient();
    const watch = createApprovals(client).watch({ resumeFrom: h.router.world.events.latestId() });
    cleanups.push(() => watch.close());
    const iterator = watch[Symbol.asyncIterator]();
    const waiting = iterator.next();
    await until(() => streams.length === 1, "the stream connection");
    await expect(iterator.return!()).resolves.toEqual({ done: true, value: undefined });
    await expect(waiting).resolves.toEqual({ done: true, value: undefined });
    expect(streams[0]!.aborted).toBe(true);
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it("return() while polling waits for its next round ends the pending next() at once", async () => {
    const polls = h.router.faults.latency(0, { method: "GET", path: "/v1/exec/approvals" }); // counts the polls
    const watch = createApprovals(h.client()).watch({ mode: "poll", listFirst: false, pollIntervalMs: 600_000 });
    cleanups.push(() => watch.close());
    const iterator = watch[Symbol.asyncIterator]();
    const waiting = iterator.next();
    await until(() => polls.triggered >= 1, "the baseline poll");
    await iterator.return!();
    await expect(waiting).resolves.toEqual({ done: true, value: undefined });
  });

  it("close() while a re-list is handed out hands out nothing more", async () => {
    const approvals = createApprovals(h.client());
    const open = await approvals.list({ status: "pending" }).toArray();
    expect(open.length).toBeGreaterThan(1); // the demo seed has several
    const watch = approvals.watch(); // list, then watch
    cleanups.push(() => watch.close());
    const iterator = watch[Symbol.asyncIterator]();
    const [first] = await take(iterator, 1);
    expect(isSyntheticEvent(first!)).toBe(true);
    watch.close();
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
  });
});
