// No storm, no stall, no wedge: every wait clamped, silence noticed from the first byte on,
// 204 typed, odd ids and local errors handled without looping.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createXerotierClient } from "../client";
import { MAX_RETRY_DELAY_MS, MIN_RETRY_DELAY_MS } from "../core/delay";
import { EventStreamError } from "./errors";
import { createEventStream } from "./event-stream";
import type { EventStreamOpener, ReconnectInfo } from "./stream-options";
import { streamEvents } from "./stream-events";
import { envelope, frame, httpError, liveResponse, scriptedOpener, sseResponse } from "./__fixtures__/harness";

let server: Server | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** An opener whose every connection sends `prefix` and hangs up (a flapping server), counted. */
function flapping(prefix: string): EventStreamOpener & { calls: number } {
  const open = async (): Promise<Response> => {
    open.calls += 1;
    return sseResponse([prefix, frame(envelope(`evt_${open.calls}`))]);
  };
  open.calls = 0;
  return open;
}

describe("reconnect waits are clamped", () => {
  it("a server's retry: 0 cannot make a storm: each reconnect waits at least 100 ms", async () => {
    vi.useFakeTimers();
    const open = flapping("retry: 0\n\n");
    const delays: number[] = [];
    const stream = createEventStream({ open, random: () => 0, onReconnect: (i) => delays.push(i.delayMs) });
    const iterator = stream[Symbol.asyncIterator]();
    const pulling = (async () => {
      for (let i = 0; i < 100; i += 1) if ((await iterator.next()).done) return;
    })();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(open.calls).toBeLessThanOrEqual(1 + 1_000 / MIN_RETRY_DELAY_MS);
    expect(open.calls).toBeGreaterThan(1);
    expect(new Set(delays)).toEqual(new Set([MIN_RETRY_DELAY_MS]));
    stream.close();
    await pulling;
  });

  it("a huge retry: waits the 5 minute ceiling, not the 1 ms setTimeout makes of it", async () => {
    vi.useFakeTimers();
    const open = flapping("retry: 1000000000000000\n\n");
    const delays: number[] = [];
    const stream = createEventStream({ open, random: () => 0.999, onReconnect: (i) => delays.push(i.delayMs) });
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    const next = iterator.next();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(open.calls).toBe(1);
    expect(delays).toEqual([MAX_RETRY_DELAY_MS]);
    await vi.advanceTimersByTimeAsync(MAX_RETRY_DELAY_MS);
    expect(open.calls).toBe(2);
    expect((await next).value).toEqual(envelope("evt_2"));
    stream.close();
  });

  it("a Retry-After of 1e12 seconds on a 503 waits the ceiling, then reconnects", async () => {
    vi.useFakeTimers();
    const busy = new Response(null, { status: 503, headers: { "retry-after": "1000000000000" } });
    const open = scriptedOpener([busy, sseResponse([frame(envelope("evt_1"))])]);
    const reconnects: ReconnectInfo[] = [];
    const stream = createEventStream({ open, onReconnect: (i) => reconnects.push(i) });
    const next = stream[Symbol.asyncIterator]().next();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(open.calls).toHaveLength(1);
    expect(reconnects.map((r) => r.delayMs)).toEqual([MAX_RETRY_DELAY_MS]);
    await vi.advanceTimersByTimeAsync(MAX_RETRY_DELAY_MS);
    expect((await next).value).toEqual(envelope("evt_1"));
    stream.close();
  });
});

describe("the idle timeout covers connecting and waiting for headers", () => {
  it("aborts an opener that never answers after idleTimeoutMs, reports idle_timeout and reconnects", async () => {
    vi.useFakeTimers();
    const live = liveResponse();
    const signals: AbortSignal[] = [];
    const reconnects: ReconnectInfo[] = [];
    const open: EventStreamOpener = ({ signal }) => {
      signals.push(signal);
      return signals.length === 1 ? new Promise<Response>(() => {}) : Promise.resolve(live.response);
    };
    const stream = createEventStream({
      open,
      idleTimeoutMs: 5_000,
      lastEventId: "evt_0",
      random: () => 0,
      onReconnect: (i) => reconnects.push(i),
    });
    const next = stream[Symbol.asyncIterator]().next();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals[0]?.aborted).toBe(true);
    const error = reconnects[0]?.error;
    expect(error instanceof EventStreamError && [error.reason, error.message]).toEqual([
      "idle_timeout",
      "No response headers for 5000 ms; reconnecting.",
    ]);
    await vi.advanceTimersByTimeAsync(MIN_RETRY_DELAY_MS);
    expect(signals).toHaveLength(2);
    live.push(frame(envelope("evt_1")));
    expect((await next).value).toEqual(envelope("evt_1"));
    stream.close();
  });

  it("notices a real server on 127.0.0.1 that accepts and never sends headers", async () => {
    const requests: IncomingMessage[] = [];
    server = createServer((request, response) => {
      requests.push(request);
      if (requests.length === 1) return; // accept, then say nothing at all
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.end(frame(envelope("evt_1")));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const client = createXerotierClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: "xero_test", project: "proj_1", maxRetries: 0 });
    const reconnects: ReconnectInfo[] = [];
    const stream = streamEvents(client, { idleTimeoutMs: 300, lastEventId: "evt_0", onReconnect: (i) => reconnects.push(i) });
    const first = await stream[Symbol.asyncIterator]().next();
    stream.close();
    expect(first.value).toEqual(envelope("evt_1"));
    const reason = reconnects[0]?.error;
    expect(reason instanceof EventStreamError && reason.reason).toBe("idle_timeout");
    expect(requests).toHaveLength(2);
  });
});

describe("line endings and odd frames", () => {
  it("yields a CR-terminated event at once, without waiting for another byte", async () => {
    const live = liveResponse();
    const stream = createEventStream({ open: async () => live.response });
    const next = stream[Symbol.asyncIterator]().next();
    live.push(frame(envelope("evt_1")).replaceAll("\n", "\r"));
    expect((await next).value).toEqual(envelope("evt_1"));
    stream.close();
  });
});

describe("ids that cannot be a header, and local errors", () => {
  it("sends an id with a character above U+00FF as the last_event_id query parameter, not a header", async () => {
    const sent: Request[] = [];
    const fetch = async (request: Request): Promise<Response> => {
      sent.push(request);
      if (sent.length === 1) return sseResponse([frame(envelope("evt_☕1"))]);
      if (sent.length === 2) return sseResponse([frame(envelope("evt_2"))]);
      return new Response(null, { status: 204 });
    };
    const client = createXerotierClient({ baseUrl: "https://api.example.test", apiKey: "xero_test", project: "proj_1", fetch });
    const stream = streamEvents(client, { workspaceId: "ws_1", random: () => 0, minDelayMs: 1 });
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual(envelope("evt_☕1"));
    expect((await iterator.next()).value).toEqual(envelope("evt_2"));
    const end = await iterator.next().catch((e: unknown) => e); // the third request gets 204
    expect(end instanceof EventStreamError && end.reason).toBe("no_content");
    const resumed = new URL(sent[1]!.url);
    expect(resumed.searchParams.get("last_event_id")).toBe("evt_☕1");
    expect(resumed.searchParams.get("workspace_id")).toBe("ws_1");
    expect(sent[1]!.headers.get("last-event-id")).toBeNull();
    expect(sent[2]!.headers.get("last-event-id")).toBe("evt_2");
  });

  it("stops at once, with the error, when the opener throws synchronously (a local bug, not the network)", async () => {
    let calls = 0;
    const bug = new RangeError("bad configuration");
    const open: EventStreamOpener = () => {
      calls += 1;
      throw bug;
    };
    await expect(createEventStream({ open })[Symbol.asyncIterator]().next()).rejects.toBe(bug);
    expect(calls).toBe(1);
  });

  it("stops at once when the platform cannot build the request's headers, instead of retrying forever", async () => {
    const open = scriptedOpener([{ throws: new TypeError("Cannot convert argument to a ByteString because the character at index 4 has a value of 9749") }]);
    const error = await createEventStream({ open })[Symbol.asyncIterator]().next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(open.calls).toHaveLength(1);
  });

  it("still reconnects after a network failure that happens to be a TypeError", async () => {
    const open = scriptedOpener([{ throws: new TypeError("fetch failed") }, sseResponse([frame(envelope("evt_1"))])]);
    const next = await createEventStream({ open, minDelayMs: 1, random: () => 0 })[Symbol.asyncIterator]().next();
    expect(next.value).toEqual(envelope("evt_1"));
  });

  it("stops on a 4xx Response the server rejects a request with, typed (no loop)", async () => {
    const open = scriptedOpener([{ throws: httpError(403) }]);
    await expect(createEventStream({ open })[Symbol.asyncIterator]().next()).rejects.toMatchObject({ status: 403 });
    expect(open.calls).toHaveLength(1);
  });
});
