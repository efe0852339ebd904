/**
 * Test support for the auto-approver on replicas: a replica that can be killed like a crashed
 * process, and the exactly-once check. Used by the memory and the PostgreSQL replica tests.
 */
import { DEMO } from "@xerotier/testing";
import { expect } from "vitest";
import { createApprovals, type Approvals, type Coordination } from "../src/index";
import { createAutoApprover, type AutoApprovalPolicy, type DecisionRecord } from "../src/auto-approver";
import type { ApprovalsHarness } from "./support";

/** The policy of every replica: write at most, in the staging workspace. */
export const policy: AutoApprovalPolicy = { maxRisk: "write", allowTools: [DEMO.tools.read, DEMO.tools.write], workspaces: [DEMO.workspaces.staging] };
export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(10);
  }
}

export const openWrites = (h: ApprovalsHarness, count: number) => Array.from({ length: count }, () => h.injectApproval({ risk: "write", workspaceId: DEMO.workspaces.staging }).id);

/** A replica that can be "killed": after `kill()` it sends nothing and never releases its lease, like a crashed process. */
export function killableReplica(h: ApprovalsHarness, name: string, coordination: Coordination, records: DecisionRecord[]) {
  let dead = false;
  const approvals = createApprovals(h.client());
  const slowApprove: Approvals["approve"] = async (id, options) => {
    await wait(20); // decisions take a while, so the kill lands mid-run
    if (dead) throw new Error(`${name} is dead`);
    return approvals.approve(id, options);
  };
  const dying: Coordination = Object.assign(Object.create(coordination) as Coordination, {
    release: async (...args: Parameters<Coordination["release"]>) => (dead ? undefined : coordination.release(...args)),
  });
  const controller = new AbortController();
  const bot = createAutoApprover({ approvals: { ...approvals, approve: slowApprove }, coordination: dying, policy, botName: name, onDecision: (r) => records.push(r) });
  const running = bot.run(controller.signal);
  return {
    bot,
    running,
    kill() {
      dead = true;
      controller.abort();
    },
    stop: () => controller.abort(),
  };
}

export async function expectEachDecidedOnce(approvals: Approvals, ids: string[], records: DecisionRecord[]): Promise<void> {
  for (const id of ids) {
    const sent = records.filter((r) => r.approvalId === id && r.outcome === "sent");
    expect(sent, id).toHaveLength(1);
    const after = await approvals.get(id);
    expect(after.status).toBe("approved");
    expect(after.note).toBe(sent[0]!.note); // the one that went out is the one that counted
  }
}

