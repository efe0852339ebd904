/**
 * Holding a notifier's (or auto-approver's) lease: acquire with bounded backoff, renew every
 * leaseMs / 3, notice the loss, and run the leader's work term after term through outages.
 */
import { CoordinationError, leaseRemainingMs, type Coordination, type Lease } from "./coordination";
import { retryDelayMs, sleep } from "@xerotier/api/internal";
import { linkedController } from "./util";

/** A lease being held: `lost` aborts the moment it must be treated as gone. */
export interface Leadership {
  /** The lease as last renewed. */
  readonly lease: Lease;
  /** Aborts when a renewal is refused, fails past the deadline, or the deadline passes. */
  readonly lost: AbortSignal;
  /** True while the lease is held and its deadline not passed (checked right before each delivery). */
  holds(): boolean;
  /** Steps down (e.g. after a commit refused for a stale fencing token). */
  lose(): void;
  /** Stops renewing and releases the lease when it is still held. */
  end(): Promise<void>;
}

/**
 * Waits until `coordination` grants the lease; a standby retries with full-jitter backoff capped
 * at a tenth of the lease, so it takes over soon after the leader's lease expires. `undefined`
 * when `signal` aborts first.
 */
export async function acquireLeadership(coordination: Coordination, signal: AbortSignal): Promise<Leadership | undefined> {
  for (let attempt = 1; !signal.aborted; attempt += 1) {
    const lease = await coordination.acquire({ signal }).catch((error: unknown) => {
      if (signal.aborted) return undefined;
      throw error;
    });
    if (lease) return hold(coordination, lease);
    await sleep(standbyDelayMs(coordination.leaseMs, attempt), signal).catch(() => undefined); // aborted: the loop condition ends it
  }
  return undefined;
}

/**
 * Repeats until `signal` aborts: wait for the lease (standby), then `lead(leadingSignal,
 * leadership)`, where `leadingSignal` aborts on stop or on a lost lease; the lease is released
 * after each term. A coordination that fails (a {@link CoordinationError}: unreachable past its own
 * patience, or refusing) ends the wait or the term, and the replica stays in standby for a capped
 * backoff (a tenth of the lease, doubling up to the lease) before it asks again, however long the
 * outage lasts. An error that is not the coordination's, while the lease is held, propagates.
 * `onLeadership` hears of each term's start (the leadership) and end (`undefined`).
 */
export async function whileLeading(
  coordination: Coordination,
  signal: AbortSignal,
  lead: (leadingSignal: AbortSignal, leadership: Leadership) => Promise<void>,
  onLeadership: (leadership: Leadership | undefined) => void,
): Promise<void> {
  for (let failures = 0; !signal.aborted; ) {
    try {
      const leadership = await acquireLeadership(coordination, signal);
      if (!leadership) return;
      failures = 0;
      await term(leadership, signal, lead, onLeadership);
    } catch (error) {
      if (!(error instanceof CoordinationError)) throw error;
      failures += 1;
      const delayMs = retryDelayMs(failures, { baseDelayMs: Math.max(100, coordination.leaseMs / 10), maxDelayMs: coordination.leaseMs });
      await sleep(delayMs, signal).catch(() => undefined); // aborted: the loop condition ends it
    }
  }
}

async function term(
  leadership: Leadership,
  signal: AbortSignal,
  lead: (leadingSignal: AbortSignal, leadership: Leadership) => Promise<void>,
  onLeadership: (leadership: Leadership | undefined) => void,
): Promise<void> {
  onLeadership(leadership);
  const leading = linkedController(signal, leadership.lost);
  try {
    await lead(leading.signal, leadership);
  } catch (error) {
    if (!leading.signal.aborted || error instanceof CoordinationError) throw error; // else: stopping or stepping down
  } finally {
    onLeadership(undefined);
    leading.abort();
    leading.dispose();
    await leadership.end();
  }
}

/**
 * How long to wait before asking again for what another holds (the lease, a claimed key): full
 * jitter from 10 ms, capped at a tenth of the lease, so it is taken soon after the holder's ends.
 */
export function standbyDelayMs(leaseMs: number, attempt: number): number {
  const maxDelayMs = Math.max(10, Math.floor(leaseMs / 10));
  const baseDelayMs = Math.min(maxDelayMs, 10);
  return retryDelayMs(attempt, { baseDelayMs, maxDelayMs, minMs: baseDelayMs, maxMs: maxDelayMs });
}

function hold(coordination: Coordination, first: Lease): Leadership {
  let lease = first;
  const lost = new AbortController();
  const ended = new AbortController();
  const lose = () => lost.abort(new Error(`Lost the lease of '${coordination.name}' (fencing token ${lease.fencingToken}).`));
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  // The deadline counts even when no renewal answers (a paused process, a hung database).
  const arm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(lose, leaseRemainingMs(lease));
  };
  arm();
  const stopRenewing = linkedController(lost.signal, ended.signal);
  const renewing = (async () => {
    while (!stopRenewing.signal.aborted) {
      await sleep(coordination.leaseMs / 3, stopRenewing.signal).catch(() => undefined);
      if (stopRenewing.signal.aborted) return;
      try {
        const renewed = await coordination.renew(lease, { signal: stopRenewing.signal });
        if (!renewed) return lose();
        lease = renewed;
        arm();
      } catch {
        if (leaseRemainingMs(lease) === 0) return lose(); // else retried at the next tick, within the lease
      }
    }
  })();
  return {
    get lease() {
      return lease;
    },
    lost: lost.signal,
    holds: () => !lost.signal.aborted && leaseRemainingMs(lease) > 0,
    lose,
    async end() {
      ended.abort();
      clearTimeout(watchdog);
      await renewing;
      stopRenewing.dispose();
      if (!lost.signal.aborted) await coordination.release(lease).catch(() => undefined); // the lease expires anyway
    },
  };
}
