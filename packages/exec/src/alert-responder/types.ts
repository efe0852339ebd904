import type { TriageOptions, TriageReport } from "../triage";
import type { AlertInput } from "../triage-input";
import type { Agent } from "../types";

/** The agent calls the responder needs; `createAgents(client)` from `@xerotier/agents` satisfies it. */
export interface AgentExecControls {
  /** Every agent (the responder reads workspace bindings, health and pauses). */
  list(): AsyncIterable<Agent>;
  /** Pauses dispatch to the agent (in one workspace when `workspaceId` is given). */
  pauseExec(agentId: string, scope?: { workspaceId?: string }): Promise<Agent>;
  /** Resumes dispatch to the agent. */
  resumeExec(agentId: string, scope?: { workspaceId?: string }): Promise<Agent>;
}

/** What the responder did about one alert. */
export type AlertActionKind = "triaged" | "triage-failed" | "paused" | "pause-refused" | "pause-failed" | "resumed" | "resume-skipped" | "resume-failed" | "ignored";

/** One line of the responder's action log; every line carries the alert's fingerprint. */
export interface AlertAction {
  /** When it happened (ISO 8601). */
  at: string;
  /** Alertmanager's fingerprint of the alert (`""` when the payload had none). */
  fingerprint: string;
  /** What was done. */
  kind: AlertActionKind;
  /** The alert's `alertname` label, when present. */
  alertName?: string;
  /** The alert's status as received (`firing`, `resolved`, or anything else, which is ignored). */
  status: string;
  /** The `workspace` label, when present. */
  workspace?: string;
  /** The `agent` label, when present. */
  agent?: string;
  /** Why (refusals, skips, failures, ignores). */
  reason?: string;
  /** The triage, for `triaged`. */
  report?: TriageReport;
}

/** Options of {@link createAlertResponder}. */
export interface AlertResponderOptions {
  /** Triage (`createExec(client)`). */
  exec: { triageAlert(alert: AlertInput, options?: TriageOptions): Promise<TriageReport> };
  /** Agent controls; pausing is off without them. */
  agents?: AgentExecControls;
  /** Pause the alert's agent in the alert's workspace, under the guardrails below. Default false. */
  pause?: boolean;
  /** At most this many agents paused in one workspace (by anyone) before the bot refuses (0–10 000; 0 never pauses). Default 1. */
  maxPausedPerWorkspace?: number;
  /** No second pause of the same agent within this time (0 – 30 days, whole ms). Default 600 000 ms. */
  cooldownMs?: number;
  /** Larger request bodies are refused with 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Actions kept in memory (oldest dropped). Default 1 000. */
  maxActions?: number;
  /** Called with every action as it is recorded. */
  onAction?: (action: AlertAction) => void;
  /** Clock. */
  now?: () => Date;
}

/** A running responder: a fetch-style handler plus its action log. */
export interface AlertResponder {
  /** Handles one Alertmanager webhook POST: 200 with the actions, 400 bad payload, 405, 413. */
  handle(request: Request): Promise<Response>;
  /** The most recent actions, oldest first. */
  actions(): readonly AlertAction[];
  /** Agents currently paused by this responder, as `workspace/agent` → fingerprint. */
  pausedByBot(): ReadonlyMap<string, string>;
}
