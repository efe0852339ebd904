// End to end, as issue #16 asks: a traced SDK call retried through the reference router's faults
// sends the W3C `traceparent` of its CLIENT span on every attempt (as the router logs them), each
// retry is a span event, and the invocation the router created carries that span's trace id.
import { context, SpanKind, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { createExec } from "@xerotier/exec";
import { DEMO, type RequestLogEntry } from "@xerotier/testing";
import { useRouter } from "@xerotier/testing/vitest";
import { afterEach, beforeEach, expect, it } from "vitest";

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const log: RequestLogEntry[] = [];
const h = useRouter({ clock: "manual", rateLimit: false, onRequest: (entry) => log.push(entry) });

beforeEach(() => {
  exporter.reset();
  log.length = 0;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
});
afterEach(() => {
  trace.disable();
  context.disable();
});

it("sends the call span's traceparent on every retry, and the router records its trace id on the invocation", async () => {
  const exec = createExec(h.client(undefined, { tracing: { tracerProvider: provider }, maxRetries: 2 }));
  h.router.faults.failNext(2, { status: 503, code: "backend_unavailable", retryAfter: 0 });
  const invocation = await exec.invoke({ workspaceId: DEMO.workspaces.staging, tool: DEMO.tools.read, arguments: { resource: "pods" } });

  const [span, ...others] = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT && s.name === "POST /v1/exec/invocations");
  expect(others).toEqual([]);
  const { traceId, spanId } = span!.spanContext();
  const attempts = log.filter((e) => e.method === "POST" && e.path.endsWith("/v1/exec/invocations"));
  expect(attempts.map((e) => e.status)).toEqual([503, 503, 201]);
  expect(attempts.map((e) => e.traceparent)).toEqual(Array(3).fill(`00-${traceId}-${spanId}-01`));
  expect(span!.events.map((e) => e.name)).toEqual(["xerotier.retry", "xerotier.retry"]);
  expect(span!.attributes["http.response.status_code"]).toBe(201);
  expect(invocation.trace_id).toBe(traceId);
});
