import type { Clock } from "../clock";
import type { EventLog } from "./events";
import type { OrderedMap } from "./paginate";
import type { IdFactory } from "./ids";
import type { ToolBehaviorSource } from "./tool-behavior";
import type { Agent, AgentLifecycleEvent, Approval, ArtifactContent, ArtifactRef, Invocation, JoinKey, Workspace, WorkspaceBinding } from "./types";

/** Timing and history settings of a world, every default filled in (see `WorldOptions`); an approval escalates `maxEscalations` times, then times out. */
export interface WorldConfig {
  eventHistoryLimit: number;
  heartbeatIntervalMs: number;
  toolRunMs: number;
  startDelayMs: number;
  approvalTimeoutSeconds: { destructive: number; irreversible: number };
  maxEscalations: number;
}

/** An agent and its lifecycle log (newest last). */
export interface AgentRecord {
  agent: Agent;
  lifecycle: AgentLifecycleEvent[];
}

/** A workspace and its bindings by agent id (insertion order). */
export interface WorkspaceRecord {
  workspace: Workspace;
  bindings: Map<string, WorkspaceBinding>;
}

/** A join key with its secret (status stored as set; expiry is computed on read). */
export interface JoinKeyRecord {
  joinKey: JoinKey;
  secret: string;
}

/** An invocation, its raw output and its pending timers. */
export interface InvocationRecord {
  invocation: Invocation;
  output: { stdout: string; stderr: string; truncated: boolean; artifacts: ArtifactRef[] };
  /** Cancels for scheduled lifecycle steps (start, finish). */
  timers: Array<() => void>;
}

/** An approval and the cancel for its timeout. */
export interface ApprovalRecord {
  approval: Approval;
  cancelTimer?: () => void;
}

/** The world's mutable state: domain modules read and write it; everything else goes through `World`, which hands out copies. */
export interface WorldState {
  readonly clock: Clock;
  readonly config: WorldConfig;
  readonly ids: IdFactory;
  readonly events: EventLog;
  readonly agents: Map<string, AgentRecord>;
  readonly workspaces: Map<string, WorkspaceRecord>;
  readonly joinKeys: Map<string, JoinKeyRecord>;
  /** By id, in creation order (pages in O(page)). */
  readonly invocations: OrderedMap<string, InvocationRecord>;
  /** By id, in creation order (pages in O(page)). */
  readonly approvals: OrderedMap<string, ApprovalRecord>;
  /** Calls `dispatched` or `running` per agent id, kept by `transition()`: choosing an agent is O(bound agents). */
  readonly inFlightByAgent: Map<string, number>;
  readonly artifacts: Map<string, ArtifactContent>;
  readonly behaviors: Map<string, ToolBehaviorSource>;
}
