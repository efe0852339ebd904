import { afterEach, describe, expect, it, vi } from "vitest";
import { DEMO } from "../../src/seed/demo-ids";
import { expectSchema, harness, parseFrames, StreamReader, type Json, type SseFrame } from "./support";

const { workspaces: WS, agents: AG, approvals: AP } = DEMO;
const SEEDED = 22; // events the demo seed writes
const evt = (n: number) => `evt_${String(n).padStart(8, "0")}`;
const events = (frames: SseFrame[]) => frames.filter((f) => f.id && f.event !== "stream.reset" && f.event !== "stream.open");

afterEach(() => {
  vi.useRealTimers();
});

describe("GET /v1/exec/events", () => {
  it("answers text/event-stream, no-cache, and starts with stream.open (the head as resume point), then retry:", async () => {
    const h = harness({ routes: { retryMs: 1500 } });
    const res = await h.open("/v1/exec/events");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const stream = new StreamReader(res);
    expect(await stream.frames(2)).toEqual([
      { id: evt(SEEDED), event: "stream.open", data: JSON.stringify({ object: "stream.open", latest_event_id: evt(SEEDED) }) },
      { retry: "1500" },
    ]);
    expectSchema("EventStreamData", JSON.parse((await stream.frames(2))[0]!.data!));
    await stream.cancel();
  });

  it("without Last-Event-ID sends only live events, framed as id/event/data with the envelope on one line", async () => {
    const h = harness();
    const stream = new StreamReader(await h.open("/v1/exec/events"));
    await stream.frames(2);
    await h.call("POST", `/v1/exec/approvals/${AP.pendingDestructive}/approve`);
    const frames = await stream.frames(4);
    expect(frames.slice(2).map((f) => [f.id, f.event])).toEqual([
      [evt(SEEDED + 1), "exec.approved"],
      [evt(SEEDED + 2), "exec.dispatched"],
    ]);
    expect(stream.text).toContain(`id: ${evt(SEEDED + 1)}\nevent: exec.approved\ndata: {"id":"${evt(SEEDED + 1)}","object":"event"`);
    for (const frame of frames.slice(2)) {
      const data = JSON.parse(frame.data!);
      expectSchema("EventStreamData", data);
      expectSchema("Event", data);
      expect(data.type).toBe(frame.event);
    }
    await stream.cancel();
  });

  it("replays every retained event after Last-Event-ID, then goes live", async () => {
    const h = harness();
    const stream = new StreamReader(await h.open("/v1/exec/events", { "last-event-id": evt(SEEDED - 3) }));
    const replayed = await stream.frames(5);
    // The resume point is the requested id, so a drop before the replay does not skip it.
    expect(replayed[0]).toMatchObject({ id: evt(SEEDED - 3), event: "stream.open" });
    expect(events(replayed).map((f) => f.id)).toEqual([evt(SEEDED - 2), evt(SEEDED - 1), evt(SEEDED)]);
    h.world.setAgentStatus(AG.edge03, "offline");
    const live = await stream.frames(6);
    expect(live.at(-1)).toMatchObject({ id: evt(SEEDED + 1), event: "exec.agent_offline" });
    await stream.cancel();
  });

  it("takes last_event_id from the query, and the header wins over it", async () => {
    const h = harness();
    const byQuery = new StreamReader(await h.open(`/v1/exec/events?last_event_id=${evt(SEEDED - 1)}`));
    expect(events(await byQuery.frames(3)).map((f) => f.id)).toEqual([evt(SEEDED)]);
    await byQuery.cancel();
    const both = new StreamReader(await h.open(`/v1/exec/events?last_event_id=${evt(1)}`, { "Last-Event-ID": evt(SEEDED - 2) }));
    expect(events(await both.frames(4)).map((f) => f.id)).toEqual([evt(SEEDED - 1), evt(SEEDED)]);
    await both.cancel();
  });

  it("answers an id older than the retained history with one stream.reset frame, then live events", async () => {
    const h = harness({ eventHistoryLimit: 5 });
    const stream = new StreamReader(await h.open("/v1/exec/events", { "last-event-id": evt(3) }));
    const [open, , reset] = await stream.frames(3);
    expect(open).toMatchObject({ event: "stream.open", id: evt(SEEDED) });
    expect(reset).toMatchObject({ event: "stream.reset", id: evt(SEEDED) });
    const data = JSON.parse(reset!.data!);
    expect(data).toEqual({ object: "stream.reset", reason: "last_event_id is older than the retained history", last_event_id: evt(3) });
    expectSchema("EventStreamData", data);
    h.world.setAgentStatus(AG.edge03, "offline");
    const frames = await stream.frames(4);
    expect(frames.map((f) => f.event ?? "retry")).toEqual(["stream.open", "retry", "stream.reset", "exec.agent_offline"]);
    await stream.cancel();
  });

  it("resumes without a reset when the event right after the id is still retained", async () => {
    const h = harness({ eventHistoryLimit: 5 });
    const stream = new StreamReader(await h.open("/v1/exec/events", { "last-event-id": evt(SEEDED - 5) }));
    const frames = await stream.frames(7);
    expect(frames.some((f) => f.event === "stream.reset")).toBe(false);
    expect(events(frames)).toHaveLength(5);
    await stream.cancel();
  });

  it("treats an id in an unknown format, or one it never issued, as a reset", async () => {
    const h = harness();
    for (const id of ["12345", evt(SEEDED + 50)]) {
      const stream = new StreamReader(await h.open("/v1/exec/events", { "last-event-id": id }));
      const frames = await stream.frames(3);
      expect(frames[2]).toMatchObject({ event: "stream.reset" });
      expect(JSON.parse(frames[2]!.data!).last_event_id).toBe(id);
      await stream.cancel();
    }
  });

  describe("filters", () => {
    // The replay is written when the response is created; aborting then ends the stream after it.
    const replayAll = async (query: string) => {
      const h = harness();
      const controller = new AbortController();
      const res = await h.app.request(
        new Request(`http://router.test/proj_demo/v1/exec/events?${query}`, { headers: { "last-event-id": evt(0) }, signal: controller.signal }),
      );
      controller.abort();
      const stream = new StreamReader(res);
      await stream.rest();
      expect(stream.done).toBe(true);
      return events(parseFrames(stream.text)).map((f) => JSON.parse(f.data!) as { type: string; data: Json });
    };

    it("types: a comma list of event types", async () => {
      const got = await replayAll("types=exec.approval_requested,%20exec.approved&workspace_id=ws_kube_staging");
      expect(got.map((e) => e.type)).toEqual(["exec.approval_requested"]);
    });

    it("workspace_id: approval and exec events of the workspace, agent events of agents bound to it", async () => {
      const got = await replayAll(`workspace_id=${WS.staging}`);
      expect(got.length).toBeGreaterThan(0);
      for (const e of got) {
        if (e.data.object === "agent") expect(e.data.manifest.workspace_ids).toContain(WS.staging);
        else expect(e.data.workspace_id).toBe(WS.staging);
      }
      expect(got.map((e) => e.type)).toContain("exec.agent_enrolled");
    });

    it("agent_id: events routed to the agent, and the agent's own events", async () => {
      const got = await replayAll(`agent_id=${AG.fleet02}`);
      expect(got.map((e) => e.type)).toEqual(["exec.agent_enrolled", "exec.agent_offline"]);
    });

    it("risk: approval and exec events at that risk only", async () => {
      const got = await replayAll("risk=irreversible");
      expect(got.map((e) => [e.type, e.data.risk])).toEqual([
        ["exec.approval_requested", "irreversible"],
        ["exec.rejected", "irreversible"],
        ["exec.approval_requested", "irreversible"],
      ]);
    });

    it("rejects an unknown risk with 400 invalid_request", async () => {
      const h = harness();
      const res = await h.call("GET", "/v1/exec/events?risk=high");
      expect(res.body.error).toMatchObject({ code: "invalid_request", param: "risk" });
    });
  });

  it("sends a keep-alive comment every keepAliveMs, and stops when the client cancels", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const h = harness({ routes: { keepAliveMs: 15_000 } });
    const stream = new StreamReader(await h.open("/v1/exec/events"));
    await stream.frames(2);
    vi.advanceTimersByTime(15_000);
    expect((await stream.frames(3))[2]).toEqual({ comment: "keep-alive" });
    expect(stream.text.endsWith(": keep-alive\n\n")).toBe(true);
    expect(vi.getTimerCount()).toBe(1);
    await stream.cancel();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("ends the stream and unsubscribes when the request is aborted", async () => {
    const controller = new AbortController();
    const h = harness();
    const unsubscribed: string[] = [];
    const subscribe = h.world.events.subscribe.bind(h.world.events);
    vi.spyOn(h.world.events, "subscribe").mockImplementation((fn) => {
      const unsubscribe = subscribe(fn);
      return () => (unsubscribed.push("stream"), unsubscribe());
    });
    const res = await h.app.request(new Request("http://router.test/proj_demo/v1/exec/events", { signal: controller.signal }));
    const stream = new StreamReader(res);
    await stream.frames(1);
    controller.abort();
    await stream.rest();
    expect(stream.done).toBe(true);
    expect(unsubscribed).toEqual(["stream"]);
  });
});
