/**
 * Every exec method and the wait end with their options, and they reach the wire: an abort of
 * triage rejects with APIUserAbortError, `idempotencyKey` is the key the router sees, and the
 * wait's `maxWaitMs` bounds the whole wait (its `timeoutMs` limits each read). What every package shares (abort, `timeoutMs`,
 * `maxRetries` of one read) is the table in test/contract/request-options.test.ts.
 */
import { APITimeoutError, APIUserAbortError, ConflictError } from "@xerotier/api";
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
  it("triageAlert(): an abort rejects with APIUserAbortError instead of being reported as an API error", async () => {
    const hung = h.router.faults.hang({ method: "GET" });
    const controller = new AbortController();
    const triaging = createExec(h.client()).triageAlert({ project: DEMO.project, workspace: WS.staging, agent: AG.edge03 }, { signal: controller.signal });
    await abortWhenHung(controller, hung);
    await expect(triaging).rejects.toBeInstanceOf(APIUserAbortError);
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
});
