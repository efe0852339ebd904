// A stream of bad input must never busy-loop: one next() does bounded work before the event loop
// runs again, and connections that carry only garbage back off like any other failure.
import { afterEach, describe, expect, it, vi } from "vitest";
import { EventStreamError } from "./errors";
import { createEventStream } from "./event-stream";
import type { EventStreamOpener } from "./stream-options";
import { event, invocationData } from "./__fixtures__/factories";
import { collect, frame, sseResponse, utf8 } from "./__fixtures__/harness";

// A known type with a placeholder `data`: valid JSON and envelope, but not a valid invocation.
const invalidFrame = (n: number): string => frame(event("exec.completed", { id: `inv_${n}` }, { id: `evt_${n}` }));

// Only timers are faked, so a real setImmediate still lets the test wait until every pending
// promise callback has run: whatever the stream does on microtasks alone happens before it returns.
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A body that produces one invalid frame per read, instantly; capped so a regression fails rather than hangs. */
function endlessGarbage(cap: number): { response: Response; readonly pulls: number } {
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulls += 1;
        if (pulls > cap) controller.close();
        else controller.enqueue(utf8(invalidFrame(pulls)));
      },
    },
    { highWaterMark: 0 },
  );
  const response = new Response(body, { headers: { "content-type": "text/event-stream" } });
  return {
    response,
    get pulls() {
      return pulls;
    },
  };
}

/** An opener whose every connection sends one invalid frame and hangs up; 204 after `cap` calls. */
function garbageServer(cap: number): EventStreamOpener & { calls: number } {
  const open = async (): Promise<Response> => {
    open.calls += 1;
    return open.calls > cap ? new Response(null, { status: 204 }) : sseResponse([invalidFrame(open.calls)]);
  };
  open.calls = 0;
  return open;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("bounded work on invalid input", () => {
  it("yields to the event loop while skipping an endless run of invalid frames, so timers and close() still run", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const source = endlessGarbage(20_000);
    const reports: string[] = [];
    const stream = createEventStream({ open: async () => source.response, onInvalidEvent: (r) => reports.push(r.issues) });
    const pending = stream[Symbol.asyncIterator]().next();

    await settle();
    const firstTurn = source.pulls;
    expect(firstTurn).toBeGreaterThan(0);
    expect(firstTurn).toBeLessThanOrEqual(256); // parked on a timer long before the 20 000 frames run out
    await settle();
    expect(source.pulls).toBe(firstTurn); // nothing more happens until its timer fires

    await vi.advanceTimersToNextTimerAsync();
    await settle();
    expect(source.pulls).toBeGreaterThan(firstTurn);
    expect(source.pulls).toBeLessThanOrEqual(2 * 256);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports[0]).toMatch(/^data\.status: /);

    stream.close();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("yields to the event loop across reconnects that skip garbage with zero backoff", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const open = garbageServer(20_000);
    // random() = 0 draws a 0 ms backoff, as a server's `retry: 0` does; at most 1 ms after the floor.
    const stream = createEventStream({ open, random: () => 0, minDelayMs: 1 });
    const pending = stream[Symbol.asyncIterator]().next();

    await settle();
    const firstTurn = open.calls;
    expect(firstTurn).toBeGreaterThan(0);
    expect(firstTurn).toBeLessThanOrEqual(256);
    await settle();
    expect(open.calls).toBe(firstTurn);

    stream.close();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("counts a connection that carried only invalid frames as a failure: backoff grows and maxRetries stops it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const open = garbageServer(50);
    const delays: number[] = [];
    const stream = createEventStream({ open, random: () => 0.5, baseDelayMs: 1000, maxRetries: 3, onReconnect: (i) => delays.push(i.delayMs) });
    const done = stream[Symbol.asyncIterator]()
      .next()
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = await done;
    expect(error instanceof EventStreamError && error.reason).toBe("max_retries");
    expect([open.calls, delays]).toEqual([4, [500, 1000, 2000]]);
  });

  it("still counts a connection that delivered a valid event as healthy, even if garbage followed", async () => {
    let calls = 0;
    const open = async (): Promise<Response> => {
      calls += 1;
      const valid = frame(event("exec.completed", invocationData(), { id: `evt_ok${calls}` }));
      return calls <= 3 ? sseResponse([valid, invalidFrame(calls)]) : new Response(null, { status: 204 });
    };
    const stream = createEventStream({ open, random: () => 0, minDelayMs: 1, maxRetries: 0 });
    const ids = (await collect(stream)).flatMap((item) => (item.object === "event" ? [item.id] : []));
    expect(ids).toEqual(["evt_ok1", "evt_ok2", "evt_ok3"]);
  });
});
