import { isInvocationEvent, isStreamReset, streamEvents, type InvalidEventReport } from "@xerotier/api";
import { type EventStreamItem } from "@xerotier/api/internal";
import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { useRouter } from "../support/harness";

// A small `retry:` keeps 20 reconnects quick; the server value overrides the client backoff base.
const h = useRouter({ clock: "manual", eventHistoryLimit: 200, retryMs: 5 });

/** Asks for `count` read-only calls; each one emits exactly one `exec.dispatched` event at once. */
async function dispatch(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { data } = await h.client().POST("/v1/exec/invocations", {
      body: { workspace_id: DEMO.workspaces.staging, tool_name: DEMO.tools.read, arguments: { resource: `pods-${i}` } },
    });
    ids.push(data.id);
  }
  return ids;
}

/**
 * Reads `count` items through the iterator without ending it (a `for await` that breaks would
 * close the stream), so one stream can be read in several phases.
 */
async function take(iterator: AsyncIterator<EventStreamItem>, count: number): Promise<EventStreamItem[]> {
  const items: EventStreamItem[] = [];
  while (items.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}

const idOf = (item: EventStreamItem) => (isInvocationEvent(item) ? item.data.id : item.type);

const fast = { baseDelayMs: 1, maxDelayMs: 5, random: () => 0.5 };

describe("the event stream against the reference router", () => {
  it("resumes across 20 injected disconnects and live events with nothing lost, repeated or reordered", async () => {
    const from = h.router.world.events.latestId();
    const before = await dispatch(40);
    const cuts = h.router.faults.cutStreamAfterEvents(3, { times: 20 });
    const reconnects: number[] = [];
    const stream = streamEvents(h.client(), { ...fast, types: ["exec.dispatched"], lastEventId: from, onReconnect: (r) => reconnects.push(r.attempt) });

    const iterator = stream[Symbol.asyncIterator]();
    const firstHalf = await take(iterator, 20);
    const after = await dispatch(20); // live events while the stream keeps being cut
    const rest = await take(iterator, 40);
    stream.close();

    expect([...firstHalf, ...rest].map(idOf)).toEqual([...before, ...after]);
    expect(cuts.triggered).toBe(20);
    expect(reconnects.length).toBeGreaterThanOrEqual(19); // the last cut may land after the last event was read
    expect(stream.lastEventId).toBe(h.router.world.events.latestId());
  });

  it("resumes from a saved token in a new stream (a restarted bot) without repeating", async () => {
    const from = h.router.world.events.latestId();
    const ids = await dispatch(6);
    const first = streamEvents(h.client(), { ...fast, types: ["exec.dispatched"], lastEventId: from });
    await take(first[Symbol.asyncIterator](), 3);
    const saved = first.lastEventId;
    first.close();

    const second = streamEvents(h.client(), { ...fast, types: ["exec.dispatched"], lastEventId: saved });
    const rest = await take(second[Symbol.asyncIterator](), 3);
    second.close();
    expect(rest.map(idOf)).toEqual(ids.slice(3));
  });

  it("reports malformed frames, skips them and goes on", async () => {
    const from = h.router.world.events.latestId();
    const [id] = await dispatch(1);
    h.router.faults.malformedFrames(["id: evt_bad1\nevent: exec.dispatched\ndata: {not json", "id: evt_bad2\nevent: exec.dispatched\ndata: {\"id\":\"evt_bad2\",\"object\":\"event\",\"type\":\"exec.dispatched\",\"created_at\":1,\"data\":{\"id\":1}}"]);
    const invalid: InvalidEventReport[] = [];
    const stream = streamEvents(h.client(), { ...fast, types: ["exec.dispatched"], lastEventId: from, onInvalidEvent: (r) => invalid.push(r) });
    const items = await take(stream[Symbol.asyncIterator](), 1);
    stream.close();
    expect(items.map(idOf)).toEqual([id]);
    expect(invalid.map((r) => r.id)).toEqual(["evt_bad1", "evt_bad2"]);
  });

  it("surfaces stream.reset when the resume token is older than the router's history", async () => {
    const oldest = h.router.world.events.latestId();
    for (let i = 0; i < 250; i++) h.router.world.events.append("test.filler", { n: i }); // evicts `oldest` from the 200-event history
    const stream = streamEvents(h.client(), { ...fast, lastEventId: oldest });
    const [first] = await take(stream[Symbol.asyncIterator](), 1);
    stream.close();
    expect(first && isStreamReset(first)).toBe(true);
  });
});
