import { isApprovalEvent, streamEvents, type RequestOptions, type XerotierClient } from "@xerotier/api";
import { APPROVAL_EVENT_TYPES, DEFAULT_POLL_INTERVAL_MS, type DriftReporting, unknownStatusReporter, waitFor, waitRequestOptions, withSpan } from "@xerotier/api/internal";
import { ApprovalWaitTimeoutError } from "./errors";
import { withPatience } from "./snapshot";
import { isDecided, isKnownStatus, type Approval } from "./types";

/**
 * Options of `approvals.waitForDecision`. `maxWaitMs` and `signal` bound the whole wait (every
 * read and the sleeps between them); `timeoutMs` and `maxRetries` apply to each read, as on a
 * single request. `onUnknownStatus` / `logger` hear of statuses the SDK does not know.
 */
export interface WaitForDecisionOptions extends Omit<RequestOptions, "idempotencyKey">, DriftReporting {
  /** Give up after this long with {@link ApprovalWaitTimeoutError}. Default: wait until the approval's own expiry settles it. */
  maxWaitMs?: number | undefined;
  /** Aborting it stops the wait, which rejects with `APIUserAbortError` (the signal's reason as `cause`). */
  signal?: AbortSignal | undefined;
  /** How often to re-read the approval as ground truth (events only wake the waiter early). Default 2 000 ms (`DEFAULT_POLL_INTERVAL_MS`). */
  pollIntervalMs?: number;
}

/**
 * Resolves once the approval is approved, rejected or timed out. Reads it, then sleeps until an
 * approval event for it arrives on the stream or `pollIntervalMs` passes, and reads again: the
 * read decides, so a missed event or a router without an event stream only costs latency.
 * Only a known final status decides: an unknown one (e.g. `cancelling`) or a missing one is
 * reported once through `onUnknownStatus` / `logger` and the wait goes on.
 */
export function waitForDecision(client: XerotierClient, id: string, options: WaitForDecisionOptions = {}): Promise<Approval> {
  return withSpan(client, "xerotier.approvals.wait_for_decision", { "xerotier.approval_id": id }, () => waitUntilDecided(client, id, options));
}

/** waitForDecision's work, inside its span. */
function waitUntilDecided(client: XerotierClient, id: string, options: WaitForDecisionOptions = {}): Promise<Approval> {
  const { maxWaitMs, pollIntervalMs } = options;
  const reportUnknown = unknownStatusReporter("approval", id, options);
  const readOnce = async (signal: AbortSignal): Promise<Approval> => {
    const { data } = await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: id } }, ...waitRequestOptions(options, signal) });
    if (!isKnownStatus(data?.status)) reportUnknown(data?.status);
    return data;
  };
  return waitFor({
    // Waits out a 429's Retry-After and backs off on a 5xx (capped at the poll interval) rather than ending the wait.
    read: (signal) => withPatience(() => readOnce(signal), signal, pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS),
    done: (approval): approval is Approval => approval !== undefined && isDecided(approval),
    timeoutError: (last) => new ApprovalWaitTimeoutError(id, maxWaitMs ?? Infinity, typeof last?.status === "string" ? last.status : undefined),
    maxWaitMs,
    pollIntervalMs,
    signal: options.signal,
    // The stream only wakes us early; any failure of it just leaves the periodic read.
    follow: (wake, signal, first) => void followEvents(client, id, typeof first?.workspace_id === "string" ? first.workspace_id : undefined, signal, wake),
  });
}

async function followEvents(client: XerotierClient, id: string, workspaceId: string | undefined, signal: AbortSignal, wake: () => void): Promise<void> {
  try {
    const stream = streamEvents(client, { types: APPROVAL_EVENT_TYPES, signal, ...(workspaceId ? { workspaceId } : {}) });
    for await (const item of stream) if (isApprovalEvent(item) && item.data?.id === id) wake();
  } catch {
    // No stream (404, a proxy): polling alone still finds the decision.
  }
}
