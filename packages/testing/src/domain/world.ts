/** The router's domain: one in-memory world per project, every timed behaviour on an injectable {@link Clock}. */
import { guardedClock, type Clock } from "../clock";
import { createAgentControl, type AgentControl } from "./agent-simulation";
import { createAgentsApi, type AgentsApi } from "./agents";
import { createApprovalsApi, type ApprovalsApi } from "./approvals";
import { createEventLog, type EventLog } from "./events";
import { createIdFactory, type IdFactory } from "./ids";
import { createInvocationsApi, createScenarioApi, type InvocationsApi, type ScenarioApi } from "./invocations";
import { createJoinKeysApi, type JoinKeysApi } from "./join-keys";
import type { WorldConfig, WorldState } from "./state";
import { OrderedMap } from "./paginate";
import { createArtifactsApi, createToolsApi, type ArtifactsApi, type ToolsApi } from "./tools";
import type { ToolBehaviorSource } from "./tool-behavior";
import { createWorkspacesApi, type WorkspacesApi } from "./workspaces";
import { DEMO } from "../seed/demo-ids";
import { seedDemo } from "../seed/demo";
import { seedOther } from "../seed/other";

export type { EnrollAgentInput, RestartAgentInput } from "./agent-simulation";
export type { ApprovalRequest, ScenarioApi } from "./invocations";
export type { ToolBehavior, ToolBehaviorSource, ToolCallInfo, ArtifactSpec } from "./tool-behavior";
export type { EventLog, StoredEvent, EventReplay } from "./events";
export type { IdFactory, IdKind } from "./ids";

/** What a seed function is told besides the world it fills. */
export interface SeedContext {
  /** The project whose world this is (each project has its own world; the seed runs once per project). */
  readonly project: string;
}

/**
 * Fills a new world through its public helpers (workspaces.create, joinKeys.create, enrollAgent,
 * invocations.create, scenario.requestApproval, …), once per project.
 *
 * @example
 * createRouter({ seed: (world, { project }) => { if (project === "proj_demo") world.workspaces.create({ id: "ws_lab", name: "lab" }); } });
 */
export type SeedFn = (world: World, context: SeedContext) => void;

/** Options of the router's world (`createRouter` passes them through). */
export interface WorldOptions {
  /** Every timed behaviour runs on this clock (manual in tests). */
  clock: Clock;
  /** The project this world belongs to (each project has its own world). Default `proj_demo`. */
  project?: string;
  /** Initial data: `"demo"` (see `DEMO`), `"empty"` (default), or your own function. */
  seed?: "demo" | "empty" | SeedFn;
  /** Events kept for `Last-Event-ID` replay. Default 1000. */
  eventHistoryLimit?: number;
  /** Online agents renew their lease this often (advancing `last_heartbeat_at`). Default 10 000 ms. */
  heartbeatIntervalMs?: number;
  /** Default simulated running time of a tool. Default 2000 ms. */
  toolRunMs?: number;
  /** Delay between `dispatched` and `running`. Default 250 ms. */
  startDelayMs?: number;
  /** Approval timeouts by risk, seconds. Default `{ destructive: 900, irreversible: 3600 }`. */
  approvalTimeoutSeconds?: Partial<WorldConfig["approvalTimeoutSeconds"]>;
  /** Event ids start after this sequence number (a reset world continues its predecessor's ids). Default 0. */
  eventIdsAfter?: number;
  /** Called with an exception thrown by a scheduled task (which is then dropped). Default: `console.error`. */
  onError?: (error: unknown) => void;
  /** Mints ids and secrets. Default: deterministic counters (`inv_000001`, …). */
  idFactory?: IdFactory;
}

/**
 * The world: resource APIs (used by the routes; each method returns copies and throws
 * `RouterError` for the spec's error cases) plus control helpers for tests and the control
 * endpoints. `actor` arguments are audit strings such as `api_key:xero_demo_admin`.
 *
 * @example
 * const clock = createManualClock();
 * const world = createWorld({ clock, seed: "demo" });
 * const inv = world.invocations.create({ workspace_id: "ws_kube_prod", tool_name: "kubectl_drain", arguments: { node: "node-7" } }, "api_key:test");
 * world.approvals.approve(inv.approval_ids[0]!, {}, "user:alice");
 * clock.advance(5_000); // dispatched → running → completed
 */
export interface World extends AgentControl {
  /** The project whose data this world holds. */
  readonly project: string;
  readonly clock: Clock;
  readonly events: EventLog;
  readonly config: Readonly<WorldConfig>;
  readonly tools: ToolsApi;
  readonly invocations: InvocationsApi;
  readonly approvals: ApprovalsApi;
  readonly agents: AgentsApi;
  readonly joinKeys: JoinKeysApi;
  readonly workspaces: WorkspacesApi;
  readonly artifacts: ArtifactsApi;
  /** Situations the public API cannot create (an approval at any risk). */
  readonly scenario: ScenarioApi;
  /** Sets how runs of `toolName` end from now on (`undefined` restores the default). */
  setToolBehavior(toolName: string, behavior: ToolBehaviorSource | undefined): void;
  /** Stops heartbeats and every pending timer. The world must not be used afterwards. */
  dispose(): void;
}

/** Builds a world, applies the seed and starts the heartbeat ticker. */
export function createWorld(options: WorldOptions): World {
  const clock = guardedClock(options.clock, options.onError ?? ((error) => console.error("[xerotier-router] scheduled task failed", error)));
  const config: WorldConfig = {
    eventHistoryLimit: options.eventHistoryLimit ?? 1000,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 10_000,
    toolRunMs: options.toolRunMs ?? 2000,
    startDelayMs: options.startDelayMs ?? 250,
    approvalTimeoutSeconds: { destructive: 900, irreversible: 3600, ...options.approvalTimeoutSeconds },
    maxEscalations: 1,
  };
  const state: WorldState = {
    clock,
    config,
    ids: options.idFactory ?? createIdFactory(),
    events: createEventLog(clock, config.eventHistoryLimit, options.eventIdsAfter ?? 0),
    // Creation order matters for lists: invocations and approvals page newest first from an ordered map.
    agents: new Map(), workspaces: new Map(), joinKeys: new Map(), inFlightByAgent: new Map(), artifacts: new Map(), behaviors: new Map(),
    invocations: new OrderedMap(), approvals: new OrderedMap(),
  };
  const { startHeartbeats, stop: stopAgents, ...control } = createAgentControl(state);
  const project = options.project ?? DEMO.project;
  const world: World = {
    project,
    clock,
    events: state.events,
    config,
    tools: createToolsApi(state),
    invocations: createInvocationsApi(state),
    approvals: createApprovalsApi(state),
    agents: createAgentsApi(state),
    joinKeys: createJoinKeysApi(state),
    workspaces: createWorkspacesApi(state),
    artifacts: createArtifactsApi(state),
    scenario: createScenarioApi(state),
    ...control,
    setToolBehavior(toolName, behavior) {
      if (behavior === undefined) state.behaviors.delete(toolName);
      else state.behaviors.set(toolName, behavior);
    },
    dispose() {
      stopAgents();
      for (const rec of state.invocations.values()) for (const cancel of rec.timers.splice(0)) cancel();
      for (const rec of state.approvals.values()) rec.cancelTimer?.();
    },
  };
  // The demo seeds proj_demo and proj_other (its own small world); other projects, and "empty", start empty.
  if (typeof options.seed === "function") options.seed(world, { project });
  else if (options.seed === "demo" && project === DEMO.project) seedDemo(state);
  else if (options.seed === "demo" && project === DEMO.other.project) seedOther(state);
  startHeartbeats();
  return world;
}
