/**
 * Wire shapes of the router's resources and every value of their enums, taken from what
 * `pnpm gen` derives from `openapi/xerotier.yaml`, so the domain can never drift from the spec.
 */
import {
  AgentRoleValues,
  AgentStatusValues,
  ApprovalStatusValues,
  InvocationStatusValues,
  JoinKeyStatusValues,
  RiskValues,
  type components,
} from "@xerotier/api";
import { InvocationStatusFinalValues } from "@xerotier/api/internal";

type Schemas = components["schemas"];

/** An enrolled agent, as the API returns it. */
export type Agent = Schemas["Agent"];
/** An agent's role: `xem` executes tools, `xim` serves inference. */
export type AgentRole = Schemas["AgentRole"];
/** An agent's health. */
export type AgentStatus = Schemas["AgentStatus"];
/** One entry of an agent's lifecycle log. */
export type AgentLifecycleEvent = Schemas["AgentLifecycleEvent"];
/** The kinds of entry in an agent's lifecycle log. */
export type AgentLifecycleEventType = AgentLifecycleEvent["type"];
/** The result of a CURVE key rotation. */
export type CurveRotation = Schemas["CurveRotation"];
/** Confirms an agent was removed. */
export type DeletedAgent = Schemas["DeletedAgent"];
/** One tool as an agent's manifest publishes it. */
export type ToolDescriptor = Schemas["ToolDescriptor"];
/** A tool in the catalogue, with the online agents that publish it. */
export type Tool = Schemas["Tool"];
/** Risk level, `read` < `write` < `destructive` < `irreversible`. */
export type Risk = Schemas["Risk"];
/** An invocation (tool call) and its lifecycle. */
export type Invocation = Schemas["Invocation"];
/** Status of an invocation. */
export type InvocationStatus = Schemas["InvocationStatus"];
/** One state change of an invocation. */
export type InvocationTransition = Schemas["InvocationTransition"];
/** Raw output of an invocation. */
export type InvocationOutput = Schemas["InvocationOutput"];
/** A reference to an artifact from raw output. */
export type ArtifactRef = Schemas["ArtifactRef"];
/** An artifact with its content. */
export type ArtifactContent = Schemas["ArtifactContent"];
/** A request for a human decision. */
export type Approval = Schemas["Approval"];
/** Status of an approval. */
export type ApprovalStatus = Schemas["ApprovalStatus"];
/** A join key without its secret. */
export type JoinKey = Schemas["JoinKey"];
/** A join key as minted, with its secret. */
export type JoinKeyWithSecret = Schemas["JoinKeyWithSecret"];
/** Status of a join key. */
export type JoinKeyStatus = Schemas["JoinKeyStatus"];
/** An operational workspace. */
export type Workspace = Schemas["Workspace"];
/** An agent bound to a workspace. */
export type WorkspaceBinding = Schemas["WorkspaceBinding"];
/** Confirms a binding was removed. */
export type DeletedWorkspaceBinding = Schemas["DeletedWorkspaceBinding"];

/** A page of a list operation: `{ object: "list", data, has_more }`. */
export interface Page<T> {
  object: "list";
  data: T[];
  has_more: boolean;
}

/** Paging input of every list operation (already validated: limit 1–100). */
export interface PageQuery {
  limit?: number;
  after?: string;
}

/** Every risk level, lowest first. */
export const RISKS: readonly Risk[] = RiskValues;
/** Every invocation status. */
export const INVOCATION_STATUSES: readonly InvocationStatus[] = InvocationStatusValues;
/** Invocation statuses that are final (the spec's `x-final`). */
export const FINAL_INVOCATION_STATUSES: ReadonlySet<InvocationStatus> = new Set(InvocationStatusFinalValues);
/** Every approval status. */
export const APPROVAL_STATUSES: readonly ApprovalStatus[] = ApprovalStatusValues;
/** Every agent status. */
export const AGENT_STATUSES: readonly AgentStatus[] = AgentStatusValues;
/** Every agent role. */
export const AGENT_ROLES: readonly AgentRole[] = AgentRoleValues;
/** Every join key status. */
export const JOIN_KEY_STATUSES: readonly JoinKeyStatus[] = JoinKeyStatusValues;
