/**
 * Every agents method and wait ends with its options, and they reach the wire: an abort of an
 * aggregate call or a wait rejects with APIUserAbortError, `idempotencyKey` is the key the router
 * sees, and a wait passes `maxRetries` to each read and clamps its poll interval; a wait's `maxWaitMs` bounds the whole wait. What every package shares (abort, `timeoutMs`,
 * `maxRetries` of one read) is the table in test/contract/request-options.test.ts.
 */
import { APITimeoutError, APIUserAbortError, ConflictError, ServiceUnavailableError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createAgents } from "../src/index";
import { countRequests, tick, useRouter } from "./support";

const { agents: AG, workspaces: WS } = DEMO;
const h = useRouter({ clock: "manual", rateLimit: false });
beforeEach(() => h.router.reset());

const agentPath = /^\/v1\/management\/agents\/[^/]+$/;

/** Aborts `controller` once the router holds the hung request (the fault has fired). */
async function abortWhenHung(controller: AbortController, hung: { readonly triggered: number }): Promise<void> {
  for (let i = 0; i < 500 && hung.triggered === 0; i++) await tick(10);
  controller.abort(new Error("operator pressed Ctrl-C"));
}

describe("signal", () => {
  it("pauseWorkspace(): an abort rejects the whole call with APIUserAbortError instead of reporting it per agent", async () => {
    const hung = h.router.faults.hang({ method: "POST" });
    const controller = new AbortController();
    const pausing = createAgents(h.client()).pauseWorkspace(WS.prod, { signal: controller.signal });
    await abortWhenHung(controller, hung);
    await expect(pausing).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("waitForHealthy(): aborting the wait between two reads rejects with APIUserAbortError", async () => {
    h.router.agents.setStatus(AG.fleet01, "degraded");
    const controller = new AbortController();
    const waiting = createAgents(h.client()).waitForHealthy(AG.fleet01, { signal: controller.signal, pollIntervalMs: 5, maxWaitMs: 60_000 });
    await tick(50);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe("idempotencyKey", () => {
  it("createJoinKey() sends it: a retry from another process gets the same key back, a different input is a 409", async () => {
    const input = { name: "edge-west", region: "us-west-2", routerAddr: "tcp://router.example.com:5555" };
    const first = await createAgents(h.client()).createJoinKey(input, { idempotencyKey: "mint-edge-west" });
    const again = await createAgents(h.client()).createJoinKey(input, { idempotencyKey: "mint-edge-west" });
    expect(again.id).toBe(first.id);
    const error = await createAgents(h.client())
      .createJoinKey({ ...input, name: "edge-other" }, { idempotencyKey: "mint-edge-west" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: "idempotency_key_reused" });
  });

  it("startCurveRotation() sends it: the same key rotates once", async () => {
    const agents = createAgents(h.client());
    const first = await agents.startCurveRotation(AG.fleet01, { confirm: true }, { idempotencyKey: "rotate-fleet01" });
    const replay = await agents.startCurveRotation(AG.fleet01, { confirm: true }, { idempotencyKey: "rotate-fleet01" });
    expect(replay).toEqual(first);
  });
});

describe("maxRetries of a wait", () => {
  it("a wait passes maxRetries to each read: maxRetries: 0 ends it on the first failed read", async () => {
    const failing = h.router.faults.failNext(1, { status: 503, retryAfter: 0, match: { method: "GET", path: agentPath } });
    await expect(createAgents(h.client()).waitForHealthy(AG.fleet01, { maxRetries: 0, maxWaitMs: 10_000 })).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(failing.triggered).toBe(1);
  });

  it("a wait's timeoutMs limits each read, as on one request: a stalled read is an APITimeoutError", async () => {
    h.router.faults.hang({ method: "GET", path: agentPath });
    await expect(createAgents(h.client()).waitForHealthy(AG.fleet01, { timeoutMs: 50, maxRetries: 0, maxWaitMs: 10_000 })).rejects.toBeInstanceOf(
      APITimeoutError,
    );
  });
});

describe("pollIntervalMs beyond setTimeout's 2^31-1 ms", () => {
  it("a poll interval above 2^31 ms is clamped, not fired at once: one read, then the wait sleeps", async () => {
    h.router.agents.setStatus(AG.fleet01, "degraded");
    const client = h.client();
    const seen = countRequests(client);
    const controller = new AbortController();
    const waiting = createAgents(client).waitForHealthy(AG.fleet01, { pollIntervalMs: 2 ** 32, maxWaitMs: 2 ** 33, signal: controller.signal });
    await tick(200);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual([`GET /v1/management/agents/${AG.fleet01}`]);
  });
});
