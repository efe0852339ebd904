import type { XerotierClient } from "@xerotier/api";
import { createExec, type AlertInput, type TriageReport } from "@xerotier/exec";

/** Options of {@link runAlertTriage}. */
export interface AlertTriageOptions {
  /** Also pause the agent's executor (`xeroctl agents pause-exec <agent-id>`). */
  pause?: boolean;
}

/**
 * Triages one Alertmanager webhook payload (or a label set) and returns one report per distinct
 * `project`/`workspace`/`agent` target. The operator tour calls this too.
 *
 * @example
 * ```ts
 * const reports = await runAlertTriage(client, JSON.parse(body), { pause: true });
 * console.log(reports.map(formatTriageReport).join("\n\n"));
 * ```
 */
export function runAlertTriage(client: XerotierClient, alert: AlertInput, options: AlertTriageOptions = {}): Promise<TriageReport[]> {
  return createExec(client).triageAlerts(alert, { pause: options.pause ?? false });
}

/** Renders a report as the few lines an on-call engineer reads first. */
export function formatTriageReport(report: TriageReport): string {
  const { target, agent, latestFailure: failure } = report;
  const lines = [`alert ${target.alertName ?? "(unnamed)"} [${target.status ?? "firing"}]  project=${target.project} workspace=${target.workspace} agent=${target.agent}`];
  lines.push(
    agent
      ? `agent ${agent.id} (${agent.name}): ${agent.status}, exec ${agent.pausedInWorkspace === null ? "pause state unknown" : agent.pausedInWorkspace ? "PAUSED" : "running"}, last heartbeat ${agent.lastHeartbeatAt ?? "never"}`
      : "agent: could not be read (see API errors)",
  );
  if (failure) {
    lines.push(`latest failure ${failure.id}: ${failure.tool_name} ${failure.status} at ${failure.finished_at ?? failure.created_at}` + (failure.error ? ` (${failure.error.code}: ${failure.error.message})` : ""));
    const stderr = report.latestFailureOutput?.stderr.trim();
    if (stderr) lines.push(`  stderr: ${stderr.split("\n").slice(0, 5).join("\n          ")}`);
    lines.push(`  investigate: xeroctl exec show ${failure.id}`);
  } else {
    lines.push("latest failure: none found for this workspace and agent");
  }
  lines.push(`error codes seen: ${report.errorCodes.length ? report.errorCodes.join(", ") : "none"}`);
  for (const e of report.apiErrors) lines.push(`  API error ${e.status ?? "-"} ${e.code ?? ""} on ${e.request} (x-request-id ${e.requestId ?? "unknown"})`);
  if (report.paused) {
    lines.push(report.paused.ok ? `paused: agent ${target.agent} (${report.paused.scope}); resume with xeroctl agents resume-exec ${target.agent}` : `pause FAILED: ${report.paused.error?.message}`);
  }
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  return lines.join("\n");
}
