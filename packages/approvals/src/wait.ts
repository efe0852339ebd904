import { isApprovalEvent, streamEvents, type RequestOptions, type XerotierClient } from "@xerotier/api";
import { abortError, APPROVAL_EVENT_TYPES, type DriftReporting, elapse, sleep, unknownStatusReporter, withSpan } from "@xerotier/api/internal";
import { ApprovalWaitTimeoutError } from "./errors";
import { withPatience } from "./snapshot";
import { isDecided, isKnownStatus, type Approval } from "./types";
import { linkedController } from "./util";

/**
 * Options of `approvals.waitForDecision`. Unlike on a single request, `signal` and `timeoutMs`
 * bound the whole wait (every read and the sleeps between them); `maxRetries` applies to each
 * read, whose own time limit is the client's `timeoutMs`. `onUnknownStatus` / `logger` hear of
 * statuses the SDK does not know.
 */
export interface WaitForDecisionOptions extends Omit<RequestOptions, "idempotencyKey">, DriftReporting {
  /** Give up after this long with {@link ApprovalWaitTimeoutError}. Default: wait until the approval's own expiry settles it. */
  timeoutMs?: number | undefined;
  /** Aborting it stops the wait, which rejects with `APIUserAbortError` (the signal's reason as `cause`). */
  signal?: AbortSignal | undefined;
  /** How often to re-read the approval as ground truth (events only wake the waiter early). Default 5 000 ms. */
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
async function waitUntilDecided(client: XerotierClient, id: string, options: WaitForDecisionOptions = {}): Promise<Approval> {
  const { timeoutMs, pollIntervalMs = 5000, signal } = options;
  if (signal?.aborted) throw abortError(signal);
  const controller = linkedController(signal);
  let timedOut = false;
  if (timeoutMs !== undefined && Number.isFinite(timeoutMs)) {
    elapse(timeoutMs, controller.signal).then(
      () => {
        timedOut = true;
        controller.abort();
      },
      () => undefined, // the wait ended first
    );
  }
  const wake = new EventTarget();
  const reportUnknown = unknownStatusReporter("approval", id, options);
  const retries = options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries };
  let last: Approval | undefined;
  const read = async (): Promise<Approval | undefined> => {
    const { data } = await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: id } }, signal: controller.signal, ...retries });
    if (!isKnownStatus(data?.status)) reportUnknown(data?.status);
    return data;
  };
  try {
    last = await withPatience(read, controller.signal, pollIntervalMs);
    if (last && isDecided(last)) return last;
    // The stream only wakes us early; any failure of it just leaves the periodic read.
    void followEvents(client, id, typeof last?.workspace_id === "string" ? last.workspace_id : undefined, controller.signal, () => wake.dispatchEvent(new Event("wake")));
    while (!controller.signal.aborted) {
      await sleepOrWake(pollIntervalMs, controller.signal, wake);
      const next = await withPatience(read, controller.signal, pollIntervalMs);
      if (next === undefined) break;
      last = next;
      if (isDecided(last)) return last;
    }
    if (timedOut) throw new ApprovalWaitTimeoutError(id, timeoutMs ?? 0, typeof last?.status === "string" ? last.status : undefined);
    throw abortError(signal);
  } finally {
    controller.abort();
    controller.dispose();
  }
}

async function followEvents(client: XerotierClient, id: string, workspaceId: string | undefined, signal: AbortSignal, wake: () => void): Promise<void> {
  try {
    const stream = streamEvents(client, { types: APPROVAL_EVENT_TYPES, signal, ...(workspaceId ? { workspaceId } : {}) });
    for await (const item of stream) if (isApprovalEvent(item) && item.data?.id === id) wake();
  } catch {
    // No stream (404, a proxy): polling alone still finds the decision.
  }
}

function sleepOrWake(ms: number, signal: AbortSignal, wake: EventTarget): Promise<void> {
  const inner = linkedController(signal);
  const onWake = (): void => inner.abort();
  wake.addEventListener("wake", onWake, { once: true });
  // An early wake or the end of the wait both abort `inner`: the caller's loop decides what follows.
  return sleep(ms, inner.signal)
    .catch(() => undefined)
    .finally(() => {
      wake.removeEventListener("wake", onWake);
      inner.dispose();
    });
}
