import { ConflictError, XerotierSdkError, type XerotierError, type XerotierErrorJSON } from "@xerotier/api";
import { brandError, rewrapInit, type XerotierErrorInit } from "@xerotier/api/internal";
import type { Approval, ApprovalStatus } from "./types";

/** The HTTP details of the 409 a decision error came from (its `code` too), so request ids survive the re-wrap. */
function fromConflict(conflict: XerotierError | undefined): XerotierErrorInit {
  return conflict ? rewrapInit(conflict) : { status: 409 };
}

/**
 * The approval was already decided the other way (e.g. you asked to approve and it is rejected),
 * so this decision cannot land. A retried decision that matches the recorded one never throws this.
 *
 * @example
 * ```ts
 * try { await approvals.approve(id, { note: "CHG-1043" }); }
 * catch (err) { if (err instanceof ApprovalAlreadyResolvedError) console.log(err.currentStatus, err.decidedBy); }
 * ```
 */
export class ApprovalAlreadyResolvedError extends ConflictError {
  /** The approval id. */
  readonly approvalId: string;
  /** The status it was decided with (`approved` or `rejected`). */
  readonly currentStatus: ApprovalStatus;
  /** Who decided it (`decided_by`), when known. */
  readonly decidedBy: string | null;
  /** When it was decided (`decided_at`), when known. */
  readonly decidedAt: string | null;
  /** The approval as read after the conflict. */
  readonly approval: Approval;

  /** Creates the error from the approval as read after the 409 and the 409 itself. */
  constructor(approval: Approval, conflict?: XerotierError) {
    super(
      `Approval '${approval.id}' is already ${approval.status}${approval.decided_by ? ` by ${approval.decided_by}` : ""}.`,
      fromConflict(conflict),
    );
    this.approvalId = approval.id;
    this.currentStatus = approval.status;
    this.decidedBy = approval.decided_by;
    this.decidedAt = approval.decided_at;
    this.approval = approval;
  }

  /** A log-safe summary: the base error fields plus this error's own (no secrets). */
  override toJSON(): XerotierErrorJSON & { approvalId: string; currentStatus: string; decidedBy: string | null } {
    return { ...super.toJSON(), approvalId: this.approvalId, currentStatus: this.currentStatus, decidedBy: this.decidedBy };
  }

  static {
    brandError(this, "ApprovalAlreadyResolvedError");
  }
}

/**
 * The approval timed out (after its escalation stages) and can no longer be decided (409 `approval_expired`).
 *
 * @example
 * ```ts
 * catch (err) { if (err instanceof ApprovalExpiredError) console.log("too late:", err.approvalId); }
 * ```
 */
export class ApprovalExpiredError extends ConflictError {
  /** The approval id. */
  readonly approvalId: string;
  /** The approval as read after the conflict, when it could be read. */
  readonly approval: Approval | undefined;

  /** Creates the error; `approval` is included when the SDK could read it. */
  constructor(approvalId: string, conflict?: XerotierError, approval?: Approval) {
    super(`Approval '${approvalId}' timed out and can no longer be decided.`, fromConflict(conflict));
    this.approvalId = approvalId;
    this.approval = approval;
  }

  /** A log-safe summary: the base error fields plus this error's own (no secrets). */
  override toJSON(): XerotierErrorJSON & { approvalId: string } {
    return { ...super.toJSON(), approvalId: this.approvalId };
  }

  static {
    brandError(this, "ApprovalExpiredError");
  }
}

/**
 * `waitForDecision` gave up: the approval was still open after `maxWaitMs`. Not an HTTP error;
 * the approval may still be decided later.
 *
 * @example
 * ```ts
 * catch (err) { if (err instanceof ApprovalWaitTimeoutError) console.log(err.approvalId, err.lastStatus); }
 * ```
 */
export class ApprovalWaitTimeoutError extends XerotierSdkError<"approval_wait_timeout"> {
  /** The approval id. */
  readonly approvalId: string;
  /** How long the caller asked to wait, in milliseconds. */
  readonly maxWaitMs: number;
  /** The status last seen (`pending` or `escalated`), if the approval could be read at all. */
  readonly lastStatus: ApprovalStatus | undefined;

  /** Creates the error. */
  constructor(approvalId: string, maxWaitMs: number, lastStatus: ApprovalStatus | undefined) {
    super("approval_wait_timeout", `Approval '${approvalId}' was not decided within ${maxWaitMs} ms (last status: ${lastStatus ?? "unknown"}).`);
    this.approvalId = approvalId;
    this.maxWaitMs = maxWaitMs;
    this.lastStatus = lastStatus;
  }

  /** A log-safe summary: the base error fields plus this error's own (no secrets). */
  override toJSON(): XerotierErrorJSON & { reason: "approval_wait_timeout"; approvalId: string; maxWaitMs: number; lastStatus: string | undefined } {
    return { ...super.toJSON(), approvalId: this.approvalId, maxWaitMs: this.maxWaitMs, lastStatus: this.lastStatus };
  }

  static {
    brandError(this, "ApprovalWaitTimeoutError");
  }
}

/**
 * Another notifier holds the checkpoint: two notifiers on one resume point would deliver
 * everything twice. Thrown by `notifier.run()` before anything is read or delivered. `holder` is
 * the process named in the lock file (`pid`, `hostname`, `since`), when readable.
 *
 * @example
 * ```ts
 * catch (err) { if (err instanceof CheckpointLockedError) console.error(`already running as pid ${err.holder?.pid} on ${err.holder?.hostname}`); }
 * ```
 */
export class CheckpointLockedError extends XerotierSdkError<"checkpoint_locked"> {
  /** The lock file. */
  readonly lockPath: string;
  /** Who holds it, as written in the lock file. */
  readonly holder: { pid: number; hostname: string; since: string } | undefined;

  /** Creates the error. */
  constructor(lockPath: string, holder: { pid: number; hostname: string; since: string } | undefined) {
    const who = holder ? `pid ${holder.pid} on ${holder.hostname} since ${holder.since}` : "another process";
    super("checkpoint_locked", `The checkpoint is in use by ${who} (lock file ${lockPath}); run one notifier per checkpoint.`);
    this.lockPath = lockPath;
    this.holder = holder;
  }

  /** A log-safe summary: the base error fields plus this error's own. */
  override toJSON(): XerotierErrorJSON & { reason: "checkpoint_locked"; lockPath: string; holder: { pid: number; hostname: string; since: string } | undefined } {
    return { ...super.toJSON(), lockPath: this.lockPath, holder: this.holder };
  }

  static {
    brandError(this, "CheckpointLockedError");
  }
}
