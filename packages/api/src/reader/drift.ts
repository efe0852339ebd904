import type { FieldIssue } from "../generated/tolerant";

/**
 * One field of a server response that does not have the JSON type the spec gives it. The value
 * was still delivered as received: this report is how a consumer learns its types may not hold.
 */
export interface SchemaDriftReport {
  /** The spec schema read, e.g. `Approval` or `ApprovalEvent`. */
  schema: string;
  /** Path of the field from the value read, e.g. `data.timeout_seconds`; array items are `[]`. */
  field: string;
  /** The JSON type the spec gives the field. */
  expected: string;
  /** The JSON type received. */
  received: string;
  /** The first value's id (`evt_…`, the approval id, …) that showed the drift, when it has one. */
  id?: string;
}

/** Receives each drifting field once; see {@link createDriftReporter}. */
export type SchemaDriftHandler = (report: SchemaDriftReport) => void;

/**
 * Where a reader sends drift: the findings of one value, reported only for fields not yet seen.
 * Build one with {@link createDriftReporter}; pass it to every read of one stream or client.
 */
export type DriftReporter = (schema: string, issues: readonly FieldIssue[], id?: string) => void;

/** How many distinct drifting fields a reporter remembers; later new fields are still reported. */
export const DRIFT_MEMORY = 1_024;

/**
 * Wraps a handler so each `schema` + `field` is reported once, however many values show it.
 * Memory is bounded: past {@link DRIFT_MEMORY} distinct fields the oldest is forgotten (and would
 * be reported again). Exceptions thrown by the handler are swallowed: reporting never drops data.
 *
 * @example
 * ```ts
 * const report = createDriftReporter((d) => console.warn(`${d.schema}.${d.field}: expected ${d.expected}, got ${d.received}`));
 * const result = readApproval(body, report);
 * ```
 */
export function createDriftReporter(handler: SchemaDriftHandler, memory = DRIFT_MEMORY): DriftReporter {
  const seen = new Set<string>();
  return (schema, issues, id) => {
    for (const issue of issues) {
      const key = `${schema}\u0000${issue.path}`;
      if (seen.has(key)) continue;
      if (seen.size >= memory) seen.delete(seen.values().next().value as string);
      seen.add(key);
      try {
        handler({ schema, field: issue.path, expected: issue.expected, received: issue.received, ...(id === undefined ? {} : { id }) });
      } catch {
        // A failing hook must not stop delivery.
      }
    }
  };
}

/** One line per issue (`data.id: expected string, got missing`), for skip reports. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => `${i.path || "(root)"}: expected ${i.expected}, got ${i.received}`).join("; ");
}
