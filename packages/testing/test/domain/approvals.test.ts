import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/seed/demo-ids";
import { expectError, harness, type Harness } from "./support";

const { workspaces: WS, agents: AG, tools: T, approvals: AP, invocations: INV } = DEMO;
const MIN = 60_000;

async function requestDrain(h: Harness, workspaceId: string = WS.prod) {
  const { body } = await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: workspaceId, tool_name: T.destructive, arguments: { node: "node-1" } } });
  return { invocationId: body.id as string, approvalId: body.approval_ids[0] as string };
}

describe("approving", () => {
  it("records the decision and moves the invocation pending_approval → dispatched → running → completed", async () => {
    const h = harness({ actor: "api_key:xero_demo_admin" });
    const { invocationId, approvalId } = await requestDrain(h);
    h.clock.advance(MIN);
    const res = await h.call("POST", `/v1/exec/approvals/${approvalId}/approve`, { body: { note: "CHG-1" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "approved", decided_at: "2026-11-24T09:01:00Z", decided_by: "api_key:xero_demo_admin", note: "CHG-1" });

    const dispatched = h.world.invocations.get(invocationId);
    expect(dispatched).toMatchObject({ status: "dispatched", agent_id: AG.fleet01 });
    expect(dispatched.transitions.at(-1)).toMatchObject({ from: "pending_approval", to: "dispatched", actor: "api_key:xero_demo_admin", reason: "approved" });

    h.clock.advance(250 + 30_000); // the demo drain runs 30 s
    const done = await h.call("GET", `/v1/exec/invocations/${invocationId}`);
    expect(done.body.transitions.map((t: { to: string }) => t.to)).toEqual(["pending_approval", "dispatched", "running", "completed"]);
    expect(done.body.transitions.map((t: { actor: string }) => t.actor)).toEqual([
      "api_key:xero_demo_admin",
      "api_key:xero_demo_admin",
      `agent:${AG.fleet01}`,
      `agent:${AG.fleet01}`,
    ]);
    const output = await h.call("GET", `/v1/exec/invocations/${invocationId}/output`);
    expect(output.body.stdout).toContain("node/node-1 drained");
    expect(output.body.artifacts[0]).toMatchObject({ name: "drain-report.txt" });
    const ours = h.world.events.list().filter((e) => e.data.id === approvalId || e.data.id === invocationId);
    expect(ours.map((e) => e.type)).toEqual(["exec.approval_requested", "exec.approved", "exec.dispatched", "exec.completed"]);
  });

  it("accepts an empty body (the body is optional)", async () => {
    const h = harness();
    const res = await h.call("POST", `/v1/exec/approvals/${AP.pendingDestructive}/approve`);
    expect(res.body).toMatchObject({ status: "approved", note: null });
  });

  it("queues the invocation when no agent is eligible at approval time, and dispatches it when one is", async () => {
    const h = harness();
    const { invocationId, approvalId } = await requestDrain(h);
    await h.call("POST", `/v1/management/agents/${AG.fleet01}/pause-exec`);
    await h.call("POST", `/v1/exec/approvals/${approvalId}/approve`);
    const queued = h.world.invocations.get(invocationId);
    expect(queued.status).toBe("queued");
    expect(queued.transitions.at(-1)).toMatchObject({ from: "pending_approval", to: "queued", reason: "approved; waiting for an eligible agent" });
    await h.call("POST", `/v1/management/agents/${AG.fleet01}/resume-exec`);
    expect(h.world.invocations.get(invocationId)).toMatchObject({ status: "dispatched", agent_id: AG.fleet01 });
  });
});

describe("rejecting", () => {
  it("ends the invocation rejected", async () => {
    const h = harness();
    const res = await h.call("POST", `/v1/exec/approvals/${AP.pendingIrreversible}/reject`, { body: { note: "not today" } });
    expect(res.body).toMatchObject({ status: "rejected", note: "not today", decided_by: "api_key:xero_test" });
    const inv = await h.call("GET", `/v1/exec/invocations/${INV.pendingIrreversible}`);
    expect(inv.body).toMatchObject({ status: "rejected", finished_at: "2026-11-24T09:00:00Z", duration_ms: null });
    expect(inv.body.transitions.at(-1)).toMatchObject({ from: "pending_approval", to: "rejected", actor: "api_key:xero_test" });
    expect(h.world.events.list().at(-1)).toMatchObject({ type: "exec.rejected", data: { id: AP.pendingIrreversible } });
  });

  it("validates the note: at most 2000 characters, no other fields, a JSON object", async () => {
    const h = harness();
    expectError(await h.call("POST", `/v1/exec/approvals/${AP.pendingDestructive}/reject`, { body: { note: "x".repeat(2001) } }), 400, "invalid_body", "note");
    expectError(await h.call("POST", `/v1/exec/approvals/${AP.pendingDestructive}/reject`, { body: { reason: "x" } }), 400, "invalid_body", "reason");
    expectError(await h.call("POST", `/v1/exec/approvals/${AP.pendingDestructive}/reject`, { rawBody: "not json" }), 400, "json_parse_error");
    expect(h.world.approvals.get(AP.pendingDestructive).status).toBe("pending");
  });
});

describe("conflicts", () => {
  it("answers 409 approval_already_resolved, naming the status, to a second decision", async () => {
    const h = harness();
    const res = await h.call("POST", `/v1/exec/approvals/${AP.approved}/reject`);
    expectError(res, 409, "approval_already_resolved");
    expect(res.body.error.message).toContain("approved");
    const again = await h.call("POST", `/v1/exec/approvals/${AP.rejected}/approve`);
    expect(again.body.error.message).toContain("rejected");
  });

  it("answers 409 approval_expired for a timed-out approval and 404 for an unknown one", async () => {
    const h = harness();
    expectError(await h.call("POST", `/v1/exec/approvals/${AP.timedOut}/approve`), 409, "approval_expired");
    expectError(await h.call("POST", "/v1/exec/approvals/00000000-0000-4000-8000-000000000000/approve"), 404, "approval_not_found");
    expectError(await h.call("GET", "/v1/exec/approvals/nope"), 404, "approval_not_found");
  });
});

describe("timeouts", () => {
  it("escalates after timeout_seconds, then times out after a second period and rejects the invocation", async () => {
    const h = harness();
    const { invocationId, approvalId } = await requestDrain(h);
    h.clock.advance(15 * MIN - 1);
    expect(h.world.approvals.get(approvalId).status).toBe("pending");
    h.clock.advance(1);
    expect(h.world.approvals.get(approvalId)).toMatchObject({ status: "escalated", escalation_level: 1, expires_at: "2026-11-24T09:30:00Z" });
    expect(h.world.events.list().at(-1)).toMatchObject({ type: "exec.approval_escalated", data: { id: approvalId, status: "escalated" } });

    h.clock.advance(15 * MIN);
    const approval = await h.call("GET", `/v1/exec/approvals/${approvalId}`);
    expect(approval.body).toMatchObject({ status: "timed_out", decided_by: "system", decided_at: "2026-11-24T09:30:00Z" });
    expect(h.world.events.list().at(-1)).toMatchObject({ type: "exec.approval_timed_out" });
    const inv = h.world.invocations.get(invocationId);
    expect(inv.status).toBe("rejected");
    expect(inv.transitions.at(-1)).toMatchObject({ actor: "system", reason: "approval_timed_out" });
    expectError(await h.call("POST", `/v1/exec/approvals/${approvalId}/approve`), 409, "approval_expired");
  });

  it("still accepts a decision while escalated", async () => {
    const h = harness();
    h.clock.advance(10 * MIN); // the demo drain approval was requested 5 min before seeding
    expect(h.world.approvals.get(AP.pendingDestructive).status).toBe("escalated");
    const res = await h.call("POST", `/v1/exec/approvals/${AP.pendingDestructive}/approve`);
    expect(res.body).toMatchObject({ status: "approved", escalation_level: 1 });
  });

  it("uses the configured timeouts", async () => {
    const h = harness({ approvalTimeoutSeconds: { destructive: 60 } });
    const { approvalId } = await requestDrain(h);
    expect(h.world.approvals.get(approvalId)).toMatchObject({ timeout_seconds: 60, expires_at: "2026-11-24T09:01:00Z" });
  });

  it("stops the timeout once decided", async () => {
    const h = harness();
    const { approvalId } = await requestDrain(h);
    await h.call("POST", `/v1/exec/approvals/${approvalId}/approve`);
    h.clock.advance(60 * MIN);
    expect(h.world.approvals.get(approvalId)).toMatchObject({ status: "approved", escalation_level: 0 });
  });
});

describe("GET /v1/exec/approvals", () => {
  it("lists newest first and filters by status, risk, workspace and agent", async () => {
    const h = harness();
    const all = await h.call("GET", "/v1/exec/approvals");
    expect(all.body.data.map((a: { id: string }) => a.id)).toEqual([AP.pendingDestructive, AP.pendingIrreversible, AP.approved, AP.rejected, AP.timedOut]);
    const pending = await h.call("GET", "/v1/exec/approvals?status=pending&risk=irreversible");
    expect(pending.body.data.map((a: { id: string }) => a.id)).toEqual([AP.pendingIrreversible]);
    const staging = await h.call("GET", `/v1/exec/approvals?workspace_id=${WS.staging}&agent_id=${AG.fleet01}`);
    expect(staging.body.data.map((a: { id: string }) => a.id)).toEqual([AP.timedOut]);
  });

  it("pages with limit and after, and keeps the cursor valid when the item leaves the filter", async () => {
    const h = harness();
    const page1 = await h.call("GET", "/v1/exec/approvals?status=pending&limit=1");
    expect(page1.body).toMatchObject({ has_more: true, data: [{ id: AP.pendingDestructive }] });
    await h.call("POST", `/v1/exec/approvals/${AP.pendingDestructive}/approve`);
    const page2 = await h.call("GET", `/v1/exec/approvals?status=pending&limit=1&after=${AP.pendingDestructive}`);
    expect(page2.body).toMatchObject({ has_more: false, data: [{ id: AP.pendingIrreversible }] });
  });

  it("rejects unknown status and risk values", async () => {
    const h = harness();
    expectError(await h.call("GET", "/v1/exec/approvals?status=open"), 400, "invalid_request", "status");
    expectError(await h.call("GET", "/v1/exec/approvals?risk=high"), 400, "invalid_request", "risk");
  });
});
