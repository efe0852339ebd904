// Tracing example: every call of the Xerotier client becomes an OpenTelemetry CLIENT span, each
// retry a span event, and every attempt carries a W3C traceparent header. Against the reference
// router (started in process with one injected 503, so the first call retries), the spans are
// collected in memory and printed as a tree.
//
//   pnpm tsx examples/tracing/main.ts
//
// In a real service register your SDK instead (e.g. NodeSDK from @opentelemetry/sdk-node with an
// OTLP exporter): the client then traces with no option at all.
import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { createXerotierClient } from "@xerotier/api";
import { DEMO, startRouter } from "@xerotier/testing";
import { pathToFileURL } from "node:url";

/** Runs a traced list-and-approve against a router at `baseUrl`; returns the finished spans. */
export async function runTracedCalls(baseUrl: string, beforeFirstCall?: () => void): Promise<ReadableSpan[]> {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const client = createXerotierClient({
    baseUrl,
    project: DEMO.project,
    apiKey: "xero_demo_admin",
    tracing: { tracerProvider: provider },
  });
  // The context manager carries the active span across awaits (an SDK's register() does this for you).
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const root = provider.getTracer("examples/tracing").startSpan("review pending approvals");
  await context.with(trace.setSpan(context.active(), root), async () => {
    beforeFirstCall?.();
    const { data } = await client.GET("/v1/exec/approvals", { params: { query: { status: "pending", limit: 5 } } });
    const first = data.data[0];
    if (first) {
      await client.POST("/v1/exec/approvals/{approval_id}/approve", {
        params: { path: { approval_id: first.id } },
        body: { note: "traced" },
      });
    }
  });
  root.end();
  context.disable();
  await provider.forceFlush();
  return exporter.getFinishedSpans();
}

/** One line per span: name, duration, attributes and events, indented under its parent. */
export function formatSpans(spans: readonly ReadableSpan[]): string {
  const lines: string[] = [];
  const print = (span: ReadableSpan, depth: number): void => {
    const ms = span.duration[0] * 1e3 + span.duration[1] / 1e6;
    lines.push(`${"  ".repeat(depth)}${span.name} (${ms.toFixed(1)} ms) ${JSON.stringify(span.attributes)}`);
    for (const event of span.events) lines.push(`${"  ".repeat(depth + 1)}event ${event.name} ${JSON.stringify(event.attributes)}`);
    for (const child of spans) if (child.parentSpanContext?.spanId === span.spanContext().spanId) print(child, depth + 1);
  };
  const roots = spans.filter((span) => !spans.some((p) => p.spanContext().spanId === span.parentSpanContext?.spanId));
  for (const span of roots) print(span, 0);
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const running = await startRouter({ port: 0, seed: "demo" });
  try {
    const spans = await runTracedCalls(running.url, () => running.router.faults.failNext(1, { status: 503, code: "backend_unavailable" }));
    console.log(formatSpans(spans));
  } finally {
    await running.close();
  }
}
