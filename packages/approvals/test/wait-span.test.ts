// With a traced client, waitForDecision is one INTERNAL span, parent of every read it makes.
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { DEMO } from "@xerotier/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApprovalWaitTimeoutError, createApprovals } from "../src/index";
import { useApprovalsRouter } from "./support";

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const SPAN = "xerotier.approvals.wait_for_decision";
const READ = "GET /v1/exec/approvals/{approval_id}";

/** The one wait span, and the approval reads among the finished spans. */
function waitAndReads(): { wait: ReadableSpan; reads: ReadableSpan[] } {
  const spans = exporter.getFinishedSpans();
  const [wait, ...others] = spans.filter((s) => s.name === SPAN);
  expect(others).toEqual([]);
  expect(wait?.kind).toBe(SpanKind.INTERNAL);
  return { wait: wait!, reads: spans.filter((s) => s.name === READ) };
}

describe("waitForDecision span", () => {
  const h = useApprovalsRouter();
  const approvals = () => createApprovals(h.client(undefined, { tracing: { tracerProvider: provider } }));
  beforeEach(() => {
    h.router.reset();
    exporter.reset();
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  });
  afterEach(() => {
    trace.disable();
    context.disable();
  });

  it("is named xerotier.approvals.wait_for_decision, carries the approval id, and is the parent of its read", async () => {
    const approval = await approvals().waitForDecision(DEMO.approvals.approved, { pollIntervalMs: 5, timeoutMs: 1_000 });
    expect(approval.status).toBe("approved");
    const { wait, reads } = waitAndReads();
    expect(wait.attributes).toEqual({ "xerotier.approval_id": DEMO.approvals.approved });
    expect(wait.status.code).toBe(SpanStatusCode.UNSET);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.kind).toBe(SpanKind.CLIENT);
    expect(reads[0]?.parentSpanContext?.spanId).toBe(wait.spanContext().spanId);
  });

  it("a timeout marks the span as an error; every read of the wait is its child", async () => {
    const error = await approvals()
      .waitForDecision(DEMO.approvals.pendingDestructive, { pollIntervalMs: 5, timeoutMs: 40 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApprovalWaitTimeoutError);
    const { wait, reads } = waitAndReads();
    expect(wait.status).toEqual({ code: SpanStatusCode.ERROR, message: "ApprovalWaitTimeoutError" });
    expect(wait.attributes["error.type"]).toBe("ApprovalWaitTimeoutError");
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.map((s) => s.parentSpanContext?.spanId)).toEqual(reads.map(() => wait.spanContext().spanId));
  });

  it("makes no span when the client does not trace", async () => {
    await createApprovals(h.client()).waitForDecision(DEMO.approvals.approved, { pollIntervalMs: 5, timeoutMs: 1_000 });
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
