/**
 * `@xerotier/approvals`: the approval cadence as code (list, show, approve/reject, watch, wait)
 * and a notifier kit for bots, built only on `@xerotier/api`.
 *
 * @example
 * ```ts
 * import { createXerotierClient } from "@xerotier/api";
 * import { createApprovals } from "@xerotier/approvals";
 *
 * const approvals = createApprovals(createXerotierClient({ project: "proj_abc123" }));
 * for await (const approval of approvals.list({ workspaceId: "ws_kube_prod", status: "pending" })) {
 *   console.log(approval.id, approval.risk, approval.tool_name);
 * }
 * ```
 *
 * @packageDocumentation
 */
export { createApprovals, type Approvals, type GetOptions, type ListOptions } from "./approvals";
export type { Decision, DecisionOptions } from "./decide";
export { ApprovalAlreadyResolvedError, ApprovalExpiredError, ApprovalWaitTimeoutError } from "./errors";
export {
  isDecided,
  isSyntheticEvent,
  matchesFilter,
  OPEN_STATUSES,
  type Approval,
  type ApprovalEvent,
  type ApprovalEventType,
  type ApprovalFilter,
  type ApprovalStatus,
  type Risk,
} from "./types";
export { isStreamUnavailable, watchApprovals, type ApprovalWatch, type WatchOptions, type WatchStreamTuning } from "./watch";
export { waitForDecision, type WaitForDecisionOptions } from "./wait";
export { parseApprovalWebhook, type ParseApprovalWebhookOptions } from "./webhook";
export {
  createNotifier,
  type DeliveryContext,
  type DeliveryRetry,
  type Notifier,
  type NotifierOptions,
  type NotifierStats,
} from "./notifier";
export { memoryCheckpoint, type Checkpoint } from "./checkpoint";
// fileCheckpoint (Node-only) is exported from "@xerotier/approvals/node".
// The auto-approver kit is exported from "@xerotier/approvals/auto-approver".
