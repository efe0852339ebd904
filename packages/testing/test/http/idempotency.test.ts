import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRouter, type Router } from "../../src/index";
import { assembleRouter } from "../../src/router";
import { caller, joinKeyBody } from "../support/call";

describe("Idempotency-Key (contract §7)", () => {
  let router: Router;
  let call: ReturnType<typeof caller>;
  beforeEach(() => {
    router = createRouter({ clock: "manual", seed: "empty" });
    call = caller(router);
  });
  afterEach(async () => {
    router.conformance.assertClean();
    await router.close();
  });
  const joinKeyCount = () => router.world.joinKeys.list({ limit: 100 }).data.length;
  const mint = (key: string, body: unknown = joinKeyBody(), apiKey = "xero_demo_admin") =>
    call("/v1/management/join-keys", { method: "POST", json: body, key: apiKey, headers: { "idempotency-key": key } });

  it("replays the first response for a repeated key: same status, headers and body bytes, one side effect", async () => {
    const first = await mint("idem-1");
    const second = await mint("idem-1");
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(joinKeyCount()).toBe(1);
  });

  it("marks the replay, and gives it its own x-request-id", async () => {
    const first = await mint("idem-2");
    const second = await mint("idem-2");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
  });

  it("replays an error response too (a 4xx is the answer to that request)", async () => {
    const first = await mint("idem-3", { name: "" });
    const second = await mint("idem-3", { name: "" });
    expect(first.status).toBe(400);
    expect(second.status).toBe(400);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
  });

  it("answers 409 idempotency_key_reused for the same key with a different body", async () => {
    await mint("idem-4", joinKeyBody("first"));
    const response = await mint("idem-4", joinKeyBody("second"));
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({ code: "idempotency_key_reused", param: "Idempotency-Key" });
    expect(joinKeyCount()).toBe(1);
  });

  it("answers 409 idempotency_key_reused for the same key on a different path", async () => {
    const created = (await (await mint("idem-5")).json()) as { id: string };
    const response = await call(`/v1/management/agents/agt_x/curve-rotate`, { method: "POST", headers: { "idempotency-key": "idem-5" } });
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe("idempotency_key_reused");
    expect(created.id).toMatch(/^jk_/);
  });

  it("scopes keys to the API key that sent them", async () => {
    router.apiKeys.add({ key: "xero_demo_ops", project: "proj_demo", scopes: ["management"], name: "ops" });
    await mint("shared-key", joinKeyBody(), "xero_demo_admin");
    const other = await mint("shared-key", joinKeyBody(), "xero_demo_ops");
    expect(other.status).toBe(201);
    expect(other.headers.get("idempotent-replayed")).toBeNull();
    expect(joinKeyCount()).toBe(2);
  });

  it("forgets a key after 24 hours of router clock", async () => {
    await mint("idem-6");
    router.clock.advance(24 * 60 * 60 * 1000 - 1);
    expect((await mint("idem-6")).headers.get("idempotent-replayed")).toBe("true");
    router.clock.advance(1);
    expect((await mint("idem-6")).headers.get("idempotent-replayed")).toBeNull();
    expect(joinKeyCount()).toBe(2);
  });

  it("makes simultaneous duplicates wait for the first and replay it: one side effect", async () => {
    router.faults.latency(30, { method: "POST" }, 1); // the first one is still in flight when the others arrive
    const responses = await Promise.all([mint("idem-7"), mint("idem-7"), mint("idem-7")]);
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(joinKeyCount()).toBe(1);
  });

  it("replays the stored answer when the response was lost after the router handled the request", async () => {
    router.faults.failAfterHandling(1, { status: 503 }); // handled, then answered 503 by the fault layer
    const failed = await mint("idem-8");
    expect(failed.status).toBe(503);
    const retried = await mint("idem-8");
    expect(retried.status).toBe(201);
    expect(retried.headers.get("idempotent-replayed")).toBe("true");
    expect(joinKeyCount()).toBe(1);
  });

  it("does not store a 5xx, so a retry after a server failure runs again", async () => {
    let runs = 0;
    const flaky = assembleRouter({ clock: "manual", seed: "empty", validate: "off" }, (app) => {
      app.post("/:project/v1/exec/invocations", (c) => {
        runs += 1;
        return runs === 1 ? c.json({ error: { message: "down", type: "server_error", code: "backend_unavailable" } }, 503) : c.json({ run: runs }, 201);
      });
    });
    const post = () => caller(flaky)("/v1/exec/invocations", { method: "POST", json: {}, headers: { "idempotency-key": "idem-5xx" } });
    expect((await post()).status).toBe(503);
    expect((await post()).status).toBe(201);
    expect((await post()).headers.get("idempotent-replayed")).toBe("true");
    expect(runs).toBe(2);
    await flaky.close();
  });

  it("rejects a key longer than 255 characters with 400 invalid_request", async () => {
    const response = await mint("k".repeat(256));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_request", param: "Idempotency-Key" });
    expect(joinKeyCount()).toBe(0);
  });

  it("ignores the header on GET", async () => {
    const response = await call("/v1/management/join-keys", { headers: { "idempotency-key": "idem-9" } });
    expect(response.status).toBe(200);
    expect(router.idempotency.size).toBe(0);
  });

  it("treats POSTs without a key as independent", async () => {
    await call("/v1/management/join-keys", { method: "POST", json: joinKeyBody() });
    await call("/v1/management/join-keys", { method: "POST", json: joinKeyBody() });
    expect(joinKeyCount()).toBe(2);
  });
});
