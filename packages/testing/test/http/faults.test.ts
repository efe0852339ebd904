import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRouter, type Router } from "../../src/index";
import { caller, joinKeyBody } from "../support/call";

describe("fault injection (router.faults)", () => {
  let router: Router;
  let call: ReturnType<typeof caller>;
  beforeEach(() => {
    router = createRouter({ clock: "manual", seed: "empty" });
    call = caller(router);
  });
  afterEach(async () => {
    router.conformance.assertClean(); // injected answers are exempt from the spec check
    await router.close();
  });

  describe("failNext", () => {
    it("fails exactly the next N requests with the envelope, then lets requests through", async () => {
      const fault = router.faults.failNext(2, { status: 503, code: "backend_unavailable", message: "Backend is down." });
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await call("/v1/exec/tools")).status);
      expect(statuses).toEqual([503, 503, 200]);
      expect(fault.triggered).toBe(2);
      expect(fault.remaining).toBe(0);
    });

    it("answers the envelope with the given code and message, defaulting the code by status", async () => {
      router.faults.failNext(1, { status: 503, message: "Backend is down." });
      const response = await call("/v1/exec/tools");
      expect(await response.json()).toEqual({
        error: { message: "Backend is down.", type: "server_error", code: "backend_unavailable", param: null },
      });
    });

    it("answers a 429 with Retry-After, retry_after, retry_strategy and the x-ratelimit-* headers", async () => {
      router.faults.failNext(1, { status: 429, code: "quota_exceeded", retryAfter: 30 });
      const response = await call("/v1/exec/tools");
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("x-ratelimit-reset")).toBe("30");
      expect((await response.json()).error).toMatchObject({ code: "quota_exceeded", type: "rate_limit_error", retry_after: 30 });
    });

    it("can answer an nginx-style HTML 502 page instead of an envelope", async () => {
      router.faults.failNext(1, { status: 502, html: true });
      const response = await call("/v1/exec/tools");
      expect(response.status).toBe(502);
      expect(response.headers.get("content-type")).toBe("text/html");
      expect(await response.text()).toContain("<title>502 Bad Gateway</title>");
    });

    it("only fails requests matching method and path (string or RegExp, without the project segment)", async () => {
      router.faults.failNext(1, { status: 500, match: { method: "POST", path: "/v1/management/join-keys" } });
      router.faults.failNext(1, { status: 503, match: { path: /^\/v1\/exec\/invocations\/[^/]+$/ } });
      expect((await call("/v1/management/join-keys")).status).toBe(200);
      expect((await call("/v1/exec/invocations")).status).toBe(200);
      expect((await call("/v1/management/join-keys", { method: "POST", json: joinKeyBody() })).status).toBe(500);
      expect((await call("/v1/exec/invocations/inv_123")).status).toBe(503);
      expect((await call("/v1/exec/invocations/inv_123")).status).toBe(404);
    });

    it("answers before auth and before the handler runs", async () => {
      router.faults.failNext(1, { status: 503 });
      expect((await call("/v1/management/join-keys", { method: "POST", json: joinKeyBody(), key: null })).status).toBe(503);
      expect(router.world.joinKeys.list().data).toEqual([]);
    });

    it("never touches the /_router control endpoints", async () => {
      router.faults.failNext(1, { status: 503 });
      expect((await call("/_router/faults", { key: null })).status).toBe(200);
      expect((await call("/v1/exec/tools")).status).toBe(503);
    });

    it("rejects nonsense arguments at once", () => {
      expect(() => router.faults.failNext(0, { status: 503 })).toThrow(RangeError);
      expect(() => router.faults.failNext(1, { status: 99 })).toThrow(RangeError);
    });
  });

  describe("failAfterHandling", () => {
    it("runs the request, then answers the failure instead (the response lost on the way back)", async () => {
      router.faults.failAfterHandling(1, { status: 503, match: { method: "POST" } });
      const response = await call("/v1/management/join-keys", { method: "POST", json: joinKeyBody() });
      expect(response.status).toBe(503);
      expect(router.world.joinKeys.list().data).toHaveLength(1);
    });
  });

  describe("latency", () => {
    it("delays matching requests and still answers them", async () => {
      const fault = router.faults.latency(5, { path: "/v1/exec/tools" });
      expect((await call("/v1/exec/tools")).status).toBe(200);
      expect((await call("/v1/exec/tools")).status).toBe(200);
      expect(fault.triggered).toBe(2);
      expect(fault.remaining).toBe(Infinity);
    });

    it("gives up waiting when the caller aborts", async () => {
      router.faults.latency(60_000);
      const controller = new AbortController();
      const pending = call("/v1/exec/tools", { signal: controller.signal });
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    });
  });

  describe("hang", () => {
    it("never answers until the caller aborts, then serves the next request normally", async () => {
      const fault = router.faults.hang({ path: "/v1/exec/tools" });
      const controller = new AbortController();
      const pending = call("/v1/exec/tools", { signal: controller.signal });
      let settled = false;
      pending.then(
        () => (settled = true),
        () => (settled = true),
      );
      for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(false);
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: "AbortError" });
      expect(fault.triggered).toBe(1);
      expect((await call("/v1/exec/tools")).status).toBe(200);
    });

    it("is released by reset() and by close(), so nothing leaks: a released request is answered normally", async () => {
      router.faults.hang(undefined, 2);
      const first = call("/v1/exec/tools");
      router.faults.reset();
      const released = await first;
      expect(released.status).toBe(200);
      expect((await released.json()).object).toBe("list");
      const second = call("/v1/exec/tools");
      expect((await call("/v1/exec/tools")).status).toBe(200); // reset disarmed the second hang
      expect((await second).status).toBe(200);
    });
  });

  it("reset() disarms every fault", async () => {
    router.faults.failNext(5, { status: 503 });
    router.faults.cutStreamAfterEvents(1);
    expect(router.faults.list()).toHaveLength(2);
    router.faults.reset();
    expect(router.faults.list()).toEqual([]);
    expect((await call("/v1/exec/tools")).status).toBe(200);
  });

  it("a fault handle can be cancelled on its own", async () => {
    const fault = router.faults.failNext(3, { status: 503 });
    fault.cancel();
    expect((await call("/v1/exec/tools")).status).toBe(200);
    expect(fault.triggered).toBe(0);
  });
});
