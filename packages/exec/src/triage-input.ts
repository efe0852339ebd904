import { ExecInputError } from "./errors";

/** The blast radius an XEM alert names: every XEM alert carries these three labels. */
export interface AlertTarget {
  /** Project label (external id or slug). */
  project: string;
  /** Workspace id label. */
  workspace: string;
  /** Agent id label. */
  agent: string;
  /** `alertname` label, when present. */
  alertName?: string;
  /** `firing` or `resolved`, when the payload says. */
  status?: string;
}

/** One alert of an Alertmanager webhook payload (fields triage reads). */
export interface AlertmanagerAlert {
  /** `firing` or `resolved`. */
  status?: string;
  /** The alert's labels; XEM alerts carry `project`, `workspace` and `agent`. */
  labels?: Record<string, string>;
  /** Free-text annotations (summary, description). */
  annotations?: Record<string, string>;
  /** When the alert started firing (RFC 3339). */
  startsAt?: string;
  /** When it resolved, or a zero time while firing. */
  endsAt?: string;
  /** Alertmanager's identity for the alert. */
  fingerprint?: string;
}

/** An Alertmanager webhook payload (version 4), as POSTed to a receiver. */
export interface AlertmanagerPayload {
  /** Payload format version (`4`). */
  version?: string;
  /** `firing` when any alert of the group fires. */
  status?: string;
  /** The alerts of the group. */
  alerts: AlertmanagerAlert[];
  /** Labels every alert of the group shares (merged under each alert's own). */
  commonLabels?: Record<string, string>;
  /** The labels the group was formed by. */
  groupLabels?: Record<string, string>;
}

/** What triage accepts: an Alertmanager payload, one alert, or a plain label set. */
export type AlertInput = AlertmanagerPayload | AlertmanagerAlert | Record<string, string>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads the distinct `project`/`workspace`/`agent` targets from an alert input (an
 * Alertmanager payload may group several). Throws {@link ExecInputError} when none has all three.
 *
 * @example
 * ```ts
 * const [target] = alertTargets(JSON.parse(body));
 * ```
 */
export function alertTargets(input: AlertInput): AlertTarget[] {
  if (!isRecord(input)) throw new ExecInputError("An alert must be an Alertmanager payload, an alert, or a label object.");
  const common: Record<string, unknown> = isRecord(input.commonLabels) ? input.commonLabels : {};
  const alerts: Array<{ labels: unknown; status: unknown }> = Array.isArray(input.alerts)
    ? (input.alerts as unknown[]).filter(isRecord).map((a) => ({ labels: { ...common, ...(isRecord(a.labels) ? a.labels : {}) }, status: a.status ?? input.status }))
    : isRecord(input.labels)
      ? [{ labels: input.labels, status: input.status }]
      : [{ labels: input, status: undefined }];
  const seen = new Set<string>();
  const targets: AlertTarget[] = [];
  for (const { labels, status } of alerts) {
    const l = labels as Record<string, unknown>;
    const [project, workspace, agent] = [l.project, l.workspace, l.agent];
    if (typeof project !== "string" || typeof workspace !== "string" || typeof agent !== "string" || !project || !workspace || !agent) continue;
    const key = `${project}\u0000${workspace}\u0000${agent}`;
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push({
      project,
      workspace,
      agent,
      ...(typeof l.alertname === "string" ? { alertName: l.alertname } : {}),
      ...(typeof status === "string" ? { status } : {}),
    });
  }
  if (targets.length === 0) throw new ExecInputError("No alert carries all of the labels `project`, `workspace` and `agent`.");
  return targets;
}
