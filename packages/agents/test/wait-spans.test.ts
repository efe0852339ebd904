// With a traced client, each agents wait is one INTERNAL span, parent of the requests it makes.
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { DEMO } from "@xerotier/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAgents, CurveRotationTimeoutError, ManifestRefreshTimeoutError } from "../src/index";
import { useRouter } from "./support";

const { agents: AG, joinKeys: JK } = DEMO;
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

/** The one span named `name`, and the request spans it is the parent of. */
function spanAndChildren(name: string): { span: ReadableSpan; children: ReadableSpan[] } {
  const spans = exporter.getFinishedSpans();
  const [span, ...others] = spans.filter((s) => s.name === name);
  expect(others).toEqual([]);
  expect(span?.kind).toBe(SpanKind.INTERNAL);
  return { span: span!, children: spans.filter((s) => s.parentSpanContext?.spanId === span!.spanContext().spanId) };
}

describe("agents wait spans", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  const agents = () => createAgents(h.client(undefined, { tracing: { tracerProvider: provider } }));
  beforeEach(() => {
    h.router.reset();
    exporter.reset();
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  });
  afterEach(() => {
    trace.disable();
    context.disable();
  });

  it("waitForHealthy: xerotier.agents.wait_for_healthy with the agent id, parent of its read", async () => {
    await agents().waitForHealthy(AG.fleet01, { timeoutMs: 1_000, pollIntervalMs: 5 });
    const { span, children } = spanAndChildren("xerotier.agents.wait_for_healthy");
    expect(span.attributes).toEqual({ "xerotier.agent_id": AG.fleet01 });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(children.map((s) => [s.kind, s.name])).toEqual([[SpanKind.CLIENT, "GET /v1/management/agents/{agent_id}"]]);
  });

  it("waitForEnrollment: xerotier.agents.wait_for_enrollment with the join key id, parent of its reads", async () => {
    const agent = await agents().waitForEnrollment(JK.consumed, { timeoutMs: 1_000, pollIntervalMs: 5 });
    expect(agent.id).toBe(AG.edge03);
    const { span, children } = spanAndChildren("xerotier.agents.wait_for_enrollment");
    expect(span.attributes).toEqual({ "xerotier.join_key_id": JK.consumed });
    expect(children.map((s) => s.name)).toContain("GET /v1/management/join-keys/{join_key_id}");
    expect(children.every((s) => s.kind === SpanKind.CLIENT)).toBe(true);
  });

  it("waitForManifestRefresh: a timeout marks xerotier.agents.wait_for_manifest_refresh as an error; every read is its child", async () => {
    const before = h.router.world.agents.get(AG.fleet01).manifest;
    const error = await agents()
      .waitForManifestRefresh(AG.fleet01, { since: before, timeoutMs: 40, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestRefreshTimeoutError);
    const { span, children } = spanAndChildren("xerotier.agents.wait_for_manifest_refresh");
    expect(span.attributes).toMatchObject({ "xerotier.agent_id": AG.fleet01, "error.type": "ManifestRefreshTimeoutError" });
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: "ManifestRefreshTimeoutError" });
    const reads = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT);
    expect(reads.length).toBeGreaterThan(0);
    expect(children).toEqual(reads);
  });

  it("rotateCurveKey: the heartbeat wait is its own span, parent of its reads but not of the rotation's POST", async () => {
    h.router.world.heartbeat(AG.fleet01); // same router instant as the rotation: no confirming heartbeat follows
    const error = await agents()
      .rotateCurveKey(AG.fleet01, { confirm: true }, { timeoutMs: 40, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CurveRotationTimeoutError);
    const { span, children } = spanAndChildren("xerotier.agents.rotate_curve_key.wait_for_heartbeat");
    expect(span.attributes).toMatchObject({ "xerotier.agent_id": AG.fleet01, "error.type": "CurveRotationTimeoutError" });
    expect(children.length).toBeGreaterThan(0);
    expect(children.every((s) => s.name === "GET /v1/management/agents/{agent_id}")).toBe(true);
    const post = exporter.getFinishedSpans().find((s) => s.attributes["http.request.method"] === "POST");
    expect(post?.parentSpanContext).toBeUndefined();
  });

  it("makes no span when the client does not trace", async () => {
    await createAgents(h.client()).waitForHealthy(AG.fleet01, { timeoutMs: 1_000, pollIntervalMs: 5 });
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
