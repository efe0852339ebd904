import { describe, expect, it } from "vitest";
import { errorOf, useWireRouter } from "./wire";

const TOOLS = "/proj_demo/v1/exec/tools";

describe("idempotency memory is bounded", () => {
  const wire = useWireRouter({ seed: "empty", idempotencyMaxEntries: 5 });
  const create = (key: string) =>
    wire.send("/proj_demo/v1/management/join-keys", {
      method: "POST",
      key: "xero_demo_admin",
      headers: { "idempotency-key": key },
      json: { name: `edge-${key}`, region: "us-east-1", router_addr: "tcp://router.example.com:5555" },
    });

  it("forgets entries once the 24 h window has passed on the router clock", async () => {
    await (await create("ttl")).body?.cancel();
    expect(wire.running.router.idempotency.size).toBe(1);
    wire.running.router.clock.advance(24 * 60 * 60 * 1000);
    expect(wire.running.router.idempotency.size).toBe(0);
  });

  it("keeps at most its size cap, forgetting the oldest first", async () => {
    for (let i = 0; i < 8; i += 1) await (await create(`cap-${i}`)).body?.cancel();
    expect(wire.running.router.idempotency.size).toBe(5);
    const newest = await create("cap-7");
    expect(newest.headers.get("idempotent-replayed")).toBe("true");
    await newest.body?.cancel();
  });
});

describe("requests with bad keys are rate limited", () => {
  const wire = useWireRouter({ seed: "empty", rateLimit: { limit: 5, windowMs: 60_000 } });

  it("answers 429 once the shared window of failed attempts is spent, and a good key still works", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await wire.send(TOOLS, { key: `xero_guess_${i}` });
      statuses.push(response.status);
      await response.body?.cancel();
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const good = await wire.send(TOOLS, { key: "xero_demo_admin" });
    expect(good.status).toBe(200);
    await good.body?.cancel();
  });
});

describe("event ids across a reset", () => {
  const wire = useWireRouter({ seed: "demo" });

  it("are never reused, and a Last-Event-ID from before the reset gets stream.reset", async () => {
    const before = wire.running.router.world.events.latestId()!;
    const reset = await wire.send("/_router/reset", { method: "POST", json: {} });
    expect(reset.status).toBe(200);
    await reset.body?.cancel();
    const after = wire.running.router.world.events.list().map((e) => e.id);
    expect(after.every((id) => id > before)).toBe(true);

    const controller = new AbortController();
    const stream = await wire.send("/proj_demo/v1/exec/events", { key: "xero_demo_admin", headers: { "last-event-id": before }, signal: controller.signal });
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    for (let reads = 0; reads < 20 && !text.includes("stream.reset"); reads += 1) text += (await reader.read()).value ?? "";
    controller.abort();
    expect(text).toContain("stream.reset");
  });
});

describe("fault delays", () => {
  const wire = useWireRouter({ seed: "empty" });

  it("refuse a latency a timer cannot honour (>= 2^31 ms) or beyond the cap, with a 400", async () => {
    for (const ms of [2 ** 31, 600_001, -1]) {
      const response = await wire.send("/_router/faults", { method: "POST", json: { kind: "latency", ms } });
      expect(response.status, String(ms)).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: "invalid_request" });
    }
    expect(wire.running.router.faults.list()).toEqual([]);
  });

  it("name the field of an out-of-range duration (ms, retryAfter) in the 400, and the in-process API refuses the same values", async () => {
    for (const [body, param] of [
      [{ kind: "latency", ms: 3e9 }, "ms"],
      [{ kind: "latency", ms: "soon" }, "ms"],
      [{ kind: "failNext", status: 503, retryAfter: -1 }, "retryAfter"],
      [{ kind: "failNext", status: 503, retryAfter: "later" }, "retryAfter"],
    ] as const) {
      const response = await wire.send("/_router/faults", { method: "POST", json: body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: "invalid_request", param });
    }
    expect(() => wire.running.router.faults.latency(3e9)).toThrow(RangeError);
    expect(() => wire.running.router.faults.failNext(1, { status: 503, retryAfter: -1 })).toThrow(RangeError);
    expect(wire.running.router.faults.list()).toEqual([]);
  });

  it("a hang whose handle is cancelled answers the request it holds normally", async () => {
    const hang = wire.running.router.faults.hang({ path: "/v1/exec/tools" });
    const pending = wire.send(TOOLS, { key: "xero_demo_admin" });
    for (let i = 0; i < 400 && hang.triggered === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(hang.triggered).toBe(1);
    hang.cancel();
    const response = await pending;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { object: string }).object).toBe("list");
  });

  it("match the decoded path, as routing does", async () => {
    wire.running.router.faults.failNext(1, { status: 503, match: { path: "/v1/exec/tools" } });
    const response = await wire.send("/proj_demo/v1/%65xec/tools", { key: "xero_demo_admin" });
    expect(response.status).toBe(503);
    await response.body?.cancel();
  });

  it("a hang released by DELETE /_router/faults answers the request normally, not an empty 499", async () => {
    const hang = wire.running.router.faults.hang({ path: "/v1/exec/tools" });
    const pending = wire.send(TOOLS, { key: "xero_demo_admin" });
    // Bounded wait until the request is actually held.
    for (let i = 0; i < 400 && hang.triggered === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(hang.triggered).toBe(1);
    const released = await wire.send("/_router/faults", { method: "DELETE", headers: { "content-type": "application/json" } });
    await released.body?.cancel();
    const response = await pending;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { object: string }).object).toBe("list");
  });
});

describe("a hang when the router closes", () => {
  const wire = useWireRouter({ seed: "empty" });

  it("answers the held request 503 router_closing, an envelope with a request id, instead of leaving it without an answer", async () => {
    const hang = wire.running.router.faults.hang({ path: "/v1/exec/tools" });
    const pending = wire.send(TOOLS, { key: "xero_demo_admin" });
    for (let i = 0; i < 400 && hang.triggered === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(hang.triggered).toBe(1);
    await wire.running.close();
    const response = await pending;
    expect(response.status).toBe(503);
    expect(response.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{16}$/);
    expect(await errorOf(response)).toMatchObject({ code: "router_closing", type: "server_error" });
  });
});
