import { isApprovalEvent, isInvocationEvent, type XerotierClient } from "@xerotier/api";
import { abortError, createEventStream, type DriftReporting, durationOption, elapse, eventStreamRequestHeaders, type ReadOptions, sleep, unknownStatusReporter, withSpan } from "@xerotier/api/internal";
import { InvocationWaitTimeoutError } from "./errors";
import { getInvocation } from "./resources";
import { isFinished, isKnownStatus, type Invocation } from "./types";

/**
 * Options of `waitForCompletion()`. Unlike on a single request, `signal` and `timeoutMs` bound the
 * whole wait (every read, the event stream and the sleeps); `maxRetries` applies to each read,
 * whose own time limit is the client's `timeoutMs`. `onUnknownStatus` / `logger` hear of statuses
 * the SDK does not know.
 */
export interface WaitForCompletionOptions extends ReadOptions, DriftReporting {
  /** Give up after this long (wall time) with {@link InvocationWaitTimeoutError}. Default 10 minutes. */
  timeoutMs?: number | undefined;
  /** Aborting it stops the wait, which rejects with `APIUserAbortError` (the signal's reason as `cause`). */
  signal?: AbortSignal | undefined;
  /** Poll interval once the event stream is unavailable. Default 2 000 ms. */
  pollIntervalMs?: number;
  /**
   * Interval of the safety re-read while the stream is up, for endings that emit no exec event
   * (a cancel). Default 15 000 ms.
   */
  recheckIntervalMs?: number;
  /** Set `false` to poll only, without the event stream. Default true. */
  stream?: boolean;
}

// Event types that can end an invocation: exec outcomes, and approval outcomes that reject it.
const ENDING_TYPES = ["exec.completed", "exec.failed", "exec.timeout", "exec.rejected", "exec.approval_timed_out"];

/**
 * Resolves with the invocation in its final status (`completed`, `failed`, `timeout`,
 * `cancelled`, `rejected`). Follows the event stream for the invocation's workspace and re-reads
 * the invocation each time the stream (re)connects, so a finish that happened before the
 * subscription is never missed; falls back to polling when the stream is unavailable. Only a
 * known final status ends the wait: an unknown or missing one is reported once through
 * `onUnknownStatus` / `logger` and the wait goes on (until `timeoutMs`).
 *
 * @example
 * ```ts
 * const call = await exec.invoke({ workspaceId: "ws_kube_prod", tool: "kubectl_get", arguments: { resource: "pods" } });
 * const done = await exec.waitForCompletion(call.id, { timeoutMs: 60_000 });
 * console.log(done.status, done.exit_code);
 * ```
 */
export function waitForCompletion(client: XerotierClient, id: string, options: WaitForCompletionOptions = {}): Promise<Invocation> {
  return withSpan(client, "xerotier.exec.wait_for_completion", { "xerotier.invocation_id": id }, () => waitUntilFinished(client, id, options));
}

/** waitForCompletion's work, inside its span. */
async function waitUntilFinished(client: XerotierClient, id: string, options: WaitForCompletionOptions = {}): Promise<Invocation> {
  const timeoutMs = durationOption("timeoutMs", options.timeoutMs, 600_000);
  const pollIntervalMs = Math.max(1, durationOption("pollIntervalMs", options.pollIntervalMs, 2_000));
  const recheckIntervalMs = Math.max(1, durationOption("recheckIntervalMs", options.recheckIntervalMs, 15_000));
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);

  const inner = new AbortController();
  const onAbort = () => inner.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  // A deadline past setTimeout's 2^31-1 ms ceiling is re-armed, never fired at once.
  elapse(timeoutMs, inner.signal).then(
    () => {
      timedOut = true;
      inner.abort();
    },
    () => undefined, // the wait ended first
  );
  const retries = options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries };
  let last: Invocation | undefined;
  const reportUnknown = unknownStatusReporter("invocation", id, options);
  const read = async (): Promise<Invocation | undefined> => {
    last = await getInvocation(client, id, { signal: inner.signal, ...retries });
    if (!isKnownStatus(last?.status)) reportUnknown(last?.status);
    return isFinished(last) ? last : undefined;
  };
  const poll = async (intervalMs: number): Promise<Invocation> => {
    for (;;) {
      await sleep(intervalMs, inner.signal);
      const done = await read();
      if (done) return done;
    }
  };

  try {
    const first = await read();
    if (first) return first;
    // The workspace only narrows the stream; without it (a field the docs do not fix) follow them all.
    const workspaceId = typeof last?.workspace_id === "string" ? last.workspace_id : undefined;
    const viaStream = options.stream === false ? poll(pollIntervalMs) : follow(client, id, workspaceId, inner.signal, read).then((done) => done ?? poll(pollIntervalMs));
    return await Promise.race([viaStream, options.stream === false ? viaStream : poll(recheckIntervalMs)]);
  } catch (error) {
    if (timedOut) throw new InvocationWaitTimeoutError(id, timeoutMs, last);
    if (signal?.aborted) throw abortError(signal);
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    inner.abort(); // stops the stream and the loser of the race
  }
}

/**
 * Follows the event stream until an event ends the invocation, re-reading it on every
 * (re)connect. Resolves `undefined` when the stream is unavailable, so the caller polls.
 */
async function follow(
  client: XerotierClient,
  id: string,
  workspaceId: string | undefined,
  signal: AbortSignal,
  read: () => Promise<Invocation | undefined>,
): Promise<Invocation | undefined> {
  const query = new URLSearchParams({ ...(workspaceId ? { workspace_id: workspaceId } : {}), types: ENDING_TYPES.join(",") });
  let found: Invocation | undefined;
  const stream = createEventStream({
    signal,
    maxAttempts: 3,
    open: async ({ lastEventId, signal: connection }) => {
      const response = await client.fetch(`/v1/exec/events?${query}`, { method: "GET", headers: eventStreamRequestHeaders(lastEventId), signal: connection });
      // Subscribed: anything that finished before now is visible to a read.
      found ??= await read().catch(() => undefined);
      if (found) stream.close();
      return response;
    },
  }, client);
  try {
    for await (const item of stream) {
      if (found) return found;
      // Event data is read tolerantly, so the final state is the one read from the API: any event
      // about it (a final or unknown status, an approval outcome) wakes a read.
      if ((isInvocationEvent(item) && item.data.id === id) || (isApprovalEvent(item) && item.data.invocation_id === id)) {
        const done = await read();
        if (done) return done;
      }
    }
    return found;
  } catch (error) {
    if (signal.aborted) throw error;
    return undefined; // the stream is unavailable: the caller falls back to polling
  } finally {
    stream.close();
  }
}
