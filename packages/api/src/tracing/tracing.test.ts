import * as otelApi from "@opentelemetry/api";
import { context, propagation, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createXerotierClient } from "../client";
import { NotFoundError } from "../errors";
import { globalTracerProviderRegistered } from "./otel-api";
import { withSpan } from "./with-span";

const KEY = "xero_acme_0123456789abcdef";
const APPROVAL = { id: "ap_1", object: "approval", status: "approved" };
const TEMPLATE = "/v1/exec/approvals/{approval_id}";

/** What the local server saw of each request: its path and trace headers. */
interface Seen {
  url: string;
  traceparent: string | undefined;
  tracestate: string | undefined;
}

let server: Server;
let origin: string;
let port: number;
const seen: Seen[] = [];
/** Answers still to give, one per request, before the default 200 (e.g. a 503 to force a retry). */
const script: Array<{ status: number; headers?: Record<string, string> }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({
      url: req.url ?? "",
      traceparent: req.headers.traceparent as string | undefined,
      tracestate: req.headers.tracestate as string | undefined,
    });
    const next = script.shift();
    if (next) {
      res.writeHead(next.status, { "content-type": "application/json", "x-request-id": `req_${next.status}`, ...next.headers });
      res.end(JSON.stringify({ error: { message: "failed", type: "error", code: next.status === 404 ? "approval_not_found" : "backend_unavailable" } }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json", "x-request-id": "req_local" });
    res.end(JSON.stringify(APPROVAL));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

beforeEach(() => {
  seen.splice(0);
  script.splice(0);
  exporter.reset();
});
afterEach(() => {
  trace.disable();
  context.disable();
  propagation.disable();
});

const client = (options: Parameters<typeof createXerotierClient>[0] = {}) =>
  createXerotierClient({ apiKey: KEY, project: "proj_1", baseUrl: origin, ...options });
const getApproval = (xero: ReturnType<typeof client>) =>
  xero.GET(TEMPLATE, { params: { path: { approval_id: APPROVAL.id } } });
const traceparentOf = (span: { spanContext(): { traceId: string; spanId: string } }) =>
  `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`;

describe("a CLIENT span per call", () => {
  it("is named after the method and path template, with the HTTP semantic-convention attributes", async () => {
    const { requestId } = await getApproval(client({ tracing: { tracerProvider: provider } }));
    const [span, ...others] = exporter.getFinishedSpans();
    expect(others).toEqual([]);
    expect(span?.name).toBe(`GET ${TEMPLATE}`);
    expect(span?.kind).toBe(SpanKind.CLIENT);
    expect(span?.instrumentationScope.name).toBe("@xerotier/api");
    expect(span?.attributes).toEqual({
      "http.request.method": "GET",
      "url.template": TEMPLATE,
      "server.address": "127.0.0.1",
      "server.port": port,
      "http.response.status_code": 200,
      "xerotier.request_id": "req_local",
    });
    expect(requestId).toBe("req_local");
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    expect(seen.map((s) => s.traceparent)).toEqual([traceparentOf(span!)]);
  });

  it("records each retry as an event and sends the call's traceparent on every attempt", async () => {
    script.push({ status: 503, headers: { "retry-after": "0" } }, { status: 503, headers: { "retry-after": "0" } });
    await getApproval(client({ tracing: { tracerProvider: provider } }));
    const [span] = exporter.getFinishedSpans();
    expect(seen).toHaveLength(3);
    expect(seen.map((s) => s.traceparent)).toEqual(Array(3).fill(traceparentOf(span!)));
    expect(span?.events.map((e) => [e.name, e.attributes])).toEqual([
      ["xerotier.retry", { "xerotier.retry.attempt": 1, "xerotier.retry.delay_ms": 100, "error.type": "503", "xerotier.request_id": "req_503" }],
      ["xerotier.retry", { "xerotier.retry.attempt": 2, "xerotier.retry.delay_ms": 100, "error.type": "503", "xerotier.request_id": "req_503" }],
    ]);
    expect(span?.attributes["http.request.resend_count"]).toBe(2);
    expect(span?.attributes["http.response.status_code"]).toBe(200);
  });

  it("marks a failed call as an error with error.type = the status", async () => {
    script.push({ status: 404 });
    await expect(getApproval(client({ tracing: { tracerProvider: provider } }))).rejects.toBeInstanceOf(NotFoundError);
    const [span] = exporter.getFinishedSpans();
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: "NotFoundError" });
    expect(span?.attributes).toMatchObject({ "error.type": "404", "http.response.status_code": 404, "xerotier.request_id": "req_404" });
  });

  it("names a connection failure's error.type after the error class, without a status", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const xero = client({ baseUrl: `http://127.0.0.1:${closedPort}`, maxRetries: 0, tracing: { tracerProvider: provider } });
    await expect(xero.GET("/v1/exec/tools")).rejects.toMatchObject({ name: "APIConnectionError" });
    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe("GET /v1/exec/tools");
    expect(span?.attributes["error.type"]).toBe("APIConnectionError");
    expect(span?.attributes["http.response.status_code"]).toBeUndefined();
  });

  it("is a child of the active span", async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    const tracer = provider.getTracer("test");
    const parent = await tracer.startActiveSpan("parent", async (span) => {
      await getApproval(client({ tracing: { tracerProvider: provider } }));
      span.end();
      return span;
    });
    const call = exporter.getFinishedSpans().find((s) => s.name === `GET ${TEMPLATE}`);
    expect(call?.spanContext().traceId).toBe(parent.spanContext().traceId);
    expect(call?.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
  });

  it("traces the openapi-fetch path too (middleware registered), with the template", async () => {
    const xero = client({ tracing: { tracerProvider: provider } });
    xero.use({ onRequest: () => undefined });
    await getApproval(xero);
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes["url.template"]).toBe(TEMPLATE);
    expect(seen.map((s) => s.traceparent)).toEqual([traceparentOf(span!)]);
  });

  it("uses the registered propagator when there is one", async () => {
    propagation.setGlobalPropagator({
      inject: (_context, carrier, setter) => setter.set(carrier, "x-test-trace", "from-propagator"),
      extract: (ctx) => ctx,
      fields: () => ["x-test-trace"],
    });
    let header: string | undefined;
    const xero = client({
      tracing: { tracerProvider: provider },
      fetch: async (request) => {
        header = request.headers.get("x-test-trace") ?? undefined;
        return new Response("{}", { headers: { "content-type": "application/json" } });
      },
    });
    await xero.GET("/v1/exec/tools");
    expect(header).toBe("from-propagator");
  });
});

describe("when tracing is on", () => {
  it("follows a globally registered tracer provider without any option", async () => {
    expect(globalTracerProviderRegistered()).toBe(false);
    trace.setGlobalTracerProvider(provider);
    expect(globalTracerProviderRegistered()).toBe(true);
    await getApproval(client());
    expect(exporter.getFinishedSpans().map((s) => s.name)).toEqual([`GET ${TEMPLATE}`]);
    expect(seen[0]?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it("uses the @opentelemetry/api module given as tracing.api (for bundled apps)", async () => {
    const active = vi.fn(() => otelApi.ROOT_CONTEXT);
    const given = { ...otelApi, context: { active } } as unknown as typeof otelApi;
    await getApproval(client({ tracing: { tracerProvider: provider, api: given } }));
    expect(active).toHaveBeenCalledTimes(1);
    expect(exporter.getFinishedSpans().map((s) => s.name)).toEqual([`GET ${TEMPLATE}`]);
  });

  it("never fails a call: a provider that throws leaves the call untraced", async () => {
    const broken = { getTracer: () => { throw new Error("broken provider"); } };
    const { data } = await getApproval(client({ tracing: { tracerProvider: broken } }));
    expect(data).toEqual(APPROVAL);
    expect(seen.map((s) => s.traceparent)).toEqual([undefined]);
  });

  it("is off with no provider: no span and no traceparent", async () => {
    await getApproval(client());
    expect(exporter.getFinishedSpans()).toEqual([]);
    expect(seen.map((s) => s.traceparent)).toEqual([undefined]);
  });

  it("is off for a client with enabled: false, even with a global provider", async () => {
    trace.setGlobalTracerProvider(provider);
    await getApproval(client({ tracing: { enabled: false } }));
    expect(exporter.getFinishedSpans()).toEqual([]);
    expect(seen.map((s) => s.traceparent)).toEqual([undefined]);
  });
});

describe("withSpan (for helpers: stream reconnects, waits)", () => {
  it("wraps work in a span whose client calls are its children", async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    const xero = client({ tracing: { tracerProvider: provider } });
    const data = await withSpan(xero, "xerotier.wait", { "xerotier.approval_id": APPROVAL.id }, async () => (await getApproval(xero)).data);
    expect(data).toEqual(APPROVAL);
    const spans = exporter.getFinishedSpans();
    const wait = spans.find((s) => s.name === "xerotier.wait");
    const call = spans.find((s) => s.name === `GET ${TEMPLATE}`);
    expect(wait?.kind).toBe(SpanKind.INTERNAL);
    expect(wait?.attributes).toEqual({ "xerotier.approval_id": APPROVAL.id });
    expect(call?.parentSpanContext?.spanId).toBe(wait?.spanContext().spanId);
  });

  it("marks a rejection as an error and rethrows it", async () => {
    const xero = client({ tracing: { tracerProvider: provider } });
    const failure = new RangeError("gave up");
    await expect(withSpan(xero, "xerotier.wait", {}, () => Promise.reject(failure))).rejects.toBe(failure);
    const [span] = exporter.getFinishedSpans();
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: "RangeError" });
    expect(span?.attributes["error.type"]).toBe("RangeError");
  });

  it("just runs the work when the client does not trace", async () => {
    const value = await withSpan(client(), "xerotier.wait", {}, async () => 42);
    expect(value).toBe(42);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it("starts untraced work at once, before any await (no cost when tracing is off)", async () => {
    let started = false;
    const running = withSpan(client(), "xerotier.wait", {}, async () => {
      started = true;
    });
    expect(started).toBe(true);
    await running;
  });

  it("lets the work add attributes it learns on the way", async () => {
    const xero = client({ tracing: { tracerProvider: provider } });
    await withSpan(xero, "xerotier.wait", { "xerotier.approval_id": APPROVAL.id }, async (notes) => notes.set("xerotier.attempt", 3));
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes).toEqual({ "xerotier.approval_id": APPROVAL.id, "xerotier.attempt": 3 });
  });

  it("never fails the work: a provider that throws leaves it untraced", async () => {
    const broken = { getTracer: () => { throw new Error("broken provider"); } };
    const value = await withSpan(client({ tracing: { tracerProvider: broken } }), "xerotier.wait", {}, async () => 42);
    expect(value).toBe(42);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
