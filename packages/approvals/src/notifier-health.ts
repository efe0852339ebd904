/** What a replica's readiness probe serves: its role, its coordination's last failure and, for a notifier, its last commit. */
import type { Coordination, CoordinationError } from "./coordination";
import { whileLeading, type Leadership } from "./notifier-leadership";
import type { CoordinationReporter } from "./reporting-coordination";

/**
 * A replica's standing in its fleet (a notifier, an auto-approver), plain JSON: serve `healthy`
 * from a readiness probe.
 */
export interface CoordinationHealth {
  /** `leader` while it holds the lease, `standby` while it waits for it (or for the coordination), `stopped` outside `run()`. */
  role: "leader" | "standby" | "stopped";
  /** False from a failed coordination call until the next one succeeds: serve it as readiness. */
  healthy: boolean;
  /** The last coordination failure: when, and the message (no credentials). */
  lastError: { at: string; message: string } | undefined;
}

/** A snapshot of a notifier's state, plain JSON (serve it from a health endpoint as it is). */
export interface NotifierHealth extends CoordinationHealth {
  /** When this replica's last commit landed (ISO 8601), if any. */
  lastCommitAt: string | undefined;
  /** The resume point it last committed. */
  lastEventId: string | undefined;
}

/** Keeps a replica's health, fed by its reporting coordination and its run loop. */
export class HealthTracker implements CoordinationReporter {
  role: CoordinationHealth["role"] = "stopped";
  #healthy = true;
  #lastCommitAt: string | undefined;
  #lastError: CoordinationHealth["lastError"];

  /** @param onError - the user's hook; a throwing hook is ignored. */
  constructor(private readonly onError: ((error: CoordinationError) => void) | undefined) {}

  succeeded(operation: string): void {
    this.#healthy = true;
    if (operation === "commit") this.#lastCommitAt = new Date().toISOString();
  }

  failed(error: CoordinationError): void {
    this.#healthy = false;
    this.#lastError = { at: new Date().toISOString(), message: error.message };
    try {
      this.onError?.(error);
    } catch {
      // A throwing hook must not stop the replica.
    }
  }

  /**
   * {@link whileLeading} with the role kept current: standby while waiting for the lease, leader
   * during a term, stopped once it returns. `onTerm` hears of each term's start and end.
   */
  async whileLeading(
    coordination: Coordination,
    signal: AbortSignal,
    lead: (leadingSignal: AbortSignal, leadership: Leadership) => Promise<void>,
    onTerm: (leadership: Leadership | undefined) => void,
  ): Promise<void> {
    this.role = "standby";
    try {
      await whileLeading(coordination, signal, lead, (leadership) => {
        this.role = leadership ? "leader" : "standby";
        onTerm(leadership);
      });
    } finally {
      this.role = "stopped";
    }
  }

  /** The role, whether the coordination answers, and its last failure. */
  standing(): CoordinationHealth {
    return { role: this.role, healthy: this.#healthy, lastError: this.#lastError };
  }

  /** The notifier's snapshot: its standing, its last commit and the resume point the caller tracks. */
  snapshot(lastEventId: string | undefined): NotifierHealth {
    return { ...this.standing(), lastCommitAt: this.#lastCommitAt, lastEventId };
  }
}
