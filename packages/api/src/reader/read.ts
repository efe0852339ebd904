import { jsonTypeOf, tolerantChecks, type FieldIssue } from "../generated/tolerant";
import type * as Tolerant from "../generated/tolerant";
import { describeIssues, type DriftReporter } from "./drift";

/** What a reader returns: the value as received (typed tolerantly), or why it is unusable. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; issues: string };

/** The spec schemas a value can be read as. */
export type ReadableSchema = keyof typeof tolerantChecks;

/**
 * Reads `value` as the spec schema `schema`, tolerantly (see docs/guides/compatibility.md): it
 * is unusable only when a field the schema requires in its `x-tolerant-required` list is
 * missing or of the wrong type. Any other field of the wrong type goes to `report` as drift;
 * unknown fields and values are kept. It tests JSON types only (no enum, pattern or bound, which
 * the tolerant reading does not enforce), so it is also the cheapest check of a valid value.
 *
 * @example
 * ```ts
 * const result = readAs("Approval", body, report);
 * if (result.ok) console.log(result.value.status);
 * ```
 */
export function readAs<S extends ReadableSchema>(schema: S, value: unknown, report?: DriftReporter): ReadResult<Tolerant.Readings[S]> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, issues: `(root): expected object, got ${jsonTypeOf(value)}` };
  }
  const core: FieldIssue[] = [];
  const drift: FieldIssue[] = [];
  tolerantChecks[schema](value as Record<string, unknown>, "", core, drift);
  if (core.length > 0) return { ok: false, issues: describeIssues(core) };
  if (drift.length > 0) report?.(schema, drift, idOf(value));
  return { ok: true, value: value as Tolerant.Readings[S] };
}

function idOf(value: object): string | undefined {
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" ? id : undefined;
}

/**
 * Reads an approval (e.g. a `GET /v1/exec/approvals/{id}` body): needs `id` and `status`; an
 * unknown status or risk passes through as a string.
 *
 * @example
 * ```ts
 * const read = readApproval(data, report);
 * if (read.ok && read.value.status === "pending") await notify(read.value);
 * ```
 */
export function readApproval(value: unknown, report?: DriftReporter): ReadResult<Tolerant.Approval> {
  return readAs("Approval", value, report);
}

/** Reads an invocation: needs `id` and `status`. See {@link readApproval}. */
export function readInvocation(value: unknown, report?: DriftReporter): ReadResult<Tolerant.Invocation> {
  return readAs("Invocation", value, report);
}

/** Reads an agent: needs `id` and `status`. See {@link readApproval}. */
export function readAgent(value: unknown, report?: DriftReporter): ReadResult<Tolerant.Agent> {
  return readAs("Agent", value, report);
}

/** Reads a join key: needs `id`. See {@link readApproval}. */
export function readJoinKey(value: unknown, report?: DriftReporter): ReadResult<Tolerant.JoinKey> {
  return readAs("JoinKey", value, report);
}

/** Reads a workspace: needs `id`. See {@link readApproval}. */
export function readWorkspace(value: unknown, report?: DriftReporter): ReadResult<Tolerant.Workspace> {
  return readAs("Workspace", value, report);
}
