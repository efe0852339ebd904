import { afterEach, describe, expect, it, vi } from "vitest";
import { EventStreamError } from "./errors";
import { createEventStream } from "./event-stream";
import type { InvalidEventReport } from "./frames";
import type { ReconnectInfo } from "./stream-options";
import type { EventStreamItem } from "./types";
import { collect, envelope, frame, httpError, liveResponse, scriptedOpener, sseResponse } from "./__fixtures__/harness";

const ids = (items: EventStreamItem[]) => items.map((item) => (item.object === "event" ? item.id : item.type));
const instant = { random: () => 0, minDelayMs: 1 } as const; // 1 ms backoff: reconnects happen without real waiting

afterEach(() => {
  vi.useRealTimers();
});

describe("createEventStream: delivery", () => {
  it("yields validated events in order", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1")), frame(envelope("evt_2", "exec.approved"))])]);
    const items = await collect(createEventStream({ open, ...instant }));
    expect(items).toEqual([envelope("evt_1"), envelope("evt_2", "exec.approved")]);
  });

  it("passes unknown event types through untyped", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1", "exec.brand_new", { x: 1 }))])]);
    expect(await collect(createEventStream({ open, ...instant }))).toEqual([envelope("evt_1", "exec.brand_new", { x: 1 })]);
  });

  it("lets the envelope type win when the SSE event name disagrees", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1", "exec.completed"), { eventName: "exec.failed" })])]);
    const [item] = await collect(createEventStream({ open, ...instant }));
    expect(item?.type).toBe("exec.completed");
  });

  it("reports invalid JSON and invalid envelopes to onInvalidEvent, skips them, and goes on", async () => {
    const reports: unknown[] = [];
    const open = scriptedOpener([
      sseResponse(["id: evt_bad\nevent: exec.failed\ndata: {nope\n\n", "data: {\"id\":\"evt_x\"}\n\n", frame(envelope("evt_ok"))]),
    ]);
    const items = await collect(createEventStream({ open, ...instant, onInvalidEvent: (r) => reports.push(r) }));
    expect(ids(items)).toEqual(["evt_ok"]);
    expect(reports).toEqual([
      { raw: "{nope", id: "evt_bad", type: "exec.failed", issues: expect.stringMatching(/^invalid JSON/) },
      { raw: "{\"id\":\"evt_x\"}", id: undefined, type: undefined, issues: expect.stringMatching(/^type: /) },
    ]);
  });

  it("skips an event of a documented type whose data lacks what its resource cannot be used without, reporting the field path", async () => {
    const placeholder = envelope("evt_1", "exec.approved", { id: "a1" });
    const open = scriptedOpener([sseResponse([frame(placeholder), frame(envelope("evt_2", "exec.approved"))])]);
    const reports: InvalidEventReport[] = [];
    const items = await collect(createEventStream({ open, ...instant, onInvalidEvent: (r) => reports.push(r) }));
    expect(items).toEqual([envelope("evt_2", "exec.approved")]);
    expect(reports).toEqual([
      { raw: JSON.stringify(placeholder), id: "evt_1", type: "exec.approved", issues: expect.stringMatching(/^data\.status: /) },
    ]);
  });

  it("keeps going when onInvalidEvent or onReconnect throw", async () => {
    const open = scriptedOpener([sseResponse(["data: nope\n\n"]), sseResponse([frame(envelope("evt_1"))])]);
    const boom = () => {
      throw new Error("logger broke");
    };
    const items = await collect(createEventStream({ open, ...instant, onInvalidEvent: boom, onReconnect: boom }));
    // The first connection gave no resume point, so the reconnect surfaces a reset first.
    expect(ids(items)).toEqual(["stream.reset", "evt_1"]);
  });

  it("surfaces stream.reset as its own item, carrying the Last-Event-ID the server rejected", async () => {
    const open = scriptedOpener([sseResponse(["event: stream.reset\ndata: {}\n\n", frame(envelope("evt_9"))])]);
    const items = await collect(createEventStream({ open, ...instant, lastEventId: "evt_ancient" }));
    expect(items).toEqual([
      { object: "stream.reset", type: "stream.reset", requestedLastEventId: "evt_ancient", data: "{}" },
      envelope("evt_9"),
    ]);
  });

  it("uses a custom validate function for every frame", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1")), frame(envelope("evt_2"))])]);
    const validate = (raw: unknown) =>
      (raw as { id: string }).id === "evt_1" ? { ok: false as const, issues: "rejected" } : { ok: true as const, event: envelope("evt_2") };
    const reports: string[] = [];
    const items = await collect(createEventStream({ open, ...instant, validate, onInvalidEvent: (r) => reports.push(r.issues) }));
    expect([ids(items), reports]).toEqual([["evt_2"], ["rejected"]]);
  });

  it("skips an event larger than maxBufferSize with a report, goes on, and moves the resume point past it", async () => {
    const big = envelope("evt_2", "exec.completed", { padding: "x".repeat(5000) });
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1")), frame(big), frame(envelope("evt_3"))])]);
    const reports: InvalidEventReport[] = [];
    const stream = createEventStream({ open, ...instant, maxBufferSize: 3000, onInvalidEvent: (r) => reports.push(r) });
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(envelope("evt_1"));
    expect((await iterator.next()).value).toEqual(envelope("evt_3"));
    expect(reports).toEqual([
      { raw: "", id: "evt_2", type: "exec.completed", issues: "event larger than maxBufferSize (3000 characters); skipped" },
    ]);
    stream.close();
  });

  it("moves the resume point past an oversized event even when it is the last one before a restart", async () => {
    const big = envelope("evt_2", "exec.completed", { padding: "x".repeat(5000) });
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1")), frame(big)])]);
    const stream = createEventStream({ open, ...instant, maxBufferSize: 3000 });
    await collect(stream);
    expect(stream.lastEventId).toBe("evt_2");
    expect(open.calls.map((c) => c.lastEventId)).toEqual([undefined, "evt_2"]);
  });
});

describe("createEventStream: resume and dedupe", () => {
  it("resends the id of the last delivered event as lastEventId on reconnect", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1")), frame(envelope("evt_2"))]), sseResponse([frame(envelope("evt_3"))])]);
    await collect(createEventStream({ open, ...instant }));
    expect(open.calls.map((c) => c.lastEventId)).toEqual([undefined, "evt_2", "evt_3"]);
  });

  it("seeds the first connection from a saved resume token", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_10"))])]);
    const stream = createEventStream({ open, ...instant, lastEventId: "evt_9" });
    await collect(stream);
    expect([open.calls[0]?.lastEventId, stream.lastEventId]).toEqual(["evt_9", "evt_10"]);
  });

  it("reports lastEventId as the last event delivered, not the last one parsed", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1")) + frame(envelope("evt_2")) + frame(envelope("evt_3"))])]);
    const stream = createEventStream({ open, ...instant });
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    expect(stream.lastEventId).toBe("evt_1"); // evt_2 and evt_3 are parsed but not yet handed over
    await iterator.next();
    expect(stream.lastEventId).toBe("evt_2");
    stream.close();
  });

  it("never yields an id it already delivered, e.g. when the server replays after a reconnect", async () => {
    const open = scriptedOpener([
      sseResponse([frame(envelope("evt_1")), frame(envelope("evt_2"))]),
      sseResponse([frame(envelope("evt_1")), frame(envelope("evt_2")), frame(envelope("evt_3"))]),
    ]);
    expect(ids(await collect(createEventStream({ open, ...instant })))).toEqual(["evt_1", "evt_2", "evt_3"]);
  });

  it("drops a replay of the seeded resume id itself", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_9")), frame(envelope("evt_10"))])]);
    expect(ids(await collect(createEventStream({ open, ...instant, lastEventId: "evt_9" })))).toEqual(["evt_10"]);
  });

  it("remembers only the last dedupeWindow ids", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("a")), frame(envelope("b")), frame(envelope("c")), frame(envelope("a"))])]);
    expect(ids(await collect(createEventStream({ open, ...instant, dedupeWindow: 2 })))).toEqual(["a", "b", "c", "a"]);
  });

  it("clears the resume point on an empty id: field, as the SSE spec says", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1")), `id:\ndata: ${JSON.stringify(envelope("evt_2"))}\n\n`])]);
    const stream = createEventStream({ open, ...instant });
    await collect(stream);
    expect([open.calls[1]?.lastEventId, stream.lastEventId]).toEqual([undefined, undefined]);
  });

  it("advances lastEventId past a frame it reported as invalid, so a restart does not report it again", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1")), "id: evt_2\ndata: garbage\n\n"])]);
    const stream = createEventStream({ open, ...instant });
    await collect(stream);
    expect(stream.lastEventId).toBe("evt_2");
  });
});

describe("createEventStream: errors and reconnects", () => {
  it("stops with the opener's error on a 4xx, without retrying", async () => {
    const unauthorized = httpError(401);
    const open = scriptedOpener([{ throws: unauthorized }]);
    await expect(collect(createEventStream({ open, ...instant }))).rejects.toBe(unauthorized);
    expect(open.calls).toHaveLength(1);
  });

  it("stops with unexpected_status when the opener resolves a 4xx Response", async () => {
    const open = scriptedOpener([new Response("nope", { status: 403 })]);
    const error = await collect(createEventStream({ open, ...instant })).catch((e: unknown) => e);
    expect(error instanceof EventStreamError && [error.reason, error.status]).toEqual(["unexpected_status", 403]);
  });

  it("reconnects after 5xx errors, 5xx Responses and network errors", async () => {
    const errors: unknown[] = [];
    const open = scriptedOpener([
      { throws: httpError(503) },
      new Response("bad gateway", { status: 502 }),
      { throws: new TypeError("fetch failed") },
      sseResponse([frame(envelope("evt_1"))]),
    ]);
    const items = await collect(createEventStream({ open, ...instant, onReconnect: (info) => errors.push(info.error) }));
    expect(ids(items)).toEqual(["evt_1"]);
    expect(errors.slice(0, 3).map((e) => (e as { status?: number }).status ?? (e as Error).message)).toEqual([503, 502, "fetch failed"]);
  });

  it("reconnects when the connection drops mid-stream, resuming after the last delivered event", async () => {
    const first = liveResponse();
    const open = scriptedOpener([first.response, sseResponse([frame(envelope("evt_2"))])]);
    const stream = createEventStream({ open, ...instant });
    first.push(frame(envelope("evt_1")) + "id: evt_2\ndata: {\"trunc");
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(envelope("evt_1"));
    first.fail(new TypeError("socket hang up"));
    expect((await iterator.next()).value).toEqual(envelope("evt_2"));
    expect(open.calls[1]?.lastEventId).toBe("evt_1");
    stream.close();
  });

  it("ends with the typed no_content error on 204 No Content (do not reconnect), not silently", async () => {
    const open = scriptedOpener([new Response(null, { status: 204 })]);
    const stream = createEventStream({ open, ...instant });
    const error = await stream[Symbol.asyncIterator]()
      .next()
      .catch((e: unknown) => e);
    expect(error instanceof EventStreamError && [error.reason, error.status]).toEqual(["no_content", 204]);
    expect(open.calls).toHaveLength(1);
  });

  it("fails with unexpected_content_type when a 200 is not text/event-stream (a proxy broke SSE)", async () => {
    const open = scriptedOpener([new Response("<html>", { status: 200, headers: { "content-type": "text/html" } })]);
    const error = await collect(createEventStream({ open, ...instant })).catch((e: unknown) => e);
    expect(error instanceof EventStreamError && [error.reason, error.contentType]).toEqual(["unexpected_content_type", "text/html"]);
    expect(open.calls).toHaveLength(1);
  });

  it("accepts a text/event-stream content type with parameters", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1"))], { "content-type": "Text/Event-Stream; charset=utf-8" })]);
    expect(ids(await collect(createEventStream({ open, ...instant })))).toEqual(["evt_1"]);
  });

  it("stops on a 429 marked non-retryable (quota exceeded)", async () => {
    for (const quota of [httpError(429, { isRetryable: false, retryAfterMs: 10 }), httpError(429, { retryable: false })]) {
      const open = scriptedOpener([{ throws: quota }]);
      await expect(collect(createEventStream({ open, ...instant }))).rejects.toBe(quota);
    }
  });

  it("stops on a status-less error marked non-retryable (a config error, not the network)", async () => {
    const misconfigured = Object.assign(new Error("missing API key"), { isRetryable: false });
    const open = scriptedOpener([{ throws: misconfigured }]);
    await expect(collect(createEventStream({ open, ...instant }))).rejects.toBe(misconfigured);
  });

  it("keeps reconnecting on a 429 that is retryable, even without retryAfterMs", async () => {
    const open = scriptedOpener([{ throws: httpError(429, { isRetryable: true }) }, sseResponse([frame(envelope("evt_1"))])]);
    expect(ids(await collect(createEventStream({ open, ...instant })))).toEqual(["evt_1"]);
  });

  it("fails with max_retries once more than maxRetries consecutive connections failed, keeping the last error as cause", async () => {
    const last = httpError(500);
    const open = scriptedOpener([{ throws: httpError(503) }, { throws: new TypeError("down") }, { throws: last }]);
    const error = await collect(createEventStream({ open, ...instant, maxRetries: 2 })).catch((e: unknown) => e);
    expect(error instanceof EventStreamError && [error.reason, error.cause]).toEqual(["max_retries", last]);
    expect(open.calls).toHaveLength(3);
  });

  it("counts only consecutive failures: a healthy connection resets the attempt counter", async () => {
    const open = scriptedOpener([
      { throws: httpError(503) },
      sseResponse([frame(envelope("evt_1"))]),
      { throws: httpError(503) },
      sseResponse([frame(envelope("evt_2"))]),
    ]);
    const items = await collect(createEventStream({ open, ...instant, maxRetries: 1 }));
    expect(ids(items)).toEqual(["evt_1", "evt_2"]);
    expect(open.calls.map((c) => c.attempt)).toEqual([0, 1, 1, 2, 1]);
  });

  it("counts a connection that ends without any event as a failure", async () => {
    const open = scriptedOpener([sseResponse([": hello\n"]), sseResponse([]), sseResponse([])]);
    const error = await collect(createEventStream({ open, ...instant, maxRetries: 2 })).catch((e: unknown) => e);
    expect(error instanceof EventStreamError && error.reason).toBe("max_retries");
  });

  it("passes each connection its own AbortSignal, aborted once that connection is over", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1"))])]);
    await collect(createEventStream({ open, ...instant }));
    expect(open.calls.map((c) => c.signal.aborted)).toEqual([true, true]);
  });
});

describe("createEventStream: backoff timing (fake timers)", () => {
  it("waits a full-jitter delay based on the server's retry: value", async () => {
    vi.useFakeTimers();
    const reconnects: ReconnectInfo[] = [];
    const open = scriptedOpener([sseResponse(["retry: 4000\n", frame(envelope("evt_1"))]), sseResponse([frame(envelope("evt_2"))])]);
    const stream = createEventStream({ open, random: () => 0.5, onReconnect: (info) => reconnects.push(info) });
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    const second = iterator.next();
    await vi.advanceTimersByTimeAsync(1999);
    expect(open.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await second).value).toEqual(envelope("evt_2"));
    expect(reconnects[0]).toEqual({ attempt: 1, delayMs: 2000, error: undefined, lastEventId: "evt_1" });
    stream.close();
  });

  it("doubles the backoff ceiling on each consecutive failure, capped at maxDelayMs", async () => {
    vi.useFakeTimers();
    const delays: number[] = [];
    const open = scriptedOpener(Array.from({ length: 6 }, () => ({ throws: httpError(503) })));
    const options = { open, random: () => 0.999, baseDelayMs: 1000, maxDelayMs: 5000, maxRetries: 5 };
    const done = collect(createEventStream({ ...options, onReconnect: (i) => delays.push(i.delayMs) })).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await done) instanceof EventStreamError).toBe(true);
    expect(delays).toEqual([999, 1998, 3996, 4995, 4995]);
  });

  it("waits exactly retryAfterMs after a 429, then retries", async () => {
    vi.useFakeTimers();
    const open = scriptedOpener([{ throws: httpError(429, { retryAfterMs: 5000 }) }, sseResponse([frame(envelope("evt_1"))])]);
    const stream = createEventStream({ open, random: () => 0 });
    const first = stream[Symbol.asyncIterator]().next();
    await vi.advanceTimersByTimeAsync(4999);
    expect(open.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await first).value).toEqual(envelope("evt_1"));
    stream.close();
  });

  it("honours Retry-After on a 503 Response", async () => {
    vi.useFakeTimers();
    const open = scriptedOpener([new Response("", { status: 503, headers: { "retry-after": "3" } }), sseResponse([frame(envelope("evt_1"))])]);
    const delays: number[] = [];
    const stream = createEventStream({ open, random: () => 0, onReconnect: (i) => delays.push(i.delayMs) });
    const first = stream[Symbol.asyncIterator]().next();
    await vi.advanceTimersByTimeAsync(3000);
    expect((await first).value).toEqual(envelope("evt_1"));
    expect(delays[0]).toBe(3000);
    stream.close();
  });
});
