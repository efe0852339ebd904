/**
 * The claim half of the Coordination contract, for every implementation (memory, PostgreSQL): a
 * delivery key is claimed by one claimant at a time for one lease, extended by its claimant,
 * settled as delivered (then it is in the ledger for good) or released (then anyone may claim it
 * at once); an expired claim, or a leader's claim once a later leader claims, is taken over.
 */
import { expect, it } from "vitest";
import type { Coordination } from "../src/index";

/** Two handles on one shared state (two replicas), with a lease short enough to expire in a test. */
export type ClaimFixture = () => Promise<{ a: Coordination; b: Coordination }>;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Registers the contract's cases; `fixture` must give a lease of at most 500 ms. */
export function claimContract(fixture: ClaimFixture): void {
  it("claims a key for one claimant; another is told busy; the claimant extends its own claim", async () => {
    const { a, b } = await fixture();
    expect(await a.claim({ deliveryKey: "k1:exec.approval_requested", claimant: "a1" })).toBe("claimed");
    expect(await b.claim({ deliveryKey: "k1:exec.approval_requested", claimant: "b1" })).toBe("busy");
    expect(await a.claim({ deliveryKey: "k1:exec.approval_requested", claimant: "a1" })).toBe("claimed");
  });

  it("settled as delivered: in the ledger, and never claimable again", async () => {
    const { a, b } = await fixture();
    await a.claim({ deliveryKey: "k2:exec.approved", claimant: "a1" });
    await a.settle({ deliveryKey: "k2:exec.approved", claimant: "a1", outcome: "delivered" });
    expect(await b.claim({ deliveryKey: "k2:exec.approved", claimant: "b1" })).toBe("delivered");
    expect(await a.claim({ deliveryKey: "k2:exec.approved", claimant: "a1" })).toBe("delivered");
    expect([...(await b.wasDelivered(["k2:exec.approved"]))]).toEqual(["k2:exec.approved"]);
  });

  it("released: claimable by another at once; a release by someone else's claimant changes nothing", async () => {
    const { a, b } = await fixture();
    await a.claim({ deliveryKey: "k3:exec.rejected", claimant: "a1" });
    await b.settle({ deliveryKey: "k3:exec.rejected", claimant: "b1", outcome: "released" });
    expect(await b.claim({ deliveryKey: "k3:exec.rejected", claimant: "b1" })).toBe("busy");
    await a.settle({ deliveryKey: "k3:exec.rejected", claimant: "a1", outcome: "released" });
    expect(await b.claim({ deliveryKey: "k3:exec.rejected", claimant: "b1" })).toBe("claimed");
    expect((await a.wasDelivered(["k3:exec.rejected"])).size).toBe(0);
  });

  it("an expired claim (its claimant died) is taken over", async () => {
    const { a, b } = await fixture();
    await a.claim({ deliveryKey: "k4:exec.approval_requested", claimant: "dead" });
    await wait(a.leaseMs + 100);
    expect(await b.claim({ deliveryKey: "k4:exec.approval_requested", claimant: "b1" })).toBe("claimed");
  });

  it("a leader's claim is taken over by a later leader at once, never by a claimant without a lease", async () => {
    const { a, b } = await fixture();
    await a.claim({ deliveryKey: "k5:exec.approval_requested", claimant: "old-leader", fencingToken: 3 });
    expect(await b.claim({ deliveryKey: "k5:exec.approval_requested", claimant: "webhook" })).toBe("busy");
    expect(await b.claim({ deliveryKey: "k5:exec.approval_requested", claimant: "new-leader", fencingToken: 4 })).toBe("claimed");
    expect(await a.claim({ deliveryKey: "k5:exec.approval_requested", claimant: "old-leader", fencingToken: 3 })).toBe("busy");
  });

  it("a commit records the key as delivered over a claim", async () => {
    const { a, b } = await fixture();
    const lease = await a.acquire();
    await a.claim({ deliveryKey: "k6:exec.approval_requested", claimant: "a1", fencingToken: lease!.fencingToken });
    await a.commit({ deliveryKeys: ["k6:exec.approval_requested"], fencingToken: lease!.fencingToken });
    expect(await b.claim({ deliveryKey: "k6:exec.approval_requested", claimant: "b1" })).toBe("delivered");
    await a.release(lease!);
  });
}
