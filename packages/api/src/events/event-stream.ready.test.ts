// nextReady(): buffered items handed out without a promise, exactly as the iterator would hand them out.
import { describe, expect, it } from "vitest";
import { createEventStream } from "./event-stream";
import type { InvalidEventReport } from "./frames";
import { createSerialIterator } from "./serial-iterator";
import { envelope, frame, liveResponse, scriptedOpener } from "./__fixtures__/harness";

describe("EventStream.nextReady()", () => {
  it("hands out the rest of a read chunk synchronously, in order, moving lastEventId; undefined once drained", async () => {
    const live = liveResponse();
    const stream = createEventStream({ open: scriptedOpener([live.response]), random: () => 0 });
    const iterator = stream[Symbol.asyncIterator]();
    expect(stream.nextReady()).toBeUndefined(); // nothing connected, nothing read
    live.push(frame(envelope("evt_1")) + frame(envelope("evt_2")) + frame(envelope("evt_3")));
    expect((await iterator.next()).value).toEqual(envelope("evt_1"));
    expect([stream.nextReady(), stream.lastEventId]).toEqual([envelope("evt_2"), "evt_2"]);
    expect([stream.nextReady(), stream.lastEventId]).toEqual([envelope("evt_3"), "evt_3"]);
    expect(stream.nextReady()).toBeUndefined();
    live.push(frame(envelope("evt_4")));
    expect((await iterator.next()).value).toEqual(envelope("evt_4"));
    stream.close();
  });

  it("skips replays and invalid frames (reporting them) as the iterator does", async () => {
    const live = liveResponse();
    const reports: InvalidEventReport[] = [];
    const stream = createEventStream({ open: scriptedOpener([live.response]), random: () => 0, onInvalidEvent: (r) => reports.push(r) });
    const iterator = stream[Symbol.asyncIterator]();
    live.push(frame(envelope("evt_1")) + frame(envelope("evt_1")) + "id: evt_2\ndata: {nope\n\n" + frame(envelope("evt_3")));
    expect((await iterator.next()).value).toEqual(envelope("evt_1"));
    expect(stream.nextReady()).toEqual(envelope("evt_3"));
    expect([stream.lastEventId, reports.map((r) => r.id)]).toEqual(["evt_3", ["evt_2"]]);
    stream.close();
  });

  it("answers undefined while a next() is pending, so no item overtakes another, and after close()", async () => {
    const live = liveResponse();
    const stream = createEventStream({ open: scriptedOpener([live.response]), random: () => 0 });
    const iterator = stream[Symbol.asyncIterator]();
    const first = iterator.next();
    live.push(frame(envelope("evt_1")) + frame(envelope("evt_2")));
    expect(stream.nextReady()).toBeUndefined(); // evt_1 belongs to the pending next()
    expect((await first).value).toEqual(envelope("evt_1"));
    stream.close();
    expect(stream.nextReady()).toBeUndefined();
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });
});

describe("createSerialIterator", () => {
  it("lets a filter over another serial iterator answer ready items without waiting, in order", async () => {
    const items = [1, 2, 3, 4, 5, 6];
    let index = 0;
    const inner = createSerialIterator<number>({
      ready: () => (index < items.length && index % 3 !== 0 ? items[index++] : undefined), // every third item needs a pull
      pull: async () => (index < items.length ? { done: false, value: items[index++]! } : { done: true, value: undefined }),
      close: () => undefined,
    });
    const evens = createSerialIterator<number>({
      ready: () => {
        for (let n = inner.nextReady(); n !== undefined; n = inner.nextReady()) if (n % 2 === 0) return n;
        return undefined;
      },
      pull: async () => {
        for (let r = await inner.next(); !r.done; r = await inner.next()) if (r.value % 2 === 0) return r;
        return { done: true, value: undefined };
      },
      close: () => undefined,
    });
    const seen: number[] = [];
    for await (const n of evens) seen.push(n);
    expect(seen).toEqual([2, 4, 6]);
  });
});
