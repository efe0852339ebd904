/**
 * A fresh coordination has no resume point. The first leader commits the router's current position
 * (the `stream.open` id) before it delivers anything, so a leader killed before its first delivery
 * commit does not make its successor start at a later "now" and miss what came in between.
 */
import { describe, expect, it } from "vitest";
import { createApprovals, createNotifier, deliveryKey, memoryCoordination, type ApprovalEvent } from "../src/index";
import { crashable, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const open = (count: number) => Array.from({ length: count }, () => h.injectApproval({ risk: "destructive", workspaceId: "ws_kube_prod" }).id);

describe("createNotifier on a fresh coordination", () => {
  it("commits the router's position before the first delivery", async () => {
    const shared = memoryCoordination({ leaseMs: 500 });
    const notifier = createNotifier({ approvals: createApprovals(h.client()), coordination: shared, deliver: () => undefined });
    const running = notifier.run();
    await until(async () => (await shared.load()) !== undefined, "a committed starting point");
    expect(await shared.load()).toBe(h.router.world.events.latestId());
    notifier.stop();
    await running;
  });

  it("a leader killed before its first commit loses nothing: the successor delivers what came after the leader started", async () => {
    const shared = memoryCoordination({ leaseMs: 500 });
    const dying = crashable(shared); // its delivery never finishes either
    const attempted: string[] = [];
    const leader = createNotifier({
      approvals: createApprovals(h.client()),
      coordination: dying.coordination,
      deliver: (event, { signal }) => {
        attempted.push(event.data.id);
        return new Promise<void>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));
      },
    });
    const runningLeader = leader.run();
    // Probes until the leader's watch is live (it is then stuck delivering the first one).
    await until(() => attempted.length >= 1 || (open(1), false), "the leader to start delivering");
    const ids = open(3); // seen by the leader's watch, never delivered
    dying.crash();
    leader.stop();
    await runningLeader;
    expect(leader.stats.delivered).toBe(0); // nothing of it was committed

    const delivered: ApprovalEvent[] = [];
    const successor = createNotifier({ approvals: createApprovals(h.client()), coordination: shared.contender(), deliver: (event) => void delivered.push(event) });
    const runningSuccessor = successor.run();
    const keys = ids.map((id) => `${id}:exec.approval_requested`);
    await until(() => keys.every((key) => delivered.some((event) => deliveryKey(event) === key)), "the successor to deliver all three");
    successor.stop();
    await runningSuccessor;
    expect(delivered.filter((event) => keys.includes(deliveryKey(event)))).toHaveLength(3);
  });
});
