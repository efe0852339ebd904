/**
 * Every approvals method ends with `options?: RequestOptions`, and the options reach the wire:
 * `idempotencyKey` is the key the router sees, and `maxRetries` retries that one call (a POST
 * included). Checked against the reference router; what every package shares (abort, `timeoutMs`,
 * `maxRetries` of a read) is the table in test/contract/request-options.test.ts.
 */
import { ConflictError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createApprovals } from "../src/index";
import { requestApproval, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
beforeEach(() => h.router.reset());

const approvalPath = /^\/v1\/exec\/approvals\/[^/]+$/;

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

describe("timeoutMs of a wait's read, maxRetries per call", () => {
  it("waitForDecision's timeoutMs limits each read: a stalled read is given up and read again, within maxWaitMs", async () => {
    const hung = h.router.faults.hang({ method: "GET", path: approvalPath });
    const decided = createApprovals(h.client()).waitForDecision(DEMO.approvals.rejected, { timeoutMs: 50, maxRetries: 0, maxWaitMs: 10_000 });
    await expect(decided).resolves.toMatchObject({ status: "rejected" });
    expect(hung.triggered).toBe(1);
  });

  it("a client set to retry nothing still retries the one call given maxRetries", async () => {
    const approvals = createApprovals(h.client(undefined, { maxRetries: 0 }));
    const id = await requestApproval(h.client(), { node: "node-ro4" });
    h.router.faults.failNext(1, { status: 503, retryAfter: 0, match: { method: "POST" } });
    await expect(approvals.approve(id, {}, { maxRetries: 1 })).resolves.toMatchObject({ status: "approved" });
  });
});
