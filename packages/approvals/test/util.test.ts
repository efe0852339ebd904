import { describe, expect, it } from "vitest";
import { memoryCheckpoint } from "../src/index";
import { syntheticEvent, transitionEvents } from "../src/synthetic";
import type { Approval } from "../src/index";

const approval = (over: Partial<Approval> = {}): Approval => ({
  id: "7e57a000-0000-4000-8000-000000000001",
  object: "approval",
  status: "pending",
  risk: "destructive",
  workspace_id: "ws_kube_prod",
  agent_id: null,
  invocation_id: "inv_1",
  tool_name: "kubectl_drain",
  tool_call: { name: "kubectl_drain", arguments: {} },
  prompt: "p",
  timeout_seconds: 900,
  expires_at: "2026-11-24T09:15:00Z",
  created_at: "2026-11-24T09:00:00Z",
  decided_at: null,
  decided_by: null,
  note: null,
  escalation_level: 0,
  ...over,
});

describe("transitionEvents (polling diff)", () => {
  it("maps each change between two snapshots to the event the stream would have sent", () => {
    expect(transitionEvents(undefined, approval())).toEqual(["exec.approval_requested"]);
    expect(transitionEvents(approval(), approval({ status: "approved" }))).toEqual(["exec.approved"]);
    expect(transitionEvents(approval(), approval({ status: "rejected" }))).toEqual(["exec.rejected"]);
    expect(transitionEvents(approval(), approval({ status: "escalated", escalation_level: 1 }))).toEqual(["exec.approval_escalated"]);
    expect(transitionEvents(approval(), approval({ status: "timed_out", escalation_level: 1 }))).toEqual([
      "exec.approval_escalated",
      "exec.approval_timed_out",
    ]);
    expect(transitionEvents(approval(), approval())).toEqual([]);
  });

  it("names synthetic events by source and transition, so the same transition always has the same id", () => {
    const e = syntheticEvent("poll", "exec.approval_escalated", approval({ escalation_level: 1 }), 0);
    expect(e.id).toBe("poll:7e57a000-0000-4000-8000-000000000001:exec.approval_escalated:1");
    expect(e.created_at).toBe(0);
    expect(syntheticEvent("relist", "exec.approval_requested", approval(), 0).created_at).toBe(Date.parse("2026-11-24T09:00:00Z") / 1000);
  });
});

describe("memoryCheckpoint", () => {
  it("keeps the last saved id", async () => {
    const cp = memoryCheckpoint();
    await expect(cp.load()).resolves.toBeUndefined();
    await cp.save("evt_00000001");
    await expect(cp.load()).resolves.toBe("evt_00000001");
  });
});

describe("error classes", () => {
  it("are recognised by instanceof across duplicate copies of the package (Symbol.for brands)", async () => {
    const { ApprovalExpiredError, ApprovalAlreadyResolvedError, ApprovalWaitTimeoutError } = await import("../src/index");
    const { ConflictError, XerotierError } = await import("@xerotier/api");
    const fromOtherCopy = Object.create({
      [Symbol.for("xerotier.error.ApprovalExpiredError")]: true,
      [Symbol.for("xerotier.error.ConflictError")]: true,
    }) as object;
    expect(fromOtherCopy).toBeInstanceOf(ApprovalExpiredError);
    expect(fromOtherCopy).toBeInstanceOf(ConflictError);
    expect(fromOtherCopy).not.toBeInstanceOf(ApprovalAlreadyResolvedError);
    const timeout = new ApprovalWaitTimeoutError("id", 10, "pending");
    expect(timeout).toBeInstanceOf(XerotierError);
    expect(timeout.toJSON()).toMatchObject({ name: "ApprovalWaitTimeoutError", approvalId: "id", lastStatus: "pending" });
  });
});
