/**
 * Per-call options: the last argument of every typed method (merged into its `init`), of every
 * helper method and of every wait in the helper packages. Each field overrides the client's
 * option of the same name for this one call.
 *
 * @example
 * ```ts
 * await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id } }, timeoutMs: 5_000 });
 * await approvals.approve(id, { note: "ok" }, { signal, idempotencyKey: `approve-${id}` });
 * ```
 */
export interface RequestOptions {
  /** Cancels the call (attempts and retry waits); it then rejects with `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** Limit per attempt, in ms. Default: the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. Default: the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** The `Idempotency-Key` to send (POST); the same on every retry. Default: a random UUID per call. */
  idempotencyKey?: string | undefined;
}

/** The per-call overrides the transport reads (the rest of {@link RequestOptions} travels on the Request). */
export type CallOverrides = Pick<RequestOptions, "timeoutMs" | "maxRetries">;
