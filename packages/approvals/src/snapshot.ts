import { APIUserAbortError, RateLimitError, XerotierError, type PaginateOptions, type RequestOptions, type XerotierClient } from "@xerotier/api";
import { readApproval, readOptions, retryDelayMs, sleep } from "@xerotier/api/internal";
import type { Approval, ApprovalFilter, ApprovalStatus } from "./types";

/** Paging limits and per-request options of `approvals.list`: `signal`, `timeoutMs` and `maxRetries` apply to each page request. */
export interface ListOptions extends PaginateOptions, Omit<RequestOptions, "idempotencyKey"> {}

/** Lists approvals through the client's paginator (every page, newest first, bounded by `maxItems`). */
export function listApprovals(client: XerotierClient, filter: ApprovalFilter, options: ListOptions = {}) {
  const query: { workspace_id?: string; status?: ApprovalStatus; risk?: Approval["risk"]; agent_id?: string } = {};
  if (filter.workspaceId !== undefined) query.workspace_id = filter.workspaceId;
  if (filter.status !== undefined) query.status = filter.status;
  if (filter.risk !== undefined) query.risk = filter.risk;
  if (filter.agentId !== undefined) query.agent_id = filter.agentId;
  const { maxItems, pageSize, signal } = options;
  const paging = { ...(maxItems !== undefined ? { maxItems } : {}), ...(pageSize !== undefined ? { pageSize } : {}), ...(signal ? { signal } : {}) };
  return client.paginate("/v1/exec/approvals", { params: { query }, ...readOptions(options) }, paging);
}

/** Hears of a listed approval the SDK cannot act on (no `id` or no `status`), which is skipped. */
export type UnreadableApproval = (approval: unknown, issues: string) => void;

/**
 * The listed approvals the SDK can act on: `id` and `status` present (the docs fix both). The
 * others go to `onUnreadable` and are skipped, exactly as the live stream skips and reports an
 * approval event without them, so a re-list or a poll never delivers what the stream would not.
 */
export function readable(listed: readonly Approval[], onUnreadable?: UnreadableApproval): Approval[] {
  const usable: Approval[] = [];
  for (const approval of listed) {
    const read = readApproval(approval);
    if (read.ok) usable.push(approval);
    else onUnreadable?.(approval, read.issues);
  }
  return usable;
}

/**
 * The open approvals (pending, then escalated) matching `filter`, oldest first, without the
 * unreadable ones (see {@link readable}). Empty when the filter asks for a decided status, since
 * nothing open can match it.
 */
export async function listOpen(
  client: XerotierClient,
  filter: ApprovalFilter,
  maxItems: number,
  signal?: AbortSignal,
  onUnreadable?: UnreadableApproval,
): Promise<Approval[]> {
  const statuses: ApprovalStatus[] = filter.status === undefined ? ["pending", "escalated"] : filter.status === "pending" || filter.status === "escalated" ? [filter.status] : [];
  const all: Approval[] = [];
  for (const status of statuses) {
    all.push(...(await listApprovals(client, { ...filter, status }, { maxItems, ...(signal ? { signal } : {}) }).toArray()));
  }
  return readable(all, onUnreadable).sort(byCreation);
}

/** Oldest first; ties broken by id so the order is stable. */
export function byCreation(a: Approval, b: Approval): number {
  return a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Runs `read` until it succeeds, waiting as the server asks on 429 and backing off on transient
 * failures (5xx, network). Non-retryable errors propagate. Returns `undefined` once `signal` aborts.
 */
export async function withPatience<T>(read: () => Promise<T>, signal: AbortSignal, maxDelayMs: number): Promise<T | undefined> {
  for (let attempt = 1; !signal.aborted; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      if (signal.aborted || error instanceof APIUserAbortError) return undefined;
      if (!(error instanceof XerotierError) || !error.isRetryable) throw error;
      const retryAfterMs = error instanceof RateLimitError ? error.retryAfterMs : undefined;
      await sleep(retryDelayMs(attempt, { baseDelayMs: 500, maxDelayMs, retryAfterMs }), signal).catch(() => undefined);
    }
  }
  return undefined;
}
