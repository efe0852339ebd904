import { ConflictError, type RequestOptions, type XerotierClient } from "@xerotier/api";
import { ApprovalAlreadyResolvedError, ApprovalExpiredError } from "./errors";
import { readOptions, writeOptions } from "@xerotier/api/internal";
import type { Approval } from "./types";

/** What `approve` and `reject` send. */
export interface DecisionInput {
  /** The reviewer's reason, recorded on the approval (e.g. a change ticket). */
  note?: string;
}

/** The decision a caller asks for, and the status it leads to. */
export type Decision = "approve" | "reject";

const STATUS_OF: Record<Decision, Approval["status"]> = { approve: "approved", reject: "rejected" };

/**
 * Sends one decision, safe to retry: the client reuses its idempotency key (the caller's
 * `options.idempotencyKey`, or a fresh one) within the call, and a 409 `approval_already_resolved`
 * from a separate earlier attempt is resolved by reading the approval: same decision → resolve
 * with it; the other one → {@link ApprovalAlreadyResolvedError}. A timed-out approval →
 * {@link ApprovalExpiredError}.
 */
export async function decide(
  client: XerotierClient,
  id: string,
  decision: Decision,
  input: DecisionInput = {},
  options?: RequestOptions,
): Promise<Approval> {
  const path = decision === "approve" ? "/v1/exec/approvals/{approval_id}/approve" : "/v1/exec/approvals/{approval_id}/reject";
  try {
    const { data } = await client.POST(path, {
      params: { path: { approval_id: id } },
      body: input.note === undefined ? {} : { note: input.note },
      ...writeOptions(options),
    });
    return data;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    if (error.code === "approval_expired") throw new ApprovalExpiredError(id, error, await readQuietly(client, id, options));
    if (error.code !== "approval_already_resolved") throw error;
    const { data: current } = await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: id } }, ...readOptions(options) });
    if (current.status === STATUS_OF[decision]) return current;
    if (current.status === "timed_out") throw new ApprovalExpiredError(id, error, current);
    throw new ApprovalAlreadyResolvedError(current, error);
  }
}

// Best effort: the expiry error is clear on its own, the approval is a bonus.
async function readQuietly(client: XerotierClient, id: string, options?: RequestOptions): Promise<Approval | undefined> {
  try {
    const { data } = await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: id } }, ...readOptions(options) });
    return data;
  } catch {
    return undefined;
  }
}
