/** Claiming a delivery key in the coordination's ledger before delivering it, and keeping the claim meanwhile. */
import { sleep } from "@xerotier/api/internal";
import { newHolderId, type ClaimInput, type Coordination } from "./coordination";
import { standbyDelayMs } from "./notifier-leadership";

/** A claim being held: renewed every `leaseMs / 3` until {@link HeldClaim.end}. */
export interface HeldClaim {
  /** False once a renewal found the key claimed elsewhere or delivered, or the claim's lease ran out unrenewed. */
  holds(): boolean;
  /** Stops renewing, then records the key (`"delivered"`), frees it (`"released"`), or leaves it to a commit (`undefined`). */
  end(outcome: "delivered" | "released" | undefined): Promise<void>;
}

/** What {@link claimDelivery} got: the claim, the news that the key was delivered, or nothing (stopped first). */
export type ClaimOutcome = { result: "claimed"; claim: HeldClaim } | { result: "delivered" } | { result: "stopped" };

/**
 * Claims `key` as a new claimant (with the lease's `fencingToken` when leading, else 0). While
 * another claimant holds it, asks again with the standby's backoff: its claim ends with its
 * delivery (then `"delivered"`), its release, or its lease (a claimant that died).
 */
export async function claimDelivery(coordination: Coordination, key: string, fencingToken: number, stop: AbortSignal): Promise<ClaimOutcome> {
  const input: ClaimInput = { deliveryKey: key, claimant: newHolderId(), ...(fencingToken > 0 ? { fencingToken } : {}) };
  for (let attempt = 1; !stop.aborted; attempt += 1) {
    const sentAt = performance.now();
    const result = await coordination.claim(input, { signal: stop }).catch((error: unknown) => {
      if (stop.aborted) return undefined;
      throw error;
    });
    if (result === "delivered") return { result };
    if (result === "claimed") return { result, claim: holdClaim(coordination, input, sentAt) };
    if (result === "busy") await sleep(standbyDelayMs(coordination.leaseMs, attempt), stop).catch(() => undefined);
  }
  return { result: "stopped" };
}

// The deadline counts from when the claim was sent, so it errs early, never late (as a lease does).
function holdClaim(coordination: Coordination, input: ClaimInput, sentAt: number): HeldClaim {
  let deadline = sentAt + coordination.leaseMs;
  let lost = false;
  const ended = new AbortController();
  const renewing = (async () => {
    while (!lost) {
      await sleep(coordination.leaseMs / 3, ended.signal).catch(() => undefined);
      if (ended.signal.aborted) return;
      const at = performance.now();
      try {
        if ((await coordination.claim(input, { signal: ended.signal })) === "claimed") deadline = at + coordination.leaseMs;
        else lost = true;
      } catch {
        // Retried at the next tick; the deadline decides meanwhile.
      }
    }
  })();
  return {
    holds: () => !lost && performance.now() < deadline,
    async end(outcome) {
      ended.abort();
      await renewing;
      if (outcome !== undefined) await coordination.settle({ deliveryKey: input.deliveryKey, claimant: input.claimant, outcome });
    },
  };
}
