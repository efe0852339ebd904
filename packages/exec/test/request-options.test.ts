/**
 * Every exec method and the wait end with their options, and they reach the wire: an abort
 * rejects with APIUserAbortError, `idempotencyKey` is the key the router sees, `timeoutMs` /
 * `maxRetries` limit one call (or each read of a wait), and the wait's `maxWaitMs` bounds the whole wait.
 */
import { APITimeoutError, APIUserAbortError, ConflictError, ServiceUnavailableError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createExec, InvocationWaitTimeoutError } from "../src/index";
import { tick, useRouter } from "./support";

const { workspaces: WS, tools: T, invocations: INV, agents: AG } = DEMO;
const h = useRouter({ clock: "manual", rateLimit: false });
beforeEach(() => h.router.reset());

const invocationPath = /^\/v1\/exec\/invocations\/[^/]+$/;

/** Aborts `controller` once the router holds the hung request (the fault has fired). */
async function abortWhenHung(controller: AbortController, hung: { readonly triggered: number }): Promise<void> {
  for (let i = 0; i < 500 && hung.triggered === 0; i++) await tick(10);
  controller.abort(new Error("operator pressed Ctrl-C"));
}

describe("signal", () => {
  it("get(), output() and timeline(): aborting a request in flight rejects with APIUserAbortError", async () => {
    const exec = createExec(h.client());
    for (const call of [
      (signal: AbortSignal) => exec.get(INV.failed, { signal }),
      (signal: AbortSignal) => exec.output(INV.failed, { signal }),
      (signal: AbortSignal) => exec.timeline(INV.failed, { signal }),
    ]) {
      const hung = h.router.faults.hang({ method: "GET" });
      const controller = new AbortController();
      const reading = call(controller.signal);
      await abortWhenHung(controller, hung);
      await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
      h.router.faults.reset();
    }
  });

  it("triageAlert(): an abort rejects with APIUserAbortError instead of being reported as an API error", async () => {
    const hung = h.router.faults.hang({ method: "GET" });
    const controller = new AbortController();
    const triaging = createExec(h.client()).triageAlert({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 }, { signal: controller.signal });
    await abortWhenHung(controller, hung);
    await expect(triaging).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("cancel(): an already aborted signal cancels nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    const exec = createExec(h.client());
    await expect(exec.cancel(INV.pendingApproval, { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect((await exec.get(INV.pendingApproval)).status).toBe("pending_approval");
  });
});

describe("idempotencyKey", () => {
  it("invoke() sends it: the same call again is the first invocation, another call with it is a 409", async () => {
    const exec = createExec(h.client());
    const input = { workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } };
    const first = await exec.invoke(input, { idempotencyKey: "alert-4712" });
    expect((await exec.invoke(input, { idempotencyKey: "alert-4712" })).id).toBe(first.id);
    const error = await exec.invoke({ ...input, arguments: { resource: "nodes" } }, { idempotencyKey: "alert-4712" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: "idempotency_key_reused" });
  });
});

describe("timeoutMs and maxRetries per call", () => {
  it("timeoutMs limits one get(): a stalled answer is an APITimeoutError", async () => {
    h.router.faults.hang({ method: "GET", path: invocationPath });
    await expect(createExec(h.client()).get(INV.failed, { timeoutMs: 50, maxRetries: 0 })).rejects.toBeInstanceOf(APITimeoutError);
  });

  it("maxRetries: 0 makes one attempt; maxRetries: 2 outlasts two failures", async () => {
    const exec = createExec(h.client());
    const once = h.router.faults.failNext(1, { status: 503, retryAfter: 0, match: { method: "GET", path: invocationPath } });
    await expect(exec.get(INV.failed, { maxRetries: 0 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(once.triggered).toBe(1);
    const twice = h.router.faults.failNext(2, { status: 503, retryAfter: 0, match: { method: "GET", path: invocationPath } });
    await expect(exec.get(INV.failed, { maxRetries: 2 })).resolves.toMatchObject({ id: INV.failed });
    expect(twice.triggered).toBe(2);
  });
});

describe("waitForCompletion: signal and maxWaitMs bound the whole wait", () => {
  it("its maxWaitMs ends a read that stalls, with InvocationWaitTimeoutError", async () => {
    h.router.faults.hang({ method: "GET", path: invocationPath });
    const error = await createExec(h.client())
      .waitForCompletion(INV.pendingApproval, { maxWaitMs: 100, stream: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationWaitTimeoutError);
  });

  it("its timeoutMs limits each read, as on one request: a stalled read is an APITimeoutError", async () => {
    h.router.faults.hang({ method: "GET", path: invocationPath });
    const error = await createExec(h.client())
      .waitForCompletion(INV.pendingApproval, { timeoutMs: 50, maxRetries: 0, maxWaitMs: 10_000, stream: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
  });

  it("a maxWaitMs above 2^31 ms does not end the wait at once", async () => {
    const controller = new AbortController();
    const waiting = createExec(h.client()).waitForCompletion(INV.pendingApproval, { maxWaitMs: 2 ** 31 + 10, pollIntervalMs: 5, stream: false, signal: controller.signal });
    await tick(100);
    controller.abort();
    const error = await waiting.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(InvocationWaitTimeoutError);
    expect(error).toBeInstanceOf(APIUserAbortError);
  });
});
