import { startRouter } from "@xerotier/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatSpans, runTracedCalls } from "../examples/tracing/main";

describe("examples/tracing against the reference router", () => {
  let router: Awaited<ReturnType<typeof startRouter>>;
  beforeAll(async () => {
    router = await startRouter({ port: 0, seed: "demo" });
  });
  afterAll(() => router.close());

  it("nests a CLIENT span per call under the caller's span, with the retry of the injected 503 as an event", async () => {
    const spans = await runTracedCalls(router.url, () => router.router.faults.failNext(1, { status: 503, code: "backend_unavailable" }));
    const names = spans.map((s) => s.name);
    expect(names).toEqual(["GET /v1/exec/approvals", "POST /v1/exec/approvals/{approval_id}/approve", "review pending approvals"]);
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
