import type { XerotierLogger } from "../core/transport";

/** What a wait reports when the server answers a status the SDK does not know (schema drift). */
export interface UnknownStatusReport {
  /** The kind of resource read, e.g. `approval`. */
  resource: string;
  /** Its id. */
  id: string;
  /** The status as received: an unknown string, or `undefined` when the field was missing. */
  status: unknown;
}

/** Where a wait reports drift: a callback, a logger (`warn`), or both. */
export interface DriftReporting {
  /**
   * Called once per distinct unknown status per wait. The wait keeps waiting: an unknown status
   * is never taken as a decision.
   */
  onUnknownStatus?: (report: UnknownStatusReport) => void;
  /** Also receives each report as a `warn` line. */
  logger?: Pick<XerotierLogger, "warn">;
}

/** Returns a function that reports each distinct unknown status once; reporters that throw are ignored. */
export function unknownStatusReporter(resource: string, id: string, reporting: DriftReporting): (status: unknown) => void {
  const seen = new Set<unknown>();
  return (status) => {
    if (seen.has(status) || seen.size >= 32) return; // bounded: a server cycling statuses cannot grow it
    seen.add(status);
    const report: UnknownStatusReport = { resource, id, status };
    try {
      reporting.onUnknownStatus?.(report);
      reporting.logger?.warn?.(`Unknown ${resource} status ${JSON.stringify(status) ?? "(missing)"}: still waiting.`, { ...report });
    } catch {
      // A throwing reporter must not end the wait.
    }
  };
}
