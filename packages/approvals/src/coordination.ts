/**
 * The contract between a notifier and where its replicas agree on who delivers and what was
 * delivered. One interface covers one process (memory, a file checkpoint) and a fleet
 * (`@xerotier/approvals/postgres`), so moving to several hosts changes one option.
 *
 * The protocol a notifier follows (see docs/guides/notifiers-on-several-hosts.md):
 * 1. `acquire()` until it returns a lease; `renew(lease)` every `leaseMs / 3`; a renewal that
 *    returns `undefined`, or {@link leaseRemainingMs} reaching 0, means leadership is lost: stop
 *    delivering at once and go back to `acquire()`.
 * 2. `load()` the resume point and watch from it.
 * 3. Per event: `claim({ deliveryKey, claimant, fencingToken })` its delivery key: `"delivered"`
 *    means skip it, `"busy"` means another claimant is delivering it (ask again; its claim lasts
 *    `leaseMs` unless renewed), `"claimed"` means deliver it, renewing the claim every
 *    `leaseMs / 3` until done, then `commit({ deliveryKeys: [key], resumePoint, fencingToken })`.
 *    A {@link StaleLeaseError} from `commit` means another replica leads now: stop delivering.
 * 4. Outside the lease (a webhook on any replica): claim the same way without a fencing token,
 *    then `settle({ …, outcome: "delivered" })` after delivering, or `"released"` when giving up.
 * 5. `release(lease)` on a clean stop, so a successor takes over without waiting for the expiry.
 */
import { XerotierSdkError } from "@xerotier/api";
import { brandError } from "@xerotier/api/internal";

/** Leadership of one coordination `name`, held until `deadline`. */
export interface Lease {
  /** Grows by at least 1 with every new holder: a commit carrying an older token is refused. */
  readonly fencingToken: number;
  /** Who holds it (random per coordination handle); for logs. */
  readonly holder: string;
  /**
   * `performance.now()` value after which the holder must assume it lost the lease. Measured from
   * when the acquire/renew request was sent, so it errs early, never late.
   */
  readonly deadline: number;
}

/** What {@link Coordination.commit} writes in one atomic step. */
export interface CommitInput {
  /** Delivery keys (see `deliveryKey`) whose delivery finished; recorded in the ledger. */
  deliveryKeys: readonly string[];
  /** The new resume point; omit it to record deliveries without moving the checkpoint. */
  resumePoint?: string;
  /** The fencing token of the lease the caller holds. */
  fencingToken: number;
}

/** What {@link Coordination.claim} is asked. */
export interface ClaimInput {
  /** The delivery key (see `deliveryKey`) about to be delivered. */
  deliveryKey: string;
  /** Who claims (random per delivery): the same claimant claiming again extends its claim. */
  claimant: string;
  /**
   * The lease's token when the claimant delivers as the leader: a leader's claim is taken over at
   * once by a claimant with a higher token (its successor). Omit it (0) outside a lease: such a
   * claim is only taken over once it expired.
   */
  fencingToken?: number;
}

/**
 * What a claim found: `"claimed"` (deliver it, the claim lasts `leaseMs`), `"delivered"` (the
 * ledger has it: skip it) or `"busy"` (another claimant is delivering it now).
 */
export type ClaimResult = "claimed" | "delivered" | "busy";

/** What {@link Coordination.settle} is told. */
export interface SettleInput {
  /** The claimed delivery key. */
  deliveryKey: string;
  /** The claimant that claimed it. */
  claimant: string;
  /** `"delivered"`: record it in the ledger; `"released"`: give the claim up so another may deliver at once. */
  outcome: "delivered" | "released";
}

/** Cancels a coordination call that is waiting (e.g. for a database to come back). */
export interface CoordinationCallOptions {
  /** Aborts the wait; the call then rejects with the abort reason. */
  signal?: AbortSignal;
}

/** Where notifier replicas keep one leader, one resume point and one ledger of delivered keys. */
export interface Coordination {
  /** The coordination name: replicas sharing it share leadership, checkpoint and ledger. */
  readonly name: string;
  /** How long a lease lasts without renewal, in ms. */
  readonly leaseMs: number;
  /** Takes the lease if it is free or expired (or already ours); `undefined` while another holder has it. */
  acquire(options?: CoordinationCallOptions): Promise<Lease | undefined>;
  /** Extends a lease still held; `undefined` when it was lost (expired and possibly taken over). */
  renew(lease: Lease, options?: CoordinationCallOptions): Promise<Lease | undefined>;
  /** Gives the lease up at once (a no-op when it was already lost). */
  release(lease: Lease, options?: CoordinationCallOptions): Promise<void>;
  /** The shared resume point, or `undefined` before the first commit. */
  load(options?: CoordinationCallOptions): Promise<string | undefined>;
  /**
   * Records delivered keys and (optionally) the resume point together, all or nothing. Rejects with
   * {@link StaleLeaseError} and writes nothing when `fencingToken` is not the live lease's token.
   */
  commit(input: CommitInput, options?: CoordinationCallOptions): Promise<void>;
  /** Which of `keys` the ledger holds (delivered by any replica, within the ledger's retention). */
  wasDelivered(keys: readonly string[], options?: CoordinationCallOptions): Promise<ReadonlySet<string>>;
  /**
   * Claims a delivery key for `leaseMs`, atomically: granted when the ledger does not have it and
   * no live claim of another claimant holds it (a live claim of a leader yields to a higher
   * `fencingToken`). Claiming again as the same claimant extends the claim. See {@link ClaimResult}.
   */
  claim(input: ClaimInput, options?: CoordinationCallOptions): Promise<ClaimResult>;
  /**
   * Ends a claim: records the key as delivered (by whichever claimant; not fenced, since the
   * delivery happened), or releases it when `claimant` still holds it. `commit` also records keys.
   */
  settle(input: SettleInput, options?: CoordinationCallOptions): Promise<void>;
  /** Frees what the coordination opened (connections); the lease is not released by this. */
  close(): Promise<void>;
}

/**
 * A commit (or renewal) was refused because the caller's lease is no longer the live one: it
 * expired, and another replica may already lead. Stop delivering; never retry with the same token.
 */
export class StaleLeaseError extends XerotierSdkError<"stale_lease"> {
  /** The coordination name. */
  readonly coordinationName: string;
  /** The token that was refused. */
  readonly fencingToken: number;

  /** Creates the error for `name` and the refused `fencingToken`. */
  constructor(coordinationName: string, fencingToken: number) {
    super("stale_lease", `The lease of '${coordinationName}' with fencing token ${fencingToken} is no longer held; another replica may lead.`);
    this.coordinationName = coordinationName;
    this.fencingToken = fencingToken;
  }

  static {
    brandError(this, "StaleLeaseError");
  }
}

/**
 * A coordination call failed: after the coordination's own patience (e.g. `unavailableTimeoutMs`
 * of a database that stays unreachable), or refused (permissions, a broken schema). `cause` is the
 * coordination's error. A notifier (or auto-approver) then goes to standby and tries again with a
 * capped backoff; `notifier.handle()` rejects with it.
 */
export class CoordinationError extends XerotierSdkError<"coordination_failed"> {
  /** The coordination name. */
  readonly coordinationName: string;
  /** The call that failed: `acquire`, `renew`, `release`, `load`, `commit`, `wasDelivered`, `claim` or `settle`. */
  readonly operation: string;

  /** Creates the error for `operation` on `coordinationName`, caused by `cause`. */
  constructor(coordinationName: string, operation: string, cause: unknown) {
    super("coordination_failed", `The coordination '${coordinationName}' failed (${operation}): ${describe(cause)}`, { cause, isRetryable: true });
    this.coordinationName = coordinationName;
    this.operation = operation;
  }

  static {
    brandError(this, "CoordinationError");
  }
}

// The cause's first line, without the user:password of a connection string it may quote.
function describe(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return (text.split("\n")[0] ?? "").replace(/\/\/[^\s/@]*@/g, "//[REDACTED]@").slice(0, 300);
}

/** Milliseconds left before `lease` must be treated as lost (0 once past its deadline). */
export function leaseRemainingMs(lease: Lease, now: number = performance.now()): number {
  return Math.max(0, lease.deadline - now);
}

/** Default lease: a failover happens within this many ms after the leader stops renewing. */
export const DEFAULT_LEASE_MS = 10_000;

/** Checks a lease duration: a whole number of ms between 100 ms and one day. */
export function checkLeaseMs(leaseMs: number): number {
  if (!Number.isInteger(leaseMs) || leaseMs < 100 || leaseMs > 86_400_000) {
    throw new RangeError(`leaseMs must be an integer between 100 and 86400000; got ${String(leaseMs)}.`);
  }
  return leaseMs;
}

/** A random holder id, so two handles in one process are two contenders. */
export function newHolderId(): string {
  return globalThis.crypto.randomUUID();
}
