/**
 * Every agents method and wait ends with its options, and they reach the wire: an abort rejects
 * with APIUserAbortError, `idempotencyKey` is the key the router sees, `timeoutMs` / `maxRetries`
 * limit one call, and a wait's `maxWaitMs` / `signal` bound the whole wait.
 */
import { APITimeoutError, APIUserAbortError, ConflictError, ServiceUnavailableError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { AgentWaitTimeoutError, createAgents } from "../src/index";
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
  it("get(): aborting a request in flight rejects with APIUserAbortError", async () => {
    const hung = h.router.faults.hang({ method: "GET", path: agentPath });
    const controller = new AbortController();
    const reading = createAgents(h.client()).get(AG.fleet01, { signal: controller.signal });
    await abortWhenHung(controller, hung);
    await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("pauseExec(): an already aborted signal pauses nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    const agents = createAgents(h.client());
    await expect(agents.pauseExec(AG.fleet01, {}, { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect((await agents.get(AG.fleet01)).exec_paused).toBe(false);
  });

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

describe("timeoutMs and maxRetries per call", () => {
  it("timeoutMs limits one get(): a stalled answer is an APITimeoutError", async () => {
    h.router.faults.hang({ method: "GET", path: agentPath });
    await expect(createAgents(h.client()).get(AG.fleet01, { timeoutMs: 50, maxRetries: 0 })).rejects.toBeInstanceOf(APITimeoutError);
  });

  it("maxRetries: 0 makes one attempt; maxRetries: 2 outlasts two failures", async () => {
    const agents = createAgents(h.client());
    const once = h.router.faults.failNext(1, { status: 503, retryAfter: 0, match: { method: "GET", path: agentPath } });
    await expect(agents.get(AG.fleet01, { maxRetries: 0 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(once.triggered).toBe(1);
    const twice = h.router.faults.failNext(2, { status: 503, retryAfter: 0, match: { method: "GET", path: agentPath } });
    await expect(agents.get(AG.fleet01, { maxRetries: 2 })).resolves.toMatchObject({ id: AG.fleet01 });
    expect(twice.triggered).toBe(2);
  });

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

describe("pollIntervalMs and maxWaitMs beyond setTimeout's 2^31-1 ms", () => {
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

  it("a maxWaitMs above 2^31 ms does not end the wait at once", async () => {
    h.router.agents.setStatus(AG.fleet01, "degraded");
    const controller = new AbortController();
    const waiting = createAgents(h.client()).waitForHealthy(AG.fleet01, { pollIntervalMs: 5, maxWaitMs: 2 ** 31 + 10, signal: controller.signal });
    await tick(100);
    controller.abort();
    const error = await waiting.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(AgentWaitTimeoutError);
    expect(error).toBeInstanceOf(APIUserAbortError);
  });
});
