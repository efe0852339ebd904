// resetOnFirstConnection: the first accepted connection surfaces a client reset, however many
// attempts failed before it, so a consumer that re-lists on resets lists once it is connected.
import { describe, expect, it } from "vitest";
import { createEventStream } from "./event-stream";
import type { EventStreamItem, StreamReset } from "./types";
import { collect, envelope, frame, httpError, scriptedOpener, sseResponse } from "./__fixtures__/harness";

const ids = (items: EventStreamItem[]) => items.map((item) => (item.object === "event" ? item.id : item.type));
const instant = { random: () => 0, minDelayMs: 1 } as const;

describe("createEventStream: resetOnFirstConnection", () => {
  it("yields one reset first, after refused and 503 attempts, then the events; no second one on a resumed reconnect", async () => {
    const refused = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    const open = scriptedOpener([
      { throws: refused },
      { throws: httpError(503) },
      sseResponse([frame(envelope("evt_1"))]),
      sseResponse([frame(envelope("evt_2"))]),
    ]);
    const items = await collect(createEventStream({ open, ...instant, resetOnFirstConnection: true }));
    expect(ids(items)).toEqual(["stream.reset", "evt_1", "evt_2"]);
    expect(JSON.parse((items[0] as StreamReset).data)).toEqual({ object: "stream.reset", origin: "client", reason: "first connection", last_event_id: null });
  });

  it("yields it even with a resume point, and not without the option", async () => {
    const script = () => scriptedOpener([sseResponse([frame(envelope("evt_6"))])]);
    expect(ids(await collect(createEventStream({ open: script(), ...instant, lastEventId: "evt_5", resetOnFirstConnection: true })))).toEqual(["stream.reset", "evt_6"]);
    expect(ids(await collect(createEventStream({ open: script(), ...instant, lastEventId: "evt_5" })))).toEqual(["evt_6"]);
  });
});
