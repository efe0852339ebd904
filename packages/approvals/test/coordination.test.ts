import { describe, expect, it } from "vitest";
import { deliveryKey, leaseRemainingMs, memoryCoordination, StaleLeaseError, type ApprovalEvent } from "../src/index";
import { sinkDeliveryKey } from "../src/sinks/context";
import { claimContract } from "./claim-contract";

const event = (type: ApprovalEvent["type"], id = "apr_1", level = 0) => ({ type, data: { id, escalation_level: level } }) as unknown as ApprovalEvent;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("deliveryKey", () => {
  it("names one approval transition as '<approval id>:<event type>'", () => {
    expect(deliveryKey(event("exec.approval_requested", "apr_9"))).toBe("apr_9:exec.approval_requested");
    expect(deliveryKey(event("exec.approved", "apr_9"))).toBe("apr_9:exec.approved");
  });

  it("gives each escalation level its own key, so a second escalation is not taken for a repeat", () => {
    expect(deliveryKey(event("exec.approval_escalated", "apr_9", 1))).toBe("apr_9:exec.approval_escalated:1");
    expect(deliveryKey(event("exec.approval_escalated", "apr_9", 2))).toBe("apr_9:exec.approval_escalated:2");
  });

  it("is what a sink sends: the notifier's context.deliveryKey, else the same format", () => {
    expect(sinkDeliveryKey(event("exec.rejected"), { deliveryKey: "given:key" })).toBe("given:key");
    expect(sinkDeliveryKey(event("exec.rejected"), {})).toBe("apr_1:exec.rejected");
    expect(sinkDeliveryKey(event("exec.rejected"))).toBe("apr_1:exec.rejected");
  });
});

describe("memoryCoordination", () => {
  it("grants one lease among contenders on the same state", async () => {
    const first = memoryCoordination({ leaseMs: 5_000 });
    const second = first.contender();
    const third = first.contender();
    const lease = await first.acquire();
    expect(lease?.fencingToken).toBe(1);
    expect(await second.acquire()).toBeUndefined();
    expect(await third.acquire()).toBeUndefined();
    expect(leaseRemainingMs(lease!)).toBeGreaterThan(0);
    expect(leaseRemainingMs(lease!, lease!.deadline + 1)).toBe(0);
  });

  it("hands the lease over at once on release, with a higher fencing token", async () => {
    const first = memoryCoordination({ leaseMs: 5_000 });
    const second = first.contender();
    const lease = await first.acquire();
    await first.release(lease!);
    const next = await second.acquire();
    expect(next?.fencingToken).toBe(2);
    expect(await first.renew(lease!)).toBeUndefined();
  });

  it("refuses a commit from a holder whose lease expired and was taken over, and writes nothing", async () => {
    const first = memoryCoordination({ leaseMs: 100 });
    const second = first.contender();
    const old = await first.acquire();
    await first.commit({ deliveryKeys: ["a:exec.approval_requested"], resumePoint: "evt_1", fencingToken: old!.fencingToken });
    await wait(150);
    const fresh = await second.acquire();
    expect(fresh?.fencingToken).toBe(old!.fencingToken + 1);
    const stale = first.commit({ deliveryKeys: ["b:exec.approval_requested"], resumePoint: "evt_2", fencingToken: old!.fencingToken });
    await expect(stale).rejects.toBeInstanceOf(StaleLeaseError);
    expect(await second.load()).toBe("evt_1");
    expect([...(await second.wasDelivered(["a:exec.approval_requested", "b:exec.approval_requested"]))]).toEqual(["a:exec.approval_requested"]);
  });

  it("records keys without moving the resume point when none is given", async () => {
    const coordination = memoryCoordination({ resumePoint: "evt_7" });
    const lease = await coordination.acquire();
    await coordination.commit({ deliveryKeys: ["x:exec.approved"], fencingToken: lease!.fencingToken });
    expect(await coordination.load()).toBe("evt_7");
    expect((await coordination.wasDelivered(["x:exec.approved"])).has("x:exec.approved")).toBe(true);
  });

  it("keeps at most ledgerLimit keys, forgetting the oldest", async () => {
    const coordination = memoryCoordination({ ledgerLimit: 2 });
    const lease = await coordination.acquire();
    await coordination.commit({ deliveryKeys: ["k1", "k2", "k3"], fencingToken: lease!.fencingToken });
    expect([...(await coordination.wasDelivered(["k1", "k2", "k3"]))]).toEqual(["k2", "k3"]);
  });

  it("rejects a lease shorter than 100 ms", () => {
    expect(() => memoryCoordination({ leaseMs: 10 })).toThrow(RangeError);
  });
});

describe("memoryCoordination claims", () => {
  claimContract(async () => {
    const a = memoryCoordination({ leaseMs: 200 });
    return { a, b: a.contender() };
  });
});
