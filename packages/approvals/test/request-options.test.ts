/**
 * Every approvals method ends with `options?: RequestOptions`, and the options reach the wire:
 * an abort rejects with APIUserAbortError, `idempotencyKey` is the key the router sees, and
 * `timeoutMs` / `maxRetries` limit that one call. Checked against the reference router.
 */
import { APITimeoutError, APIUserAbortError, ConflictError, ServiceUnavailableError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createApprovals } from "../src/index";
import { requestApproval, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
beforeEach(() => h.router.reset());

const approvalPath = /^\/v1\/exec\/approvals\/[^/]+$/;

/** Aborts `controller` once the router holds the hung request (the fault has fired). */
async function abortWhenHung(controller: AbortController, hung: { readonly triggered: number }, reason: unknown): Promise<void> {
  for (let i = 0; i < 500 && hung.triggered === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  controller.abort(reason);
}

describe("signal", () => {
  it("get(): aborting a request in flight rejects with APIUserAbortError", async () => {
    const hung = h.router.faults.hang({ method: "GET", path: approvalPath });
    const controller = new AbortController();
    const reading = createApprovals(h.client()).get(DEMO.approvals.pendingDestructive, { signal: controller.signal });
    await abortWhenHung(controller, hung, new Error("operator pressed Ctrl-C"));
    await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("approve(): an already aborted signal sends nothing and rejects with APIUserAbortError", async () => {
    const id = await requestApproval(h.client(), { node: "node-ro1" });
    const controller = new AbortController();
    controller.abort();
    await expect(createApprovals(h.client()).approve(id, { note: "late" }, { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect((await createApprovals(h.client()).get(id)).status).toBe("pending");
  });

  it("list(): aborting stops the listing with APIUserAbortError", async () => {
    const hung = h.router.faults.hang({ method: "GET", path: "/v1/exec/approvals" });
    const controller = new AbortController();
    const listing = createApprovals(h.client()).list({}, { signal: controller.signal }).toArray();
    await abortWhenHung(controller, hung, undefined);
    await expect(listing).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe("idempotencyKey", () => {
  it("approve() sends it: the same key with another note is the router's 409 idempotency_key_reused", async () => {
    const id = await requestApproval(h.client(), { node: "node-ro2" });
    const approvals = createApprovals(h.client());
    await approvals.approve(id, { note: "CHG-1" }, { idempotencyKey: `approve-${id}` });
    const error = await approvals.approve(id, { note: "CHG-2" }, { idempotencyKey: `approve-${id}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: "idempotency_key_reused" });
  });

  it("reject() re-sent with its key from another client is the router's replay: 200, no 409 and no re-read", async () => {
    const id = await requestApproval(h.client(), { node: "node-ro3" });
    const first = await createApprovals(h.client()).reject(id, { note: "no" }, { idempotencyKey: `reject-${id}` });
    const second = h.client();
    const answered: string[] = [];
    second.use({ onResponse: ({ request, response }) => void answered.push(`${request.method} ${response.status}`) });
    const replay = await createApprovals(second).reject(id, { note: "no" }, { idempotencyKey: `reject-${id}` });
    expect(replay).toEqual(first);
    expect(answered).toEqual(["POST 200"]);
  });
});

describe("timeoutMs and maxRetries per call", () => {
  it("timeoutMs limits one get(): a stalled answer is an APITimeoutError", async () => {
    h.router.faults.hang({ method: "GET", path: approvalPath });
    await expect(createApprovals(h.client()).get(DEMO.approvals.pendingDestructive, { timeoutMs: 50, maxRetries: 0 })).rejects.toBeInstanceOf(
      APITimeoutError,
    );
  });

  it("waitForDecision's timeoutMs limits each read: a stalled read is given up and read again, within maxWaitMs", async () => {
    const hung = h.router.faults.hang({ method: "GET", path: approvalPath });
    const decided = createApprovals(h.client()).waitForDecision(DEMO.approvals.rejected, { timeoutMs: 50, maxRetries: 0, maxWaitMs: 10_000 });
    await expect(decided).resolves.toMatchObject({ status: "rejected" });
    expect(hung.triggered).toBe(1);
  });

  it("maxRetries: 0 makes one attempt; maxRetries: 2 outlasts two failures", async () => {
    const approvals = createApprovals(h.client());
    const once = h.router.faults.failNext(1, { status: 503, retryAfter: 0, match: { method: "GET", path: approvalPath } });
    await expect(approvals.get(DEMO.approvals.pendingDestructive, { maxRetries: 0 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(once.triggered).toBe(1);

    const twice = h.router.faults.failNext(2, { status: 503, retryAfter: 0, match: { method: "GET", path: approvalPath } });
    await expect(approvals.get(DEMO.approvals.pendingDestructive, { maxRetries: 2 })).resolves.toMatchObject({ id: DEMO.approvals.pendingDestructive });
    expect(twice.triggered).toBe(2);
  });

  it("a client set to retry nothing still retries the one call given maxRetries", async () => {
    const approvals = createApprovals(h.client(undefined, { maxRetries: 0 }));
    const id = await requestApproval(h.client(), { node: "node-ro4" });
    h.router.faults.failNext(1, { status: 503, retryAfter: 0, match: { method: "POST" } });
    await expect(approvals.approve(id, {}, { maxRetries: 1 })).resolves.toMatchObject({ status: "approved" });
  });
});
