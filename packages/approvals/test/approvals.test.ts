import { APIUserAbortError, ConflictError, NotFoundError, signWebhook, WebhookVerificationError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { describe, expect, it } from "vitest";
import {
  ApprovalAlreadyResolvedError,
  ApprovalExpiredError,
  ApprovalWaitTimeoutError,
  createApprovals,
  parseApprovalWebhook,
} from "../src/index";
import { requestApproval, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();

describe("list", () => {
  it("iterates every page and applies the workspace, status, risk and agent filters", async () => {
    const approvals = createApprovals(h.client());
    const all = await approvals.list({}, { pageSize: 2 }).toArray();
    expect(all.map((a) => a.id).sort()).toEqual(Object.values(DEMO.approvals).sort());
    const pending = await approvals.list({ workspaceId: DEMO.workspaces.prod, status: "pending" }).toArray();
    expect(pending.map((a) => a.id).sort()).toEqual([DEMO.approvals.pendingDestructive, DEMO.approvals.pendingIrreversible].sort());
    const irreversible = await approvals.list({ risk: "irreversible", status: "pending" }).toArray();
    expect(irreversible.map((a) => a.id)).toEqual([DEMO.approvals.pendingIrreversible]);
    for await (const a of approvals.list({ agentId: DEMO.agents.fleet01 })) expect(a.agent_id).toBe(DEMO.agents.fleet01);
  });
});

describe("get", () => {
  it("returns the full approval: prompt, tool call, risk, timeout and expiry", async () => {
    const a = await createApprovals(h.client()).get(DEMO.approvals.pendingDestructive);
    expect(a).toMatchObject({ id: DEMO.approvals.pendingDestructive, status: "pending", risk: "destructive" });
    expect(a.tool_call.name).toBe(DEMO.tools.destructive);
    expect(typeof a.prompt).toBe("string");
    expect(a.timeout_seconds).toBe(900);
    expect(a.expires_at).toMatch(/Z$/);
  });

  it("throws NotFoundError for an unknown id", async () => {
    await expect(createApprovals(h.client()).get("00000000-0000-4000-8000-00000000dead")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("approve and reject", () => {
  it("approve records the decision with its note", async () => {
    const id = await requestApproval(h.client(), { node: "node-a1" });
    const a = await createApprovals(h.client()).approve(id, { note: "CHG-1" });
    expect(a).toMatchObject({ id, status: "approved", note: "CHG-1", decided_by: "api_key:demo_admin" });
  });

  it("reject records the decision with its note", async () => {
    const id = await requestApproval(h.client(), { node: "node-r1" });
    const a = await createApprovals(h.client()).reject(id, { note: "not now" });
    expect(a).toMatchObject({ id, status: "rejected", note: "not now" });
  });

  it("a retried decision whose first attempt landed resolves with the approval", async () => {
    const approvals = createApprovals(h.client());
    const id = await requestApproval(h.client(), { node: "node-a2" });
    const first = await approvals.approve(id, { note: "once" });
    const again = await approvals.approve(id, { note: "once" });
    expect(again).toEqual(first);
    const rejected = await requestApproval(h.client(), { node: "node-r2" });
    await approvals.reject(rejected);
    await expect(approvals.reject(rejected)).resolves.toMatchObject({ status: "rejected" });
  });

  it("a response lost on the way back is retried by the client and decides once", async () => {
    const id = await requestApproval(h.client(), { node: "node-lost" });
    h.router.faults.failAfterHandling(1, { status: 503, match: { method: "POST", path: `/v1/exec/approvals/${id}/approve` } });
    const a = await createApprovals(h.client()).approve(id);
    expect(a.status).toBe("approved");
    expect(h.router.world.events.list().filter((e) => e.type === "exec.approved" && e.data.id === id)).toHaveLength(1);
  });

  it("deciding the other way throws ApprovalAlreadyResolvedError with the current status and decider", async () => {
    const approvals = createApprovals(h.client());
    const id = await requestApproval(h.client(), { node: "node-x" });
    await approvals.reject(id, { note: "no" });
    const error = await approvals.approve(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApprovalAlreadyResolvedError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ approvalId: id, currentStatus: "rejected", decidedBy: "api_key:demo_admin", status: 409 });
    // What a log line gets: the decision's who and what, never the client's key.
    const logged = JSON.stringify(error);
    expect(JSON.parse(logged)).toMatchObject({ name: "ApprovalAlreadyResolvedError", approvalId: id, currentStatus: "rejected", decidedBy: "api_key:demo_admin" });
    expect(logged).not.toContain("xero_demo_admin");
  });

  it("deciding a timed-out approval throws ApprovalExpiredError (a ConflictError)", async () => {
    const error = await createApprovals(h.client()).approve(DEMO.approvals.timedOut).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApprovalExpiredError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ approvalId: DEMO.approvals.timedOut, code: "approval_expired" });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "ApprovalExpiredError", approvalId: DEMO.approvals.timedOut, code: "approval_expired" });
  });

  it("two bots approving the same id at once: one decision is recorded and both get a clear outcome", async () => {
    const id = await requestApproval(h.client(), { node: "node-race" });
    const bots = [createApprovals(h.client("xero_demo_admin")), createApprovals(h.client("xero_demo_exec"))];
    const outcomes = await Promise.allSettled(bots.map((bot) => bot.approve(id, { note: "race" })));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled"]);
    const [a, b] = outcomes.map((o) => (o as PromiseFulfilledResult<{ status: string; decided_by: string | null; decided_at: string | null }>).value);
    expect(a!.status).toBe("approved");
    expect(a).toEqual(b); // both see the one recorded decision, and who made it
    expect(h.router.world.events.list().filter((e) => e.type === "exec.approved" && e.data.id === id)).toHaveLength(1);
  });

  it("a bot approving while another rejects: exactly one wins, the other gets ApprovalAlreadyResolvedError", async () => {
    const id = await requestApproval(h.client(), { node: "node-race-2" });
    const outcomes = await Promise.allSettled([
      createApprovals(h.client("xero_demo_admin")).approve(id),
      createApprovals(h.client("xero_demo_exec")).reject(id),
    ]);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ApprovalAlreadyResolvedError);
    const decided = h.router.world.events.list().filter((e) => (e.type === "exec.approved" || e.type === "exec.rejected") && e.data.id === id);
    expect(decided).toHaveLength(1);
  });
});

describe("waitForDecision", () => {
  it("resolves with the approval once another caller decides it", async () => {
    const approvals = createApprovals(h.client());
    const id = await requestApproval(h.client(), { node: "node-w1" });
    const waiting = approvals.waitForDecision(id, { maxWaitMs: 10_000, pollIntervalMs: 2_000 });
    setTimeout(() => void createApprovals(h.client("xero_demo_exec")).approve(id, { note: "go" }), 50);
    await expect(waiting).resolves.toMatchObject({ id, status: "approved", note: "go" });
  });

  it("resolves at once for an approval already decided, and with timed_out when it expires", async () => {
    const approvals = createApprovals(h.client());
    await expect(approvals.waitForDecision(DEMO.approvals.rejected)).resolves.toMatchObject({ status: "rejected" });
    const id = await requestApproval(h.client(), { node: "node-w2" });
    const waiting = approvals.waitForDecision(id, { maxWaitMs: 10_000, pollIntervalMs: 20 });
    h.router.clock.advance(2 * 900_000 + 1); // escalates once, then times out
    await expect(waiting).resolves.toMatchObject({ id, status: "timed_out" });
  });

  it("throws ApprovalWaitTimeoutError when nobody decides within maxWaitMs", async () => {
    const id = await requestApproval(h.client(), { node: "node-w3" });
    const error = await createApprovals(h.client()).waitForDecision(id, { maxWaitMs: 100, pollIntervalMs: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApprovalWaitTimeoutError);
    expect(error).toMatchObject({ approvalId: id, maxWaitMs: 100, lastStatus: "pending" });
  });

  it("rejects with APIUserAbortError, the abort reason as its cause, when its signal aborts", async () => {
    const id = await requestApproval(h.client(), { node: "node-w4" });
    const controller = new AbortController();
    const waiting = createApprovals(h.client()).waitForDecision(id, { signal: controller.signal, pollIntervalMs: 20 });
    const reason = new Error("stop");
    setTimeout(() => controller.abort(reason), 30);
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toMatchObject({ cause: reason });
  });

  it("rejects with APIUserAbortError at once when its signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("before"));
    await expect(createApprovals(h.client()).waitForDecision(DEMO.approvals.pendingDestructive, { signal: controller.signal })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
  });
});

describe("parseApprovalWebhook", () => {
  const secret = "whsec_test_secret";

  it("verifies a delivery and returns the same event type watch yields", async () => {
    const approval = await createApprovals(h.client()).get(DEMO.approvals.pendingDestructive);
    const body = JSON.stringify({ id: "evt_00000099", object: "event", type: "exec.approval_requested", created_at: 1_790_000_000, data: approval });
    const { headers } = await signWebhook({ body, secret });
    const event = await parseApprovalWebhook({ body, headers, secret });
    expect(event).toMatchObject({ id: "evt_00000099", type: "exec.approval_requested", data: { id: approval.id } });
  });

  it("returns undefined for a valid event of another type and throws on a bad signature", async () => {
    const body = JSON.stringify({ id: "evt_1", object: "event", type: "exec.future_event", created_at: 1, data: { id: "x" } });
    const { headers } = await signWebhook({ body, secret });
    await expect(parseApprovalWebhook({ body, headers, secret })).resolves.toBeUndefined();
    await expect(parseApprovalWebhook({ body, headers, secret: "wrong" })).rejects.toBeInstanceOf(WebhookVerificationError);
  });
});
