// With a traced client, each helper wait (approvals, exec, agents) is one INTERNAL span named after
// it, carrying the resource id, and the parent of the requests it makes; untraced, there is none.
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { createAgents, CurveRotationTimeoutError, ManifestRefreshTimeoutError } from "@xerotier/agents";
import { ApprovalWaitTimeoutError, createApprovals } from "@xerotier/approvals";
import { createExec, InvocationWaitTimeoutError } from "@xerotier/exec";
import { DEMO } from "@xerotier/testing";
import { useRouter } from "@xerotier/testing/vitest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const { agents: AG, approvals: AP, invocations: INV, joinKeys: JK } = DEMO;
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const h = useRouter({ clock: "manual", rateLimit: false, retryMs: 5 });
const traced = () => h.client(undefined, { tracing: { tracerProvider: provider } });

beforeEach(() => {
  h.router.reset();
  exporter.reset();
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
});
afterEach(() => {
  trace.disable();
  context.disable();
});

/** The one span named `name` (an INTERNAL one), and the finished spans it is the parent of. */
function spanAndChildren(name: string): { span: ReadableSpan; children: ReadableSpan[] } {
  const spans = exporter.getFinishedSpans();
  const [span, ...others] = spans.filter((s) => s.name === name);
  expect(others).toEqual([]);
  expect(span?.kind).toBe(SpanKind.INTERNAL);
  return { span: span!, children: spans.filter((s) => s.parentSpanContext?.spanId === span!.spanContext().spanId) };
}

/** The finished request spans named `name`. */
const requests = (name: string) => exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT && s.name === name);

const APPROVAL_READ = "GET /v1/exec/approvals/{approval_id}";
const INVOCATION_READ = "GET /v1/exec/invocations/{invocation_id}";
const AGENT_READ = "GET /v1/management/agents/{agent_id}";

describe("approvals.waitForDecision", () => {
  it("is xerotier.approvals.wait_for_decision with the approval id, parent of its read", async () => {
    expect((await createApprovals(traced()).waitForDecision(AP.approved, { pollIntervalMs: 5, maxWaitMs: 1_000 })).status).toBe("approved");
    const { span, children } = spanAndChildren("xerotier.approvals.wait_for_decision");
    expect(span.attributes).toEqual({ "xerotier.approval_id": AP.approved });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(children).toEqual(requests(APPROVAL_READ));
    expect(children).toHaveLength(1);
  });

  it("a timeout makes the span an error; every read of the wait is its child", async () => {
    const error = await createApprovals(traced())
      .waitForDecision(AP.pendingDestructive, { pollIntervalMs: 5, maxWaitMs: 40 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApprovalWaitTimeoutError);
    const { span, children } = spanAndChildren("xerotier.approvals.wait_for_decision");
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: "ApprovalWaitTimeoutError" });
    expect(span.attributes["error.type"]).toBe("ApprovalWaitTimeoutError");
    expect(requests(APPROVAL_READ).length).toBeGreaterThan(0);
    expect(children).toEqual(expect.arrayContaining(requests(APPROVAL_READ)));
  });
});

describe("exec.waitForCompletion", () => {
  it("is xerotier.exec.wait_for_completion with the invocation id, parent of its read", async () => {
    expect((await createExec(traced()).waitForCompletion(INV.completed, { maxWaitMs: 1_000 })).status).toBe("completed");
    const { span, children } = spanAndChildren("xerotier.exec.wait_for_completion");
    expect(span.attributes).toEqual({ "xerotier.invocation_id": INV.completed });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(children).toEqual(requests(INVOCATION_READ));
    expect(children).toHaveLength(1);
  });

  it("a timeout makes the span an error; every read of the wait is its child", async () => {
    const error = await createExec(traced())
      .waitForCompletion(INV.running, { maxWaitMs: 40, pollIntervalMs: 5, recheckIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationWaitTimeoutError);
    const { span, children } = spanAndChildren("xerotier.exec.wait_for_completion");
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: "InvocationWaitTimeoutError" });
    expect(requests(INVOCATION_READ).length).toBeGreaterThan(0);
    expect(children).toEqual(expect.arrayContaining(requests(INVOCATION_READ)));
  });
});

describe("agents waits", () => {
  it("waitForHealthy is xerotier.agents.wait_for_healthy with the agent id, parent of its read", async () => {
    await createAgents(traced()).waitForHealthy(AG.fleet01, { maxWaitMs: 1_000, pollIntervalMs: 5 });
    const { span, children } = spanAndChildren("xerotier.agents.wait_for_healthy");
    expect(span.attributes).toEqual({ "xerotier.agent_id": AG.fleet01 });
    expect(children.map((s) => [s.kind, s.name])).toEqual([[SpanKind.CLIENT, AGENT_READ]]);
  });

  it("waitForEnrollment is xerotier.agents.wait_for_enrollment with the join key id, parent of its reads", async () => {
    expect((await createAgents(traced()).waitForEnrollment(JK.consumed, { maxWaitMs: 1_000, pollIntervalMs: 5 })).id).toBe(AG.edge03);
    const { span, children } = spanAndChildren("xerotier.agents.wait_for_enrollment");
    expect(span.attributes).toEqual({ "xerotier.join_key_id": JK.consumed });
    expect(children.map((s) => s.name)).toContain("GET /v1/management/join-keys/{join_key_id}");
    expect(children).toEqual(exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT));
  });

  it("waitForManifestRefresh: a timeout makes xerotier.agents.wait_for_manifest_refresh an error; every read is its child", async () => {
    const before = h.router.world.agents.get(AG.fleet01).manifest;
    const error = await createAgents(traced())
      .waitForManifestRefresh(AG.fleet01, { since: before, maxWaitMs: 40, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestRefreshTimeoutError);
    const { span, children } = spanAndChildren("xerotier.agents.wait_for_manifest_refresh");
    expect(span.attributes).toMatchObject({ "xerotier.agent_id": AG.fleet01, "error.type": "ManifestRefreshTimeoutError" });
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: "ManifestRefreshTimeoutError" });
    expect(requests(AGENT_READ).length).toBeGreaterThan(0);
    expect(children).toEqual(requests(AGENT_READ));
  });

  it("rotateCurveKey: the heartbeat wait is its own span, parent of its reads but not of the rotation's POST", async () => {
    h.router.world.heartbeat(AG.fleet01); // same router instant as the rotation: no confirming heartbeat follows
    const error = await createAgents(traced())
      .rotateCurveKey(AG.fleet01, { confirm: true }, { maxWaitMs: 40, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CurveRotationTimeoutError);
    const { span, children } = spanAndChildren("xerotier.agents.rotate_curve_key.wait_for_heartbeat");
    expect(span.attributes).toMatchObject({ "xerotier.agent_id": AG.fleet01, "error.type": "CurveRotationTimeoutError" });
    expect(children.length).toBeGreaterThan(0);
    expect(children.every((s) => s.name === AGENT_READ)).toBe(true);
    const post = exporter.getFinishedSpans().find((s) => s.attributes["http.request.method"] === "POST");
    expect(post?.parentSpanContext).toBeUndefined();
  });
});

it("no wait makes a span when the client does not trace", async () => {
  await createApprovals(h.client()).waitForDecision(AP.approved, { pollIntervalMs: 5, maxWaitMs: 1_000 });
  await createExec(h.client()).waitForCompletion(INV.completed, { maxWaitMs: 1_000 });
  await createAgents(h.client()).waitForHealthy(AG.fleet01, { maxWaitMs: 1_000, pollIntervalMs: 5 });
  expect(exporter.getFinishedSpans()).toEqual([]);
});
