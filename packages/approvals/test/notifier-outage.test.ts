/**
 * Outages are waited out, not fatal: a coordination that keeps failing sends the replica to
 * standby with a capped backoff, reports each failure through `onCoordinationError` and
 * `health()`, and `run()` ends only on `stop()` or its signal. Once the coordination answers
 * again, what came meanwhile is delivered, once. The auto-approver's run loop behaves and reports the same.
 * (The same against a real PostgreSQL stopped and started: postgres-outage.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { createAutoApprover } from "../src/auto-approver";
import { CoordinationError, createApprovals, createNotifier, deliveryKey, memoryCoordination, type Coordination, type CoordinationHealth, type NotifierHealth } from "../src/index";
import { until, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const workspaceId = "ws_kube_prod";

/** A coordination whose every call fails while `down` is set, like an unreachable database once its patience ran out. */
function outage(shared: Coordination): { coordination: Coordination; calls: { failed: number }; setDown(down: boolean): void } {
  let down = false;
  const calls = { failed: 0 };
  const coordination = Object.create(shared) as Coordination;
  for (const method of ["acquire", "renew", "release", "load", "commit", "wasDelivered", "claim", "settle"] as const) {
    (coordination as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      if (down) {
        calls.failed += 1;
        throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
      }
      return (shared[method] as (...a: unknown[]) => Promise<unknown>).apply(shared, args);
    };
  }
  return { coordination, calls, setDown: (value) => void (down = value) };
}

const open = () => h.injectApproval({ risk: "destructive", workspaceId }).id;

describe("a notifier through a coordination outage", () => {
  it("goes to standby, reports it, never ends on its own, and delivers what came during the outage once it is back", async () => {
    const shared = memoryCoordination({ leaseMs: 300, resumePoint: h.router.world.events.latestId() });
    const link = outage(shared);
    const errors: unknown[] = [];
    const delivered: string[] = [];
    const notifier = createNotifier({
      approvals: createApprovals(h.client()),
      coordination: link.coordination,
      filter: { workspaceId },
      onCoordinationError: (error) => errors.push(error),
      deliver: (event) => void delivered.push(deliveryKey(event)),
    });
    expect(notifier.health()).toMatchObject({ role: "stopped", healthy: true });
    let ended = false;
    const running = notifier.run().finally(() => (ended = true));
    const before = open();
    await until(() => delivered.includes(`${before}:exec.approval_requested`), "the first delivery");
    const leading: NotifierHealth = notifier.health();
    expect(leading).toMatchObject({ role: "leader", healthy: true, lastError: undefined });
    expect(leading.lastCommitAt).toEqual(expect.any(String));

    link.setDown(true);
    const during = [open(), open()];
    await until(() => notifier.health().role === "standby" && link.calls.failed >= 5, "standby, several failed calls");
    const down = notifier.health();
    expect(down).toMatchObject({ healthy: false, lastError: { message: expect.stringContaining("ECONNREFUSED") } });
    expect(errors.length).toBeGreaterThan(0);
    expect(ended).toBe(false);

    link.setDown(false);
    await until(() => during.every((id) => delivered.includes(`${id}:exec.approval_requested`)), "the outage's approvals");
    await until(() => notifier.health().role === "leader" && notifier.health().healthy, "leading again, healthy");
    expect(ended).toBe(false);
    notifier.stop();
    await expect(running).resolves.toMatchObject({ failed: 0 });
    expect(notifier.health().role).toBe("stopped");
    for (const id of [before, ...during]) expect(delivered.filter((key) => key === `${id}:exec.approval_requested`)).toHaveLength(1);
  });
});

describe("the auto-approver through a coordination outage", () => {
  it("waits in standby while the coordination fails, reports it as the notifier does, and decides once it is back; run() does not end", async () => {
    const shared = memoryCoordination({ leaseMs: 300 });
    const link = outage(shared);
    link.setDown(true);
    const approvals = createApprovals(h.client());
    const errors: CoordinationError[] = [];
    const bot = createAutoApprover({
      approvals,
      coordination: link.coordination,
      onCoordinationError: (error) => errors.push(error),
      botName: "outage-bot",
      policy: { maxRisk: "read", allowTools: ["kubectl_get"], workspaces: [workspaceId] },
    });
    expect(bot.health()).toEqual({ role: "stopped", healthy: true, lastError: undefined });
    const controller = new AbortController();
    let ended = false;
    const running = bot.run(controller.signal).finally(() => (ended = true));
    await until(() => link.calls.failed >= 3, "failed acquires");
    expect(ended).toBe(false);
    const down: CoordinationHealth = bot.health();
    expect(down).toMatchObject({ role: "standby", healthy: false, lastError: { message: expect.stringContaining("ECONNREFUSED") } });
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.every((error) => error instanceof CoordinationError && error.operation === "acquire")).toBe(true);
    const id = h.injectApproval({ risk: "read", workspaceId }).id;
    link.setDown(false);
    await until(() => bot.stats().approved >= 1, "the decision once the coordination is back");
    expect(bot.health()).toMatchObject({ role: "leader", healthy: true });
    controller.abort();
    await running;
    expect(bot.health().role).toBe("stopped");
    expect((await approvals.get(id)).status).toBe("approved");
  });

  it("without a coordination, leads while run() follows and never reports a failure", async () => {
    const bot = createAutoApprover({ approvals: createApprovals(h.client()), botName: "solo-bot", policy: { maxRisk: "read", allowTools: ["kubectl_get"], workspaces: [workspaceId] } });
    const controller = new AbortController();
    const running = bot.run(controller.signal);
    expect(bot.health()).toEqual({ role: "leader", healthy: true, lastError: undefined });
    controller.abort();
    await running;
    expect(bot.health().role).toBe("stopped");
  });
});
