// From what the probe logged to the report: one entry per operation of the spec, and the verdict.
import { operationIdsInOrder, specOperation } from "./spec-schemas";
import type { OperationLog, ProbeState } from "./state";
import type { DoctorReport, Finding, OperationReport, WireCheck } from "./types";

/** The writes `write: true` makes; every other write is never made. */
const SAFE_WRITES = new Set(["createJoinKey", "revokeJoinKey", "createInvocation"]);

/** One report per operation of the spec, in the spec's order. */
export function operationReports(state: ProbeState, wrote: boolean): OperationReport[] {
  return operationIdsInOrder().map((operationId) => {
    const { method, template } = specOperation(operationId);
    const log = state.operations.get(operationId);
    return { operationId, method, path: template, ...outcomeOf(log, operationId, method, wrote), calls: log?.calls ?? 0, findings: log?.findings.list() ?? [] };
  });
}

function outcomeOf(log: OperationLog | undefined, operationId: string, method: string, wrote: boolean): Pick<OperationReport, "outcome" | "detail"> {
  if (!log) return { outcome: "not_probed", detail: neverProbed(operationId, method, wrote) };
  const notes = log.notes.join("; ");
  if (log.failures.length > 0) return { outcome: "failed", detail: [...new Set(log.failures)].join("; ") };
  if (log.answered > 0) {
    const found = log.findings.list().length;
    return found > 0 ? { outcome: "differs", detail: `${found} finding(s)${notes ? `; ${notes}` : ""}` } : { outcome: "conforms", detail: notes || "answered as the spec says" };
  }
  if (log.notAllowed !== undefined) return { outcome: "not_allowed", detail: `not allowed for this key (${log.notAllowed})` };
  return { outcome: "not_probed", detail: log.skipped ?? "not reached" };
}

function neverProbed(operationId: string, method: string, wrote: boolean): string {
  if (SAFE_WRITES.has(operationId)) return wrote ? "not reached" : "a write: run with --write (write: true)";
  if (operationId === "cancelInvocation") return "a write the doctor makes only to withdraw its own invocation";
  return method === "GET" ? "not reached" : "a write the doctor never makes";
}

/**
 * The verdict: ok when nothing the SDK depends on differs, no operation failed and the probe left
 * nothing behind; the summary names the first findings the SDK depends on.
 */
export function verdictOf(operations: readonly OperationReport[], wire: readonly WireCheck[], leftovers: readonly string[]): DoctorReport["verdict"] {
  const located = [
    ...operations.flatMap((o) => o.findings.map((f) => ({ where: f.context ?? o.operationId, finding: f }))),
    ...wire.flatMap((w) => w.findings.map((f) => ({ where: f.context ?? w.check, finding: f }))),
  ];
  const depends = located.filter((l) => l.finding.sdkDepends);
  const failed = operations.filter((o) => o.outcome === "failed").map((o) => `${o.operationId} (${o.detail})`);
  const problems = [
    ...(depends.length > 0 ? [`${depends.length} finding(s) the SDK depends on: ${depends.slice(0, 3).map(describeFinding).join(", ")}${depends.length > 3 ? ", …" : ""}`] : []),
    ...(failed.length > 0 ? [`${failed.length} operation(s) failed: ${failed.slice(0, 3).join(", ")}${failed.length > 3 ? ", …" : ""}`] : []),
    ...(leftovers.length > 0 ? [`${leftovers.length} write(s) could not be undone (see leftovers)`] : []),
  ];
  if (problems.length > 0) return { ok: false, summary: `DIFFERS: ${problems.join("; ")}.` };
  const probed = operations.filter((o) => o.outcome === "conforms" || o.outcome === "differs").length;
  const drift = located.length;
  if (drift > 0) {
    const where = new Set(located.map((l) => l.where)).size;
    return { ok: true, summary: `OK: nothing the SDK depends on differs; ${drift} difference(s) it tolerates in ${where} place(s) (${probed} operations probed).` };
  }
  return { ok: true, summary: `OK: every answer of the ${probed} operations probed conforms to the spec.` };
}

function describeFinding({ where, finding }: { where: string; finding: Finding }): string {
  return `${where} ${finding.path} (${finding.kind === "behaviour" ? `expected ${finding.expected}, got ${finding.received}` : finding.kind})`;
}
