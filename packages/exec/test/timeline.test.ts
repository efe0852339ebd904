import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createExec, formatTimelineEntry, type Approval, type Invocation } from "../src/index";
import { buildTimeline } from "../src/timeline";
import { useRouter } from "./support";

const { invocations: INV, approvals: AP } = DEMO;

describe("timeline", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("merges every transition and every approval event of an approved call, in causal order", async () => {
    const entries = await createExec(h.client()).timeline(INV.completed);
    expect(entries.map((e) => (e.kind === "transition" ? `${e.from ?? "-"}>${e.to}` : `${e.kind}:${e.kind === "approval_decided" ? e.status : e.risk}`))).toEqual([
      "->pending_approval",
      "approval_requested:destructive",
      "approval_decided:approved",
      "pending_approval>dispatched",
      "dispatched>running",
      "running>completed",
    ]);
    expect(entries[2]).toMatchObject({ approvalId: AP.approved, actor: "user:alice", note: "change window CHG-1042" });
  });

  it("shows a rejection: the decision, then the final transition", async () => {
    const entries = await createExec(h.client()).timeline(INV.rejected);
    expect(entries.map((e) => e.kind)).toEqual(["transition", "approval_requested", "approval_decided", "transition"]);
    expect(entries[2]).toMatchObject({ status: "rejected", actor: "user:bob" });
    expect(entries[3]).toMatchObject({ to: "rejected" });
  });

  it("a call without approvals is its transitions", async () => {
    const entries = await createExec(h.client()).timeline(INV.failed);
    expect(entries.every((e) => e.kind === "transition")).toBe(true);
    expect(entries.at(-1)).toMatchObject({ to: "failed", reason: "non_zero_exit" });
  });

  it("formatTimelineEntry prints one line per entry, ready for `exec show`", async () => {
    const lines = (await createExec(h.client()).timeline(INV.completed)).map(formatTimelineEntry);
    expect(lines[0]).toMatch(/^\S+Z {2}pending_approval {2}api_key:xero_demo_exec {2}\(destructive tool: approval required\)$/);
    expect(lines[2]).toMatch(/approval de3a0000-0000-4000-8000-000000000003 approved {2}user:alice {2}"change window CHG-1042"$/);
    expect(lines[3]).toMatch(/pending_approval → dispatched {2}user:alice/);
  });

  it("buildTimeline orders by time whatever order approvals are given in", () => {
    const at = (s: number) => new Date(Date.UTC(2026, 10, 24, 9, 0, s)).toISOString();
    const invocation = {
      transitions: [
        { from: null, to: "pending_approval", at: at(0), actor: "api_key:x", reason: null },
        { from: "pending_approval", to: "rejected", at: at(9), actor: "system", reason: "approval_timed_out" },
      ],
    } as unknown as Invocation;
    const approval = { id: "a", risk: "destructive", prompt: "p", created_at: at(0), expires_at: at(9), escalation_level: 1, decided_at: at(9), status: "timed_out", decided_by: null, note: null } as unknown as Approval;
    expect(buildTimeline(invocation, [approval]).map((e) => e.kind)).toEqual(["transition", "approval_requested", "approval_decided", "transition"]);
    expect(buildTimeline(invocation, [approval])[2]).toMatchObject({ actor: "system", status: "timed_out" });
  });
});
