/** Wire shapes and enum values from what `pnpm gen` derives from `openapi/xerotier.yaml`: the domain cannot drift from the spec. */
import { RiskValues, type components, type paths } from "@xerotier/api";
import { InvocationStatusFinalValues } from "@xerotier/api/internal";

type Schemas = components["schemas"];

// The resources and enums as the spec names them (see openapi/xerotier.yaml for each).
export type Agent = Schemas["Agent"];
export type AgentStatus = Schemas["AgentStatus"];
export type AgentLifecycleEvent = Schemas["AgentLifecycleEvent"];
export type AgentLifecycleEventType = AgentLifecycleEvent["type"];
export type CurveRotation = Schemas["CurveRotation"];
export type DeletedAgent = Schemas["DeletedAgent"];
export type ToolDescriptor = Schemas["ToolDescriptor"];
export type Tool = Schemas["Tool"];
export type Risk = Schemas["Risk"];
export type Invocation = Schemas["Invocation"];
export type InvocationStatus = Schemas["InvocationStatus"];
export type InvocationTransition = Schemas["InvocationTransition"];
export type InvocationOutput = Schemas["InvocationOutput"];
export type ArtifactRef = Schemas["ArtifactRef"];
export type ArtifactContent = Schemas["ArtifactContent"];
export type Approval = Schemas["Approval"];
export type ApprovalStatus = Schemas["ApprovalStatus"];
export type JoinKey = Schemas["JoinKey"];
export type JoinKeyWithSecret = Schemas["JoinKeyWithSecret"];
export type Workspace = Schemas["Workspace"];
export type WorkspaceBinding = Schemas["WorkspaceBinding"];
export type DeletedWorkspaceBinding = Schemas["DeletedWorkspaceBinding"];

/** A list operation's query parameters, as the spec declares them. */
type Query<P extends keyof paths> = NonNullable<paths[P] extends { get: { parameters: { query?: infer Q } } } ? Q : never>;
// Filters of the list operations and request bodies, as the spec declares them (the routes check bodies against the same schemas).
export type ToolFilter = Query<"/v1/exec/tools">;
export type InvocationFilter = Query<"/v1/exec/invocations">;
export type ApprovalFilter = Query<"/v1/exec/approvals">;
export type AgentFilter = Query<"/v1/management/agents">;
export type JoinKeyFilter = Query<"/v1/management/join-keys">;
export type InvocationCreateInput = Schemas["InvocationCreate"];
export type ApprovalDecisionInput = Schemas["ApprovalDecision"];
export type AgentUpdateInput = Schemas["AgentUpdate"];
export type JoinKeyCreateInput = Schemas["JoinKeyCreate"];

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

// Values from the spec: every risk, and the invocation statuses marked `x-final` (query parameters are checked by their schemas).
export const RISKS: readonly Risk[] = RiskValues;
export const FINAL_INVOCATION_STATUSES: ReadonlySet<InvocationStatus> = new Set(InvocationStatusFinalValues);
