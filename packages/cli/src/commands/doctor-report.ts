// How `xeroctl doctor` prints its report: a table for a terminal, markdown to paste into an issue.
import type { DoctorReport, Finding } from "@xerotier/testing/doctor";
import type { Printer } from "../format";

/** The report as tables: where it probed, every operation, every wire check, the findings, the verdict last. */
export function printReportTables(out: Printer, report: DoctorReport): void {
  out.fields([
    ["Target", report.target.baseUrl],
    ["Spec", `${report.specVersion} (SDK ${report.sdkVersion})`],
    ["Probed", probedLine(report)],
  ]);
  out.line();
  out.table(["operation", "outcome", "detail"], report.operations.map((o) => [o.operationId, outcomeWord(o.outcome), o.detail]), "No operation.");
  out.line();
  out.table(["check", "outcome", "detail"], report.wire.map((w) => [w.check, outcomeWord(w.outcome), w.detail]), "No wire check.");
  const findings = allFindings(report);
  if (findings.length > 0) {
    out.line();
    out.table(["where", "path", "kind", "sdk", "detail"], findings.map(({ where, finding }) => [where, finding.path, finding.kind, finding.sdkDepends ? "depends" : "tolerates", findingDetail(finding)]), "");
  }
  if (report.leftovers.length > 0) {
    out.line();
    out.line(out.bold("Leftovers (act on these):"));
    for (const leftover of report.leftovers) out.line(`  ${leftover}`);
  }
  out.line();
  out.line(out.bold(report.verdict.summary));
}

/**
 * The report as GitHub-flavoured markdown, to send upstream: versions, the verdict, what differs
 * and the checks. It names no host, project or key; review it before sending.
 */
export function reportMarkdown(report: DoctorReport): string {
  const findings = allFindings(report);
  const lines = [
    "## xeroctl doctor report",
    "",
    `- **Verdict:** ${report.verdict.summary}`,
    `- **Spec:** ${report.specVersion}, SDK ${report.sdkVersion}`,
    `- **Probed:** ${probedLine(report)}, ${report.startedAt}`,
    "",
    "### Operations",
    "",
    row(["operation", "outcome", "detail"]),
    row(["---", "---", "---"]),
    ...report.operations.map((o) => row([`\`${o.operationId}\``, outcomeWord(o.outcome), o.detail])),
    "",
    "### Wire checks",
    "",
    row(["check", "outcome", "detail"]),
    row(["---", "---", "---"]),
    ...report.wire.map((w) => row([`\`${w.check}\``, outcomeWord(w.outcome), w.detail])),
  ];
  if (findings.length > 0) {
    lines.push("", "### Findings", "", row(["where", "path", "kind", "SDK", "detail"]), row(["---", "---", "---", "---", "---"]));
    lines.push(...findings.map(({ where, finding }) => row([`\`${where}\``, `\`${finding.path}\``, finding.kind, finding.sdkDepends ? "depends" : "tolerates", findingDetail(finding)])));
  }
  return `${lines.join("\n")}\n`;
}

function probedLine(report: DoctorReport): string {
  return `${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s, ${report.wrote ? "with the safe writes (--write)" : "read-only"}`;
}

function allFindings(report: DoctorReport): Array<{ where: string; finding: Finding }> {
  return [
    ...report.operations.flatMap((o) => o.findings.map((finding) => ({ where: finding.context ?? o.operationId, finding }))),
    ...report.wire.flatMap((w) => w.findings.map((finding) => ({ where: finding.context ?? w.check, finding }))),
  ];
}

function findingDetail(finding: Finding): string {
  return `expected ${finding.expected}, got ${finding.received}${finding.count > 1 ? ` (×${finding.count})` : ""}`;
}

function outcomeWord(outcome: string): string {
  return outcome.replace("_", " ");
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, "\\|").replace(/\s+/g, " ")).join(" | ")} |`;
}
