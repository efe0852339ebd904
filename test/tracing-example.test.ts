import { startRouter } from "@xerotier/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatSpans, runTracedCalls } from "../examples/tracing/main";

describe("examples/tracing against the reference router", () => {
  let running: Awaited<ReturnType<typeof startRouter>>;
  beforeAll(async () => {
    running = await startRouter({ port: 0, seed: "demo" });
  });
  afterAll(() => running.close());

  it("nests a CLIENT span per call under the caller's span, with the injected 503's retry as an event", async () => {
    const spans = await runTracedCalls(running.url, () => running.router.faults.failNext(1, { status: 503, code: "backend_unavailable" }));
    expect(spans.map((s) => s.name)).toEqual(["GET /v1/exec/approvals", "POST /v1/exec/approvals/{approval_id}/approve", "review pending approvals"]);
    const [list, approve, root] = spans;
    for (const call of [list, approve]) {
      expect(call?.parentSpanContext?.spanId).toBe(root?.spanContext().spanId);
      expect(call?.attributes["http.response.status_code"]).toBe(200);
      expect(call?.attributes["xerotier.request_id"]).toEqual(expect.any(String));
    }
    expect(list?.events.map((e) => e.name)).toEqual(["xerotier.retry"]);
    expect(list?.attributes["http.request.resend_count"]).toBe(1);
    expect(formatSpans(spans).split("\n")[0]).toMatch(/^review pending approvals \(/);
  });
});
