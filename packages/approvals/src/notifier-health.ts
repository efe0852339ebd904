/** What a notifier's readiness probe serves: its role, its last commit and its last coordination failure. */
import type { CoordinationError } from "./coordination";
import type { CoordinationReporter } from "./reporting-coordination";

/** A snapshot of a notifier's state, plain JSON (serve it from a health endpoint as it is). */
export interface NotifierHealth {
  /** `leader` while it holds the lease, `standby` while it waits for it (or for the coordination), `stopped` outside `run()`. */
  role: "leader" | "standby" | "stopped";
  /** False from a failed coordination call until the next one succeeds: serve it as readiness. */
  healthy: boolean;
  /** When this replica's last commit landed (ISO 8601), if any. */
  lastCommitAt: string | undefined;
  /** The resume point it last committed. */
  lastEventId: string | undefined;
  /** The last coordination failure: when, and the message (no credentials). */
  lastError: { at: string; message: string } | undefined;
}

/** Keeps a notifier's {@link NotifierHealth}, fed by its reporting coordination and its run loop. */
export class HealthTracker implements CoordinationReporter {
  role: NotifierHealth["role"] = "stopped";
  #healthy = true;
  #lastCommitAt: string | undefined;
  #lastError: NotifierHealth["lastError"];

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
      // A throwing hook must not stop the notifier.
    }
  }

  /** The snapshot, with the resume point the caller tracks. */
  snapshot(lastEventId: string | undefined): NotifierHealth {
    return { role: this.role, healthy: this.#healthy, lastCommitAt: this.#lastCommitAt, lastEventId, lastError: this.#lastError };
  }
}
