// With a traced client, waitForCompletion is one INTERNAL span, parent of every read it makes.
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { DEMO } from "@xerotier/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createExec, InvocationWaitTimeoutError } from "../src/index";
import { useRouter } from "./support";

const { invocations: INV } = DEMO;
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const SPAN = "xerotier.exec.wait_for_completion";
const READ = "GET /v1/exec/invocations/{invocation_id}";

/** The one wait span, and the invocation reads among the finished spans. */
function waitAndReads(): { wait: ReadableSpan; reads: ReadableSpan[] } {
  const spans = exporter.getFinishedSpans();
  const [wait, ...others] = spans.filter((s) => s.name === SPAN);
  expect(others).toEqual([]);
  expect(wait?.kind).toBe(SpanKind.INTERNAL);
  return { wait: wait!, reads: spans.filter((s) => s.name === READ) };
}

describe("waitForCompletion span", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  const exec = () => createExec(h.client(undefined, { tracing: { tracerProvider: provider } }));
  beforeEach(() => {
    h.router.reset();
    exporter.reset();
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  });
  afterEach(() => {
    trace.disable();
    context.disable();
  });

  it("is named xerotier.exec.wait_for_completion, carries the invocation id, and is the parent of its read", async () => {
    expect((await exec().waitForCompletion(INV.completed, { timeoutMs: 1_000 })).status).toBe("completed");
    const { wait, reads } = waitAndReads();
    expect(wait.attributes).toEqual({ "xerotier.invocation_id": INV.completed });
    expect(wait.status.code).toBe(SpanStatusCode.UNSET);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.kind).toBe(SpanKind.CLIENT);
    expect(reads[0]?.parentSpanContext?.spanId).toBe(wait.spanContext().spanId);
  });

  it("a timeout marks the span as an error; every read of the wait, polled or stream-woken, is its child", async () => {
    const error = await exec()
      .waitForCompletion(INV.running, { timeoutMs: 40, pollIntervalMs: 5, recheckIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationWaitTimeoutError);
    const { wait, reads } = waitAndReads();
    expect(wait.status).toEqual({ code: SpanStatusCode.ERROR, message: "InvocationWaitTimeoutError" });
    expect(wait.attributes["error.type"]).toBe("InvocationWaitTimeoutError");
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.map((s) => s.parentSpanContext?.spanId)).toEqual(reads.map(() => wait.spanContext().spanId));
  });

  it("makes no span when the client does not trace", async () => {
    await createExec(h.client()).waitForCompletion(INV.completed, { timeoutMs: 1_000 });
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
