// Each reconnect of a traced client's event stream is a span: its backoff wait and its reopen.
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createXerotierClient } from "../client";
import { collect, envelope, frame, sseResponse } from "../events/__fixtures__/harness";
import { streamEvents } from "../events/stream-events";

const KEY = "xero_acme_0123456789abcdef";
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

beforeEach(() => {
  exporter.reset();
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
});
afterEach(() => {
  trace.disable();
  context.disable();
});

/** The server's answers, one per connection: an event then a clean close, a 503, another event, then 204 (the end). */
function scriptedServer(): { fetch: (request: Request) => Promise<Response>; lastEventIds: Array<string | null> } {
  const lastEventIds: Array<string | null> = [];
  const answers = [
    () => sseResponse([frame(envelope("evt_1"))]),
    () => new Response(JSON.stringify({ error: { message: "down", type: "error", code: "backend_unavailable" } }), { status: 503, headers: { "content-type": "application/json" } }),
    () => sseResponse([frame(envelope("evt_2"))]),
    () => new Response(null, { status: 204 }),
  ];
  const fetch = async (request: Request): Promise<Response> => {
    lastEventIds.push(request.headers.get("last-event-id"));
    return (answers[lastEventIds.length - 1] ?? answers[3]!)();
  };
  return { fetch, lastEventIds };
}

const client = (server: ReturnType<typeof scriptedServer>, traced: boolean) =>
  createXerotierClient({ apiKey: KEY, project: "proj_1", maxRetries: 0, fetch: server.fetch, ...(traced ? { tracing: { tracerProvider: provider } } : {}) });
const FAST = { baseDelayMs: 1, maxDelayMs: 5, minDelayMs: 1, random: () => 0.5 };
const reconnects = (spans: ReadableSpan[]) => spans.filter((span) => span.name === "xerotier.events.reconnect");

describe("event stream reconnect spans", () => {
  it("makes one INTERNAL span per reconnect, with its attempt, resume point and outcome", async () => {
    const server = scriptedServer();
    const items = await collect(streamEvents(client(server, true), FAST), 10);
    expect(items.map((item) => (item as { id: string }).id)).toEqual(["evt_1", "evt_2"]);
    expect(server.lastEventIds).toEqual([null, "evt_1", "evt_1", "evt_2"]);

    const spans = reconnects(exporter.getFinishedSpans());
    expect(spans.map((span) => span.kind)).toEqual([SpanKind.INTERNAL, SpanKind.INTERNAL, SpanKind.INTERNAL]);
    expect(spans.map((span) => span.attributes["xerotier.stream.attempt"])).toEqual([1, 2, 1]);
    expect(spans.map((span) => span.attributes["xerotier.stream.last_event_id"])).toEqual(["evt_1", "evt_1", "evt_2"]);
    expect(spans.every((span) => typeof span.attributes["xerotier.stream.delay_ms"] === "number")).toBe(true);
    // The 503 reopen failed and was retried; the 204 ended the stream.
    expect(spans.map((span) => span.attributes["error.type"])).toEqual(["503", undefined, "EventStreamError"]);
    expect(spans.map((span) => span.status.code)).toEqual([SpanStatusCode.UNSET, SpanStatusCode.UNSET, SpanStatusCode.ERROR]);
  });

  it("is the parent of its reopen's request span; the first connection has none", async () => {
    const server = scriptedServer();
    await collect(streamEvents(client(server, true), FAST), 10);
    const spans = exporter.getFinishedSpans();
    const requests = spans.filter((span) => span.kind === SpanKind.CLIENT);
    const parents = reconnects(spans).map((span) => span.spanContext().spanId);
    expect(requests).toHaveLength(4);
    expect(requests[0]?.parentSpanContext).toBeUndefined();
    expect(requests.slice(1).map((span) => span.parentSpanContext?.spanId)).toEqual(parents);
  });

  it("never carries the API key", async () => {
    await collect(streamEvents(client(scriptedServer(), true), FAST), 10);
    const recorded = JSON.stringify(exporter.getFinishedSpans().map((span) => [span.name, span.attributes, span.events]));
    expect(recorded).not.toContain(KEY);
  });

  it("makes no span when the client does not trace, and the stream behaves the same", async () => {
    const server = scriptedServer();
    const items = await collect(streamEvents(client(server, false), FAST), 10);
    expect(items).toHaveLength(2);
    expect(server.lastEventIds).toEqual([null, "evt_1", "evt_1", "evt_2"]);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
