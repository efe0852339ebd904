/** A coordination whose failures are typed and reported, so an outage is told apart from a bug. */
import { CoordinationError, StaleLeaseError, type Coordination, type CoordinationCallOptions } from "./coordination";

/** Hears of every call's end: a success (by operation), or a failure as a {@link CoordinationError}. */
export interface CoordinationReporter {
  succeeded(operation: string): void;
  failed(error: CoordinationError): void;
}

/**
 * Wraps `coordination` so that a failing call rejects with a {@link CoordinationError} (cause: the
 * original), reported first. A `StaleLeaseError` (a protocol answer, not a failure) and the
 * rejection of a call whose signal was aborted pass through unchanged and unreported.
 */
export function reportingCoordination(coordination: Coordination, reporter: CoordinationReporter): Coordination {
  async function guard<T>(operation: string, call: CoordinationCallOptions | undefined, run: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      if (error instanceof StaleLeaseError || call?.signal?.aborted) throw error;
      const failure = error instanceof CoordinationError ? error : new CoordinationError(coordination.name, operation, error);
      reporter.failed(failure);
      throw failure;
    }
    reporter.succeeded(operation);
    return result;
  }
  return {
    name: coordination.name,
    leaseMs: coordination.leaseMs,
    acquire: (call) => guard("acquire", call, () => coordination.acquire(call)),
    renew: (lease, call) => guard("renew", call, () => coordination.renew(lease, call)),
    release: (lease, call) => guard("release", call, () => coordination.release(lease, call)),
    load: (call) => guard("load", call, () => coordination.load(call)),
    commit: (input, call) => guard("commit", call, () => coordination.commit(input, call)),
    wasDelivered: (keys, call) => guard("wasDelivered", call, () => coordination.wasDelivered(keys, call)),
    claim: (input, call) => guard("claim", call, () => coordination.claim(input, call)),
    settle: (input, call) => guard("settle", call, () => coordination.settle(input, call)),
    close: () => coordination.close(),
  };
}
