import { ConflictError, XerotierSdkError, type XerotierError } from "@xerotier/api";
import { brandError, rewrapInit } from "@xerotier/api/internal";
import type { Invocation } from "./types";

/**
 * `cancel()` lost the race: the invocation had already finished. Carries the final invocation
 * (read right after the 409 `invocation_already_finished`), so callers can report the outcome.
 *
 * @example
 * ```ts
 * try { await exec.cancel(id); }
 * catch (err) { if (err instanceof InvocationAlreadyFinishedError) console.log(err.invocation.status); else throw err; }
 * ```
 */
export class InvocationAlreadyFinishedError extends ConflictError {
  /** The invocation in its final status. */
  readonly invocation: Invocation;
  /** Creates the error from the router's 409 and the invocation read afterwards. */
  constructor(invocation: Invocation, conflict: XerotierError) {
    super(`Invocation '${invocation.id}' already finished with status ${invocation.status}; nothing to cancel.`, rewrapInit(conflict));
    this.invocation = invocation;
  }

  static {
    brandError(this, "InvocationAlreadyFinishedError");
  }
}

/**
 * `waitForCompletion()` ran out of time before the invocation finished. `lastSeen` is the
 * invocation as last read (its status says where it is stuck, e.g. `pending_approval`).
 */
export class InvocationWaitTimeoutError extends XerotierSdkError<"invocation_wait_timeout"> {
  /** The invocation waited for. */
  readonly invocationId: string;
  /** How long the call waited. */
  readonly maxWaitMs: number;
  /** The invocation as last read. */
  readonly lastSeen: Invocation | undefined;
  /** Creates the error. */
  constructor(invocationId: string, maxWaitMs: number, lastSeen: Invocation | undefined) {
    super("invocation_wait_timeout", `Invocation '${invocationId}' did not finish within ${maxWaitMs} ms (last status: ${lastSeen?.status ?? "unknown"}).`);
    this.invocationId = invocationId;
    this.maxWaitMs = maxWaitMs;
    this.lastSeen = lastSeen;
  }

  static {
    brandError(this, "InvocationWaitTimeoutError");
  }
}

/** Bad input to an exec helper (e.g. an alert payload without the labels triage needs). Nothing was sent. */
export class ExecInputError extends XerotierSdkError<"invalid_input"> {
  /** Creates the error. */
  constructor(message: string) {
    super("invalid_input", message);
  }

  static {
    brandError(this, "ExecInputError");
  }
}
