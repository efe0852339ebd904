import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { useRouter } from "../support/harness";
import { events, readFrames } from "../support/sse";

describe("event stream over HTTP: cuts, Last-Event-ID replay and no loss", () => {
  const h = useRouter({ clock: "manual", keepAliveMs: 60_000 });
  const open = (lastEventId?: string) =>
    h.fetch("/v1/exec/events", { headers: { accept: "text/event-stream", ...(lastEventId ? { "last-event-id": lastEventId } : {}) } });

  it("is cut after N events by cutStreamAfterEvents, abruptly, with those N events delivered whole", async () => {
    const history = h.router.world.events.list();
    expect(history.length).toBeGreaterThan(4); // the demo seed has history to replay
    h.router.faults.cutStreamAfterEvents(3);
    const response = await open(history[0]!.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const { frames, end } = await readFrames(response);
    expect(end).toBe("error");
    expect(events(frames).map((f) => f.id)).toEqual(history.slice(1, 4).map((e) => e.id));
  });

  it("replays everything after Last-Event-ID across repeated cuts, then goes live: nothing lost or repeated", async () => {
    const history = h.router.world.events.list();
    h.router.faults.cutStreamAfterEvents(2, { times: 100 });
    const seen: string[] = [];
    let lastEventId = history[0]!.id;
    // Each connection delivers two events and is cut; resume from the last one received.
    for (let connection = 0; connection < 50 && seen.length < history.length - 1; connection += 1) {
      const wanted = history.length - 1 - seen.length;
      const { frames } = await readFrames(await open(lastEventId), { stop: (f) => events(f).length >= wanted });
      for (const frame of events(frames)) seen.push(frame.id!);
      lastEventId = seen[seen.length - 1] ?? lastEventId;
    }
    expect(seen).toEqual(history.slice(1).map((e) => e.id));

    // Live: an event made after the replay arrives on the resumed stream.
    h.router.faults.reset();
    const response = await open(lastEventId);
    const live = readFrames(response, { stop: (frames) => events(frames).length >= 1 });
    await h.client().POST("/v1/exec/approvals/{approval_id}/approve", {
      params: { path: { approval_id: DEMO.approvals.pendingDestructive } },
      body: { note: "CHG-1043" },
    });
    const { frames } = await live;
    expect(events(frames)[0]).toMatchObject({ event: "exec.approved" });
    expect(JSON.parse(events(frames)[0]!.data!).data.id).toBe(DEMO.approvals.pendingDestructive);
  });

  it("cuts at an exact byte offset with cutStreamAtByte", async () => {
    const history = h.router.world.events.list();
    h.router.faults.cutStreamAtByte(100);
    const response = await open(history[0]!.id);
    const bytes = await drainBytes(response);
    expect(bytes).toBe(100);
  });

  it("writes malformed frames before the real ones with malformedFrames", async () => {
    h.router.faults.malformedFrames(["data: {not json", "event: exec.approved\ndata: 42"]);
    const { frames } = await readFrames(await open(), { stop: (f) => f.length >= 4 });
    expect(frames.slice(0, 4)).toEqual([
      { data: "{not json" },
      { event: "exec.approved", data: "42" },
      { id: expect.any(String), event: "stream.open", data: expect.any(String) },
      { retry: expect.any(Number) },
    ]);
  });

  it("sends stream.open then retry: first and honours the last_event_id query parameter like the header", async () => {
    const history = h.router.world.events.list();
    const resumeId = history[history.length - 2]!.id;
    const response = await h.fetch(`/v1/exec/events?last_event_id=${resumeId}`);
    const { frames } = await readFrames(response, { stop: (f) => events(f).length >= 1 });
    expect(frames[0]).toMatchObject({ id: resumeId, event: "stream.open" });
    expect(frames[1]!.retry).toBeGreaterThan(0);
    expect(events(frames).map((f) => f.id)).toEqual([history[history.length - 1]!.id]);
  });
});

async function drainBytes(response: Response): Promise<number> {
  const reader = response.body!.getReader();
  let total = 0;
  for (let i = 0; i < 10_000; i += 1) {
    try {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
    } catch {
      return total;
    }
  }
  throw new Error("stream did not end");
}
