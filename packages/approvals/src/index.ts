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
export { createApprovals, type Approvals, type ListOptions } from "./approvals";
export type { Decision, DecisionInput } from "./decide";
export type { RequestOptions } from "@xerotier/api";
export { ApprovalAlreadyResolvedError, ApprovalExpiredError, ApprovalWaitTimeoutError, CheckpointLockedError } from "./errors";
export type { DriftReporting, UnknownStatusReport } from "@xerotier/api/internal";
export {
  isDecided,
  isSyntheticEvent,
  type Approval,
  type ApprovalEvent,
  type EventApproval,
  type ApprovalEventType,
  type ApprovalFilter,
  type ApprovalStatus,
  type Risk,
} from "./types";
export type { ApprovalWatch, WatchOptions, WatchStreamTuning } from "./watch";
export type { WaitForDecisionOptions } from "./wait";
export { parseApprovalWebhook, type ParseApprovalWebhookOptions } from "./webhook";
export { createNotifier, type DeliveryRetry, type Notifier, type NotifierOptions } from "./notifier";
export type { DeliveryContext, DeliveryFailure, NotifierDelivery, NotifierStats } from "./notifier-types";
export type { CoordinationHealth, NotifierHealth } from "./notifier-health";
export { memoryCheckpoint, type Checkpoint } from "./checkpoint";
// fileCheckpoint (Node-only) is exported from "@xerotier/approvals/node".
export {
  CoordinationError,
  leaseRemainingMs,
  StaleLeaseError,
  type ClaimInput,
  type ClaimResult,
  type CommitInput,
  type Coordination,
  type CoordinationCallOptions,
  type Lease,
  type SettleInput,
} from "./coordination";
export { checkpointCoordination, memoryCoordination, type LocalCoordination, type LocalCoordinationOptions } from "./memory-coordination";
export { deliveryKey } from "./delivery-key";
// The auto-approver kit is exported from "@xerotier/approvals/auto-approver".
