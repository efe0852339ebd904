// A gap-free stream: the server's stream.open gives a resume point from the first frame, and a
// reconnect without any resume point (or with one the server rejects) surfaces a reset.
import { describe, expect, it } from "vitest";
import { createEventStream } from "./event-stream";
import type { EventStreamItem, StreamReset } from "./types";
import { collect, envelope, frame, httpError, scriptedOpener, sseResponse } from "./__fixtures__/harness";

const ids = (items: EventStreamItem[]) => items.map((item) => (item.object === "event" ? item.id : item.type));
const instant = { random: () => 0, minDelayMs: 1 } as const;
const openFrame = (id?: string) =>
  `${id ? `id: ${id}\n` : ""}event: stream.open\ndata: ${JSON.stringify({ object: "stream.open", latest_event_id: id ?? null })}\n\n`;

describe("createEventStream: stream.open", () => {
  it("takes the stream.open id as the resume point and does not yield the frame", async () => {
    const open = scriptedOpener([sseResponse([openFrame("evt_7")]), sseResponse([openFrame("evt_7"), frame(envelope("evt_8"))])]);
    const stream = createEventStream({ open, ...instant });
    const items = await collect(stream);
    expect(ids(items)).toEqual(["evt_8"]);
    expect(open.calls.map((c) => c.lastEventId)).toEqual([undefined, "evt_7", "evt_8"]);
  });

  it("exposes the stream.open id as lastEventId before any event arrives", async () => {
    const open = scriptedOpener([sseResponse([openFrame("evt_7"), frame(envelope("evt_8"))])]);
    const stream = createEventStream({ open, ...instant });
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(envelope("evt_8"));
    expect(stream.lastEventId).toBe("evt_8");
    stream.close();
  });

  it("keeps a resume point it already holds, even when stream.open names a newer head", async () => {
    const open = scriptedOpener([sseResponse([openFrame("evt_90")])]);
    const stream = createEventStream({ open, ...instant, lastEventId: "evt_5" });
    await collect(stream);
    expect(stream.lastEventId).toBe("evt_5");
    expect(open.calls.map((c) => c.lastEventId)).toEqual(["evt_5", "evt_5"]);
  });

  it("treats a stream.open without id (empty history) as no resume point", async () => {
    const open = scriptedOpener([sseResponse([openFrame()]), sseResponse([frame(envelope("evt_1"))])]);
    const items = await collect(createEventStream({ open, ...instant }));
    expect(ids(items)).toEqual(["stream.reset", "evt_1"]);
  });
});

describe("createEventStream: reconnecting without a resume point", () => {
  it("surfaces a client-made reset when the first connection dropped before any id", async () => {
    const open = scriptedOpener([sseResponse([": keep-alive\n\n"]), sseResponse([frame(envelope("evt_1"))])]);
    const items = await collect(createEventStream({ open, ...instant }));
    const reset = items[0] as StreamReset;
    expect(reset).toMatchObject({ object: "stream.reset", type: "stream.reset", requestedLastEventId: undefined });
    expect(JSON.parse(reset.data)).toEqual({
      object: "stream.reset",
      origin: "client",
      reason: "reconnected without a resume point",
      last_event_id: null,
    });
    expect(ids(items)).toEqual(["stream.reset", "evt_1"]);
  });

  it("surfaces no reset on the very first connection, nor when a resume point is held", async () => {
    const open = scriptedOpener([sseResponse([frame(envelope("evt_1"))]), sseResponse([frame(envelope("evt_2"))])]);
    expect(ids(await collect(createEventStream({ open, ...instant })))).toEqual(["evt_1", "evt_2"]);
  });

  it("surfaces no reset when only the first open failed: the stream starts live once connected", async () => {
    const open = scriptedOpener([{ throws: new TypeError("fetch failed") }, sseResponse([frame(envelope("evt_1"))])]);
    // A failed open is not a connection: the next one is still the first, so no reset.
    expect(ids(await collect(createEventStream({ open, ...instant })))).toEqual(["evt_1"]);
  });

  it("drops a resume point the server rejects (HTTP 400), reconnects without it and surfaces a reset", async () => {
    const open = scriptedOpener([{ throws: httpError(400) }, sseResponse([frame(envelope("evt_1"))])]);
    const items = await collect(createEventStream({ open, ...instant, lastEventId: "evt_bogus" }));
    expect(ids(items)).toEqual(["stream.reset", "evt_1"]);
    expect((items[0] as StreamReset).requestedLastEventId).toBe("evt_bogus");
    expect(JSON.parse((items[0] as StreamReset).data)).toMatchObject({ origin: "client", last_event_id: "evt_bogus" });
    expect(open.calls.map((c) => c.lastEventId)).toEqual(["evt_bogus", undefined, "evt_1"]);
  });

  it("keeps the reset of a rejected resume point when the next open fails too: it comes with the next connection", async () => {
    const open = scriptedOpener([{ throws: httpError(410) }, { throws: new TypeError("fetch failed") }, sseResponse([frame(envelope("evt_1"))])]);
    const items = await collect(createEventStream({ open, ...instant, lastEventId: "evt_old" }));
    expect(ids(items)).toEqual(["stream.reset", "evt_1"]);
    expect((items[0] as StreamReset).requestedLastEventId).toBe("evt_old");
    expect(open.calls.map((c) => c.lastEventId)).toEqual(["evt_old", undefined, undefined, "evt_1"]);
  });

  it("still stops on a 400 that came without a resume point: the rejection is not about the id", async () => {
    const error = httpError(400);
    const open = scriptedOpener([{ throws: error }]);
    await expect(collect(createEventStream({ open, ...instant }))).rejects.toBe(error);
    expect(open.calls).toHaveLength(1);
  });

  it("stops when the server also rejects the request without the resume point (no loop)", async () => {
    const second = httpError(422);
    const open = scriptedOpener([{ throws: httpError(422) }, { throws: second }]);
    await expect(collect(createEventStream({ open, ...instant, lastEventId: "evt_x" }))).rejects.toBe(second);
    expect(open.calls.map((c) => c.lastEventId)).toEqual(["evt_x", undefined]);
  });
});
