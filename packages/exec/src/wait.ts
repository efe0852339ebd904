import { isApprovalEvent, isInvocationEvent, type XerotierClient } from "@xerotier/api";
import {
  createEventStream,
  DEFAULT_POLL_INTERVAL_MS,
  type DriftReporting,
  durationOption,
  eventStreamRequestHeaders,
  type ReadOptions,
  unknownStatusReporter,
  waitFor,
  waitRequestOptions,
  withSpan,
} from "@xerotier/api/internal";
import { InvocationWaitTimeoutError } from "./errors";
import { getInvocation } from "./resources";
import { isFinished, isKnownStatus, type Invocation } from "./types";

/**
 * Options of `waitForCompletion()`. `maxWaitMs` and `signal` bound the whole wait (every read,
 * the event stream and the sleeps); `timeoutMs` and `maxRetries` apply to each read, as on a
 * single request. `onUnknownStatus` / `logger` hear of statuses the SDK does not know.
 */
export interface WaitForCompletionOptions extends ReadOptions, DriftReporting {
  /** Give up after this long (wall time) with {@link InvocationWaitTimeoutError}. Default 10 minutes. */
  maxWaitMs?: number | undefined;
  /** Aborting it stops the wait, which rejects with `APIUserAbortError` (the signal's reason as `cause`). */
  signal?: AbortSignal | undefined;
  /** Poll interval once the event stream is unavailable. Default 2 000 ms (`DEFAULT_POLL_INTERVAL_MS`). */
  pollIntervalMs?: number;
  /**
   * Interval of the safety re-read while the stream is up, for endings that emit no exec event
   * (a cancel). Default 15 000 ms.
   */
  recheckIntervalMs?: number;
  /** Set `false` to poll only, without the event stream. Default true. */
  stream?: boolean;
}

const DEFAULT_MAX_WAIT_MS = 600_000;
// Event types that can end an invocation: exec outcomes, and approval outcomes that reject it.
const ENDING_TYPES = ["exec.completed", "exec.failed", "exec.timeout", "exec.rejected", "exec.approval_timed_out"];

/**
 * Resolves with the invocation in its final status (`completed`, `failed`, `timeout`,
 * `cancelled`, `rejected`). Follows the event stream for the invocation's workspace and re-reads
 * the invocation each time the stream (re)connects, so a finish that happened before the
 * subscription is never missed; falls back to polling when the stream is unavailable. Only a
 * known final status ends the wait: an unknown or missing one is reported once through
 * `onUnknownStatus` / `logger` and the wait goes on (until `maxWaitMs`).
 *
 * @example
 * ```ts
 * const call = await exec.invoke({ workspaceId: "ws_kube_prod", tool: "kubectl_get", arguments: { resource: "pods" } });
 * const done = await exec.waitForCompletion(call.id, { maxWaitMs: 60_000 });
 * console.log(done.status, done.exit_code);
 * ```
 */
export function waitForCompletion(client: XerotierClient, id: string, options: WaitForCompletionOptions = {}): Promise<Invocation> {
  return withSpan(client, "xerotier.exec.wait_for_completion", { "xerotier.invocation_id": id }, () => waitUntilFinished(client, id, options));
}

/** waitForCompletion's work, inside its span: reads on every stream wake, every recheck while it is up, every poll once it is not. */
function waitUntilFinished(client: XerotierClient, id: string, options: WaitForCompletionOptions = {}): Promise<Invocation> {
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const pollIntervalMs = durationOption("pollIntervalMs", options.pollIntervalMs, DEFAULT_POLL_INTERVAL_MS);
  const recheckIntervalMs = durationOption("recheckIntervalMs", options.recheckIntervalMs, 15_000);
  const reportUnknown = unknownStatusReporter("invocation", id, options);
  let streaming = options.stream !== false; // until the stream proves unavailable
  return waitFor({
    read: async (signal) => {
      const invocation = await getInvocation(client, id, waitRequestOptions(options, signal));
      if (!isKnownStatus(invocation?.status)) reportUnknown(invocation?.status);
      return invocation;
    },
    done: isFinished,
    timeoutError: (last) => new InvocationWaitTimeoutError(id, maxWaitMs, last),
    maxWaitMs,
    pollIntervalMs: () => (streaming ? recheckIntervalMs : pollIntervalMs),
    signal: options.signal,
    follow: (wake, signal, first) => {
      if (!streaming) return;
      // The workspace only narrows the stream; without it (a field the docs do not fix) follow them all.
      const workspaceId = typeof first?.workspace_id === "string" ? first.workspace_id : undefined;
      void follow(client, id, workspaceId, signal, wake).then(() => {
        streaming = false; // unavailable: poll, starting now
        wake();
      });
    },
  });
}

/**
 * Follows the event stream, waking the wait on every (re)connect (anything that finished before
 * the subscription is then visible to a read) and on every event about the invocation. Resolves
 * once the stream is unavailable or the wait ends.
 */
async function follow(client: XerotierClient, id: string, workspaceId: string | undefined, signal: AbortSignal, wake: () => void): Promise<void> {
  const query = new URLSearchParams({ ...(workspaceId ? { workspace_id: workspaceId } : {}), types: ENDING_TYPES.join(",") });
  const stream = createEventStream({
    signal,
    maxRetries: 2,
    open: async ({ lastEventId, signal: connection }) => {
      const response = await client.fetch(`/v1/exec/events?${query}`, { method: "GET", headers: eventStreamRequestHeaders(lastEventId), signal: connection });
      wake(); // subscribed: read now
      return response;
    },
  }, client);
  try {
    for await (const item of stream) {
      // Event data is read tolerantly, so the final state is the one read from the API: any event
      // about it (a final or unknown status, an approval outcome) wakes a read.
      if ((isInvocationEvent(item) && item.data.id === id) || (isApprovalEvent(item) && item.data.invocation_id === id)) wake();
    }
  } catch {
    // The stream is unavailable: the wait falls back to polling.
  } finally {
    stream.close();
  }
}
