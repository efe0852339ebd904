/**
 * How a real server may differ from our spec, as fast-check arbitraries: fields the public docs do
 * not fix dropped, unknown fields added, enum values the SDK does not know, `null` in optional
 * strings. `driftApproval` applies one drift to an approval as the router answered it; the same
 * drift applies to an event's `data` through `driftEvent`, and to a decoded `data:` line of the
 * event stream through `driftStreamEvent` (for the `watch` property).
 */
import fc from "fast-check";
import { APPROVAL_EVENT_TYPES } from "@xerotier/api/internal";
import type { ApprovalEvent } from "../src/index";

/** Approval fields our spec decided (openapi/README.md, "Decided"): a server may omit any of them. */
export const DECIDED_APPROVAL_FIELDS = ["object", "expires_at", "decided_at", "decided_by", "note", "escalation_level"] as const;
/** Optional string fields a server may send as `null`. */
export const NULLABLE_APPROVAL_FIELDS = ["decided_at", "decided_by", "note", "agent_id", "invocation_id", "tool_name", "prompt"] as const;
/** The statuses the SDK knows. */
export const KNOWN_STATUSES = ["pending", "escalated", "approved", "rejected", "timed_out"] as const;
const KNOWN_RISKS = ["read", "write", "destructive", "irreversible"];
/** Every field our spec gives an approval or an event envelope: an "unknown field" is none of these. */
const SPEC_FIELDS = new Set([
  ...["id", "object", "status", "risk", "workspace_id", "agent_id", "invocation_id", "tool_name", "tool_call", "prompt"],
  ...["timeout_seconds", "expires_at", "created_at", "decided_at", "decided_by", "note", "escalation_level", "type", "data"],
  "__proto__",
]);

/** One way the server differs. `status`: kept, dropped, or replaced by an unknown string. */
export interface ServerDrift {
  drop: string[];
  nulls: string[];
  extra: Record<string, unknown>;
  status: { kind: "keep" } | { kind: "drop" } | { kind: "unknown"; value: string };
  risk: { kind: "keep" } | { kind: "unknown"; value: string };
}

const unknownString = (known: readonly string[]) => fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !known.includes(s));

/** Any combination of the differences above. */
export const serverDrift: fc.Arbitrary<ServerDrift> = fc.record({
  drop: fc.subarray([...DECIDED_APPROVAL_FIELDS]),
  nulls: fc.subarray([...NULLABLE_APPROVAL_FIELDS]),
  extra: fc.dictionary(
    fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !SPEC_FIELDS.has(k)),
    // As the server's JSON.stringify sends it (a generated -0 arrives as 0).
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown),
    { maxKeys: 3 },
  ),
  status: fc.oneof(
    fc.constant({ kind: "keep" as const }),
    fc.constant({ kind: "drop" as const }),
    unknownString(KNOWN_STATUSES).map((value) => ({ kind: "unknown" as const, value })),
  ),
  risk: fc.oneof(fc.constant({ kind: "keep" as const }), unknownString(KNOWN_RISKS).map((value) => ({ kind: "unknown" as const, value }))),
});

/** The approval as a server with this drift would send it. */
export function driftApproval(approval: Record<string, unknown>, drift: ServerDrift): Record<string, unknown> {
  const out: Record<string, unknown> = { ...drift.extra, ...approval };
  for (const field of drift.drop) delete out[field];
  for (const field of drift.nulls) out[field] = null;
  if (drift.status.kind === "drop") delete out.status;
  if (drift.status.kind === "unknown") out.status = drift.status.value;
  if (drift.risk.kind === "unknown") out.risk = drift.risk.value;
  return out;
}

/** The event as a server with this drift would send it: the drift applies to its approval. */
export function driftEvent(event: ApprovalEvent, drift: ServerDrift): Record<string, unknown> {
  return { ...event, data: driftApproval(event.data as unknown as Record<string, unknown>, drift) };
}

const approvalEventTypes = new Set<unknown>(APPROVAL_EVENT_TYPES);

/**
 * A decoded `data:` line of the event stream as a server with this drift would send it: an
 * approval event gets the drift on its approval and the unknown fields on its envelope too; any
 * other frame (`stream.open`, `stream.reset`, exec events) passes unchanged.
 */
export function driftStreamEvent(envelope: Record<string, unknown>, drift: ServerDrift): Record<string, unknown> {
  if (!approvalEventTypes.has(envelope.type)) return envelope;
  return { ...drift.extra, ...driftEvent(envelope as unknown as ApprovalEvent, drift) };
}
