import type { Paginator, RequestOptions, XerotierClient } from "@xerotier/api";
import { decide, type DecisionInput } from "./decide";
import { readOptions } from "@xerotier/api/internal";
import { listApprovals, type ListOptions } from "./snapshot";
import type { Approval, ApprovalFilter } from "./types";
import { waitForDecision, type WaitForDecisionOptions } from "./wait";
import { watchApprovals, type ApprovalWatch, type WatchOptions } from "./watch";

export type { ListOptions };

/**
 * The approval cadence as code; create it with {@link createApprovals}. Every method that sends a
 * request ends with `options?: RequestOptions` (`signal`, `timeoutMs`, `maxRetries`,
 * `idempotencyKey`); an aborted call rejects with `APIUserAbortError`.
 */
export interface Approvals {
  /** The client every call goes through. */
  readonly client: XerotierClient;
  /**
   * Every approval matching the filter, newest first, across all pages (`for await`, or `.toArray()`).
   *
   * @example
   * ```ts
   * for await (const a of approvals.list({ workspaceId: "ws_kube_prod", status: "pending" })) console.log(a.id, a.risk);
   * ```
   */
  list(filter?: ApprovalFilter, options?: ListOptions): Paginator<Approval>;
  /** The full approval: prompt, tool call, risk, timeout, expiry and decision. Throws `NotFoundError` when unknown. */
  get(id: string, options?: RequestOptions): Promise<Approval>;
  /**
   * Approves; safe to retry. Resolves with the approval, also when an earlier attempt of the same
   * decision already landed (compare `decided_by` to see whose decision it was). Throws
   * `ApprovalAlreadyResolvedError` if it was rejected, `ApprovalExpiredError` if it timed out.
   * `options.idempotencyKey` is sent as the `Idempotency-Key` (reuse it to retry from another process).
   *
   * @example
   * ```ts
   * await approvals.approve(id, { note: "CHG-1043" }, { idempotencyKey: `approve-${id}`, signal });
   * ```
   */
  approve(id: string, input?: DecisionInput, options?: RequestOptions): Promise<Approval>;
  /** Rejects; the mirror image of {@link Approvals.approve}. */
  reject(id: string, input?: DecisionInput, options?: RequestOptions): Promise<Approval>;
  /** Follows approval events; see {@link WatchOptions} and {@link ApprovalWatch}. Aborting `signal` ends the iteration cleanly. */
  watch(options?: WatchOptions): ApprovalWatch;
  /**
   * Resolves once the approval is approved, rejected or timed out; `ApprovalWaitTimeoutError`
   * after `maxWaitMs` (the whole wait), `APIUserAbortError` once `signal` aborts.
   */
  waitForDecision(id: string, options?: WaitForDecisionOptions): Promise<Approval>;
}

/**
 * Binds the approval helpers to a client. Every request goes through it (auth, retries,
 * idempotency keys, typed errors); this package never calls `fetch` itself.
 *
 * @example
 * ```ts
 * const approvals = createApprovals(createXerotierClient({ project: "proj_abc123" }));
 * const watch = approvals.watch({ workspaceId: "ws_kube_prod", resumeFrom: await loadCheckpoint() });
 * for await (const event of watch) {
 *   if (event.type === "exec.approval_requested" && event.data.risk === "read") await approvals.approve(event.data.id, { note: "auto" });
 *   await saveCheckpoint(watch.lastEventId);
 * }
 * ```
 */
export function createApprovals(client: XerotierClient): Approvals {
  return {
    client,
    list: (filter = {}, options = {}) => listApprovals(client, filter, options),
    async get(id, options) {
      const { data } = await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: id } }, ...readOptions(options) });
      return data;
    },
    approve: (id, input, options) => decide(client, id, "approve", input, options),
    reject: (id, input, options) => decide(client, id, "reject", input, options),
    watch: (options) => watchApprovals(client, options),
    waitForDecision: (id, options) => waitForDecision(client, id, options),
  };
}
