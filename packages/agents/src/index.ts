/**
 * `@xerotier/agents`: XEM agents as code. Join keys, enrolment and health waits, workspace
 * bindings, exec pause/resume (per agent or per workspace), CURVE and join-key rotation.
 * Built only on `@xerotier/api`.
 *
 * @packageDocumentation
 */
export { createAgents, type Agents } from "./agents";
export type { DriftReporting, UnknownStatusReport } from "@xerotier/api/internal";
export type { ListAgentsFilter, ListJoinKeysFilter } from "./resources";
export type { AgentExecResult, ExecScope, WorkspaceExecOptions, WorkspaceExecResult } from "./pause";
export type { CurveRotationInput, CurveRotationResult, JoinKeyRotationResult, RotateCurveKeyOptions, RotateJoinKeysInput } from "./rotation";
export type { ListOptions, ReadOptions } from "@xerotier/api/internal";
export type { RequestOptions } from "@xerotier/api";
export { diffManifestTools, formatManifestDiff } from "./manifest-diff";
export type { Manifest, ManifestDiff, ToolChange, ToolDescriptor, ToolField } from "./manifest-diff";
export type { ManifestRefreshResult, ManifestRefreshSince, WaitForManifestRefreshOptions } from "./manifest-refresh";
export {
  AgentWaitTimeoutError,
  ConfirmationRequiredError,
  CurveRotationTimeoutError,
  JoinKeyRotationError,
  JoinKeyWaitTimeoutError,
  ManifestBaselineUnknownError,
  ManifestRefreshTimeoutError,
  ManifestUnchangedError,
  type ManifestIdentity,
} from "./errors";
export type {
  Agent,
  AgentRole,
  AgentStatus,
  AgentUpdate,
  CreateJoinKeyInput,
  CurveRotation,
  DeletedAgent,
  DeletedWorkspaceBinding,
  JoinKey,
  JoinKeyWithSecret,
  WaitOptions,
  WorkspaceBinding,
} from "./types";
