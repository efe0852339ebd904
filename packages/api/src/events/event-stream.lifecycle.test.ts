// Idle timeout, keep-alives, health, close/abort hygiene and backpressure of the event stream.
import { afterEach, describe, expect, it, vi } from "vitest";
import { MIN_RETRY_DELAY_MS } from "../core/delay";
import { EventStreamError } from "./errors";
import { createEventStream } from "./event-stream";
import type { ReconnectInfo } from "./stream-options";
import { collect, envelope, frame, httpError, liveResponse, scriptedOpener, sseResponse, utf8 } from "./__fixtures__/harness";

afterEach(() => {
  vi.useRealTimers();
});

describe("idle timeout", () => {
  it("recycles a connection that sends nothing for idleTimeoutMs, reports idle_timeout, and resumes", async () => {
    vi.useFakeTimers();
    const [first, second] = [liveResponse(), liveResponse()];
    const reconnects: ReconnectInfo[] = [];
    const open = scriptedOpener([first.response, second.response]);
    const stream = createEventStream({ open, idleTimeoutMs: 15_000, random: () => 0, onReconnect: (i) => reconnects.push(i) });
    const iterator = stream[Symbol.asyncIterator]();
    first.push(frame(envelope("evt_1")));
    await iterator.next();
    const pending = iterator.next();
    await vi.advanceTimersByTimeAsync(14_999);
    expect(open.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(first.cancelled).toBe(true);
    await vi.advanceTimersByTimeAsync(MIN_RETRY_DELAY_MS); // the reconnect waits at least the floor
    expect(open.calls).toHaveLength(2);
    expect([first.cancelled, open.calls[0]?.signal.aborted, open.calls[1]?.lastEventId]).toEqual([true, true, "evt_1"]);
    const error = reconnects[0]?.error;
    expect(error instanceof EventStreamError && error.reason).toBe("idle_timeout");
    second.push(frame(envelope("evt_2")));
    expect((await pending).value).toEqual(envelope("evt_2"));
    stream.close();
  });

  it("treats keep-alive comments as activity: they reset the idle timer", async () => {
    vi.useFakeTimers();
    const live = liveResponse();
    const open = scriptedOpener([live.response, liveResponse().response]);
    const stream = createEventStream({ open, idleTimeoutMs: 15_000, random: () => 0, lastEventId: "evt_0" });
    const pending = stream[Symbol.asyncIterator]().next();
    for (let i = 0; i < 6; i += 1) {
      await vi.advanceTimersByTimeAsync(10_000);
      live.push(": keep-alive\n");
    }
    expect(open.calls).toHaveLength(1); // 60 s with no event, but never 15 s without a byte
    await vi.advanceTimersByTimeAsync(15_000 + MIN_RETRY_DELAY_MS);
    expect(open.calls).toHaveLength(2);
    stream.close();
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it("recycles a connection that trickles one byte every 200 ms inside a line that never ends, and resumes", async () => {
    vi.useFakeTimers();
    const [first, second] = [liveResponse(), liveResponse()];
    const reconnects: ReconnectInfo[] = [];
    const open = scriptedOpener([first.response, second.response]);
    const stream = createEventStream({ open, idleTimeoutMs: 1000, random: () => 0, onReconnect: (i) => reconnects.push(i) });
    const iterator = stream[Symbol.asyncIterator]();
    first.push(frame(envelope("evt_1")));
    expect((await iterator.next()).value).toEqual(envelope("evt_1"));
    const pending = iterator.next();
    first.push("data: {");
    let bytes = 0;
    // Bounded: 50 bytes (10 s) at most; bytes alone must not keep the connection alive.
    for (; bytes < 50 && !first.cancelled; bytes += 1) {
      await vi.advanceTimersByTimeAsync(200);
      first.push("x");
    }
    // The last complete line was evt_1's: 1 000 ms later (five bytes), the connection is recycled.
    expect([first.cancelled, bytes]).toEqual([true, 5]);
    await vi.advanceTimersByTimeAsync(MIN_RETRY_DELAY_MS);
    expect(open.calls.map((c) => c.lastEventId)).toEqual([undefined, "evt_1"]);
    const error = reconnects[0]?.error;
    expect(error instanceof EventStreamError && error.reason).toBe("idle_timeout");
    second.push(frame(envelope("evt_2")));
    expect((await pending).value).toEqual(envelope("evt_2"));
    stream.close();
  });

  it("counts only the time waited for a complete line: a slow line that completes in time keeps the connection", async () => {
    vi.useFakeTimers();
    const live = liveResponse();
    const open = scriptedOpener([live.response]);
    const stream = createEventStream({ open, idleTimeoutMs: 1000, random: () => 0 });
    const pending = stream[Symbol.asyncIterator]().next();
    const line = `data: ${JSON.stringify(envelope("evt_1"))}`;
    // Four bytes 200 ms apart, then the rest with its line end: 800 ms without a complete line.
    for (const piece of [...line.slice(0, 4)]) {
      await vi.advanceTimersByTimeAsync(200);
      live.push(piece);
    }
    live.push(`${line.slice(4)}\n`);
    live.push("\n");
    expect((await pending).value).toEqual(envelope("evt_1"));
    expect(open.calls).toHaveLength(1);
    stream.close();
  });

  it("does not run while the consumer is busy: only silence during a read counts", async () => {
    vi.useFakeTimers();
    const live = liveResponse();
    const open = scriptedOpener([live.response]);
    const stream = createEventStream({ open, idleTimeoutMs: 1000, random: () => 0 });
    live.push(frame(envelope("evt_1")) + frame(envelope("evt_2")));
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    await vi.advanceTimersByTimeAsync(5000); // the consumer takes 5 s over evt_1
    expect((await iterator.next()).value).toEqual(envelope("evt_2"));
    expect(open.calls).toHaveLength(1);
    stream.close();
  });
});

describe("connection health", () => {
  it("counts a connection that received bytes and lived healthyAfterMs as healthy", async () => {
    vi.useFakeTimers();
    const first = liveResponse();
    const open = scriptedOpener([first.response, sseResponse([frame(envelope("evt_1"))])]);
    const result = collect(createEventStream({ open, maxRetries: 0, healthyAfterMs: 5000, idleTimeoutMs: 0, random: () => 0 }));
    first.push(": keep-alive\n");
    await vi.advanceTimersByTimeAsync(5000);
    first.end();
    // Two reconnect waits at the floor: to the second connection, then to the script's end (204).
    await vi.advanceTimersByTimeAsync(2 * MIN_RETRY_DELAY_MS);
    // No id on the first connection: the reconnect has no resume point, hence the reset.
    expect(await result).toEqual([expect.objectContaining({ object: "stream.reset" }), envelope("evt_1")]);
  });

  it("counts a short-lived connection with no event as a failure", async () => {
    vi.useFakeTimers();
    const first = liveResponse();
    const open = scriptedOpener([first.response]);
    const result = collect(createEventStream({ open, maxRetries: 0, healthyAfterMs: 5000, random: () => 0 })).catch((e: unknown) => e);
    first.push(": keep-alive\n");
    await vi.advanceTimersByTimeAsync(1000);
    first.end();
    const error = await result;
    expect(error instanceof EventStreamError && error.reason).toBe("max_retries");
  });
});

describe("close() and abort", () => {
  it("close() resolves a pending next() as done and leaves no timer behind", async () => {
    vi.useFakeTimers();
    const live = liveResponse();
    const stream = createEventStream({ open: scriptedOpener([live.response]), random: () => 0 });
    const pending = stream[Symbol.asyncIterator]().next();
    await vi.advanceTimersByTimeAsync(10);
    expect(vi.getTimerCount()).toBe(1); // the idle timer of the pending read
    stream.close();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect([vi.getTimerCount(), live.cancelled]).toEqual([0, true]);
  });

  it("aborting the signal during a backoff wait ends iteration and clears the wait", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const open = scriptedOpener([{ throws: httpError(503) }]);
    const stream = createEventStream({ open, signal: controller.signal, random: () => 0.5 });
    const pending = stream[Symbol.asyncIterator]().next();
    await vi.advanceTimersByTimeAsync(10);
    expect(vi.getTimerCount()).toBe(1); // the 500 ms backoff
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect([vi.getTimerCount(), open.calls.length]).toEqual([0, 1]);
  });

  it("aborting the signal while the opener hangs ends iteration, and aborts the opener's signal", async () => {
    const controller = new AbortController();
    const open = scriptedOpener([() => new Promise<Response>(() => {})]);
    const stream = createEventStream({ open, signal: controller.signal });
    const pending = stream[Symbol.asyncIterator]().next();
    await vi.waitFor(() => expect(open.calls).toHaveLength(1));
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(open.calls[0]?.signal.aborted).toBe(true);
  });

  it("an already-aborted signal yields nothing and never opens a connection", async () => {
    const open = scriptedOpener([]);
    expect(await collect(createEventStream({ open, signal: AbortSignal.abort() }))).toEqual([]);
    expect(open.calls).toHaveLength(0);
  });

  it("breaking out of for-await closes the connection", async () => {
    const live = liveResponse();
    const open = scriptedOpener([live.response]);
    live.push(frame(envelope("evt_1")));
    for await (const item of createEventStream({ open })) {
      expect(item).toEqual(envelope("evt_1"));
      break;
    }
    expect([live.cancelled, open.calls[0]?.signal.aborted]).toEqual([true, true]);
  });

  it("next() after close() is done, and close() is idempotent", async () => {
    const stream = createEventStream({ open: scriptedOpener([sseResponse([frame(envelope("evt_1"))])]) });
    stream.close();
    stream.close();
    expect(await stream[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
  });
});

describe("backpressure", () => {
  it("reads from the connection only when the consumer asks (no unbounded read-ahead)", async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls += 1;
          controller.enqueue(utf8(frame(envelope(`evt_${pulls}`))));
        },
      },
      { highWaterMark: 0 },
    );
    const response = new Response(body, { headers: { "content-type": "text/event-stream" } });
    const stream = createEventStream({ open: scriptedOpener([response]) });
    const iterator = stream[Symbol.asyncIterator]();
    for (let i = 0; i < 3; i += 1) {
      await iterator.next();
      await new Promise((resolve) => setTimeout(resolve, 5)); // give a greedy reader time to run ahead
    }
    expect(pulls).toBeLessThanOrEqual(4);
    stream.close();
  });
});
