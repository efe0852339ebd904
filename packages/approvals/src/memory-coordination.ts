import { memoryCheckpoint, type Checkpoint } from "./checkpoint";
import { checkLeaseMs, DEFAULT_LEASE_MS, newHolderId, StaleLeaseError, type ClaimInput, type ClaimResult, type Coordination, type Lease } from "./coordination";

/** Options of {@link checkpointCoordination} and {@link memoryCoordination}. */
export interface LocalCoordinationOptions {
  /** The coordination name (for errors and logs). Default `"default"`. */
  name?: string;
  /** Lease length in ms. Default 10 000. */
  leaseMs?: number;
  /** Delivery keys the ledger keeps (and claims held at once); past it the oldest is forgotten. Default 100 000. */
  ledgerLimit?: number;
}

/** A single-process {@link Coordination} that can hand out more contenders on the same state. */
export interface LocalCoordination extends Coordination {
  /** Another handle (another holder) on the same lease, checkpoint and ledger: a second replica in-process. */
  contender(): LocalCoordination;
}

interface SharedState {
  readonly name: string;
  readonly leaseMs: number;
  readonly ledgerLimit: number;
  readonly checkpoint: Checkpoint;
  readonly ledger: Set<string>;
  /** Live and expired claims by delivery key, oldest first; a settled key leaves it. */
  readonly claims: Map<string, { claimant: string; token: number; expiresAt: number }>;
  lease: { holder: string; token: number; expiresAt: number } | undefined;
  lastToken: number;
}

/**
 * Puts any {@link Checkpoint} (e.g. `fileCheckpoint` from `@xerotier/approvals/node`) behind the
 * {@link Coordination} interface, for a notifier on one host. The lease, the ledger and the claims
 * on delivery keys (the same rules as every coordination: one claimant per key for `leaseMs`, so
 * the stream and `handle()` never deliver one transition twice) live in this process's memory:
 * after a restart the checkpoint is the only memory, so events after it are delivered again
 * (at-least-once), which the sinks' delivery keys absorb.
 *
 * @example
 * ```ts
 * const coordination = checkpointCoordination(fileCheckpoint("./approvals.checkpoint.json"));
 * ```
 */
export function checkpointCoordination(checkpoint: Checkpoint, options: LocalCoordinationOptions = {}): LocalCoordination {
  const limit = options.ledgerLimit ?? 100_000;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`ledgerLimit must be a positive integer; got ${String(limit)}.`);
  const state: SharedState = {
    name: options.name ?? "default",
    leaseMs: checkLeaseMs(options.leaseMs ?? DEFAULT_LEASE_MS),
    ledgerLimit: limit,
    checkpoint,
    ledger: new Set(),
    claims: new Map(),
    lease: undefined,
    lastToken: 0,
  };
  return handleOn(state);
}

/**
 * A {@link Coordination} held entirely in memory: tests, and notifiers that may start from "now"
 * after a restart. `contender()` gives more replicas on the same state.
 *
 * @example
 * ```ts
 * const coordination = memoryCoordination({ leaseMs: 2_000 });
 * const lease = await coordination.acquire();
 * ```
 */
export function memoryCoordination(options: LocalCoordinationOptions & { resumePoint?: string } = {}): LocalCoordination {
  return checkpointCoordination(memoryCheckpoint(options.resumePoint), options);
}

function handleOn(state: SharedState): LocalCoordination {
  const holder = newHolderId();
  const live = (now: number) => (state.lease !== undefined && state.lease.expiresAt > now ? state.lease : undefined);
  const grant = (token: number, sentAt: number): Lease => {
    state.lease = { holder, token, expiresAt: Date.now() + state.leaseMs };
    return { fencingToken: token, holder, deadline: sentAt + state.leaseMs };
  };
  return {
    name: state.name,
    leaseMs: state.leaseMs,
    async acquire() {
      const sentAt = performance.now();
      const current = live(Date.now());
      if (current && current.holder !== holder) return undefined;
      if (current) return grant(current.token, sentAt);
      state.lastToken += 1;
      return grant(state.lastToken, sentAt);
    },
    async renew(lease) {
      const sentAt = performance.now();
      const current = live(Date.now());
      if (!current || current.holder !== holder || current.token !== lease.fencingToken) return undefined;
      return grant(current.token, sentAt);
    },
    async release(lease) {
      if (state.lease?.holder === holder && state.lease.token === lease.fencingToken) state.lease = undefined;
    },
    load: () => state.checkpoint.load(),
    async commit(input) {
      const current = live(Date.now());
      if (!current || current.token !== input.fencingToken) throw new StaleLeaseError(state.name, input.fencingToken);
      for (const key of input.deliveryKeys) remember(state, key);
      if (input.resumePoint !== undefined) await state.checkpoint.save(input.resumePoint);
    },
    async wasDelivered(keys) {
      return new Set(keys.filter((key) => state.ledger.has(key)));
    },
    async claim(input) {
      return claimIn(state, input, Date.now());
    },
    async settle(input) {
      if (input.outcome === "delivered") remember(state, input.deliveryKey);
      else if (state.claims.get(input.deliveryKey)?.claimant === input.claimant) state.claims.delete(input.deliveryKey);
    },
    async close() {},
    contender: () => handleOn(state),
  };
}

// Insertion order is age order: past the limit the oldest key goes. A recorded key's claim ends.
function remember(state: SharedState, key: string): void {
  state.claims.delete(key);
  state.ledger.delete(key);
  state.ledger.add(key);
  if (state.ledger.size > state.ledgerLimit) state.ledger.delete(state.ledger.values().next().value as string);
}

function claimIn(state: SharedState, input: ClaimInput, now: number): ClaimResult {
  const key = input.deliveryKey;
  if (state.ledger.has(key)) return "delivered";
  const token = input.fencingToken ?? 0;
  const held = state.claims.get(key);
  const yields = held === undefined || held.expiresAt <= now || held.claimant === input.claimant || (held.token > 0 && token > held.token);
  if (!yields) return "busy";
  state.claims.delete(key); // re-inserted: the map stays oldest first
  state.claims.set(key, { claimant: input.claimant, token, expiresAt: now + state.leaseMs });
  if (state.claims.size > state.ledgerLimit) state.claims.delete(state.claims.keys().next().value as string);
  return "claimed";
}
