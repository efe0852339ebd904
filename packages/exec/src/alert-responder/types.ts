import type { XerotierClient } from "@xerotier/api";
import type { TriageReport } from "../triage";
import type { AlertResponderAuth } from "./auth";
import type { PauseStore } from "./pause-store";

/** What the responder did about one alert. */
export type AlertActionKind =
  | "triaged"
  | "triage-failed"
  | "paused"
  | "pause-refused"
  | "pause-failed"
  | "resumed"
  | "resume-skipped"
  | "resume-failed"
  | "ignored"
  | "refused";

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
  /**
   * The client every call goes through; its `project` is the only one the responder acts in (an
   * alert labelled with another project is refused).
   */
  client: XerotierClient;
  /** Required: the credential Alertmanager must send (see {@link AlertResponderAuth}). */
  auth: AlertResponderAuth;
  /** Pause the alert's agent in the alert's workspace, under the guardrails below. Default false. */
  pause?: boolean;
  /** Where the responder's own pauses are remembered across restarts. Default: in memory ({@link memoryPauseStore}). */
  pauseStore?: PauseStore;
  /** At most this many agents paused in one workspace (by anyone) before the bot refuses (0–10 000; 0 never pauses). Default 1. */
  maxPausedPerWorkspace?: number;
  /** No second pause of the same agent within this time (0 – 30 days, whole ms). Default 600 000 ms. */
  cooldownMs?: number;
  /** A payload with more alerts is refused whole with 413 (1–1 000). Default 50. */
  maxAlertsPerPayload?: number;
  /**
   * At most this many actions (each triage, pause and resume counts one) per `actionWindowMs`
   * (1–10 000). A payload's actions are counted before its first API call; one that does not fit
   * is refused whole with 503 and `Retry-After` (Alertmanager retries a 5xx). Default 100.
   */
  maxActionsPerWindow?: number;
  /** The window of `maxActionsPerWindow`, ms (1 s – 1 day). Default 60 000. */
  actionWindowMs?: number;
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
  /**
   * Handles one Alertmanager webhook POST: 200 with the actions; 400 bad payload; 401 without the
   * credential; 405 not a POST; 413 body, alert count or action count over its bound; 415 not
   * JSON; 503 pause records unreadable, or over the action budget (`Retry-After`).
   */
  handle(request: Request): Promise<Response>;
  /** The most recent actions, oldest first. */
  actions(): readonly AlertAction[];
  /** The pauses this responder owns (as loaded from its store), `workspace/agent` → fingerprint. */
  pausedByBot(): ReadonlyMap<string, string>;
}
