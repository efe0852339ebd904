import type { XerotierClient } from "@xerotier/api";
import { getInvocation } from "./resources";
import { readOptions } from "@xerotier/api/internal";
import { NO_TRACE, type TracedOptions } from "./trace";
import type { Approval, Invocation, InvocationStatus, Risk } from "./types";

/** A state change of the invocation. */
export interface TransitionEntry {
  /** Discriminant. */
  kind: "transition";
  /** When it happened (RFC 3339). */
  at: string;
  /** Previous status; null for the first entry. */
  from: InvocationStatus | null;
  /** New status. */
  to: InvocationStatus;
  /** `system`, `agent:<id>`, `user:<name>` or `api_key:<prefix>`. */
  actor: string;
  /** Why, when known. */
  reason: string | null;
}

/** An approval was requested for the invocation. */
export interface ApprovalRequestedEntry {
  /** Discriminant. */
  kind: "approval_requested";
  /** When it was requested (RFC 3339). */
  at: string;
  /** The approval (a UUID). */
  approvalId: string;
  /** Risk level of the gated tool. */
  risk: Risk;
  /** The chat prompt that led to the call. */
  prompt: string;
  /** When the request times out (current stage). */
  expiresAt: string;
  /** How many times it escalated so far. */
  escalationLevel: number;
}

/** An approval was decided (`approved`, `rejected`) or timed out. */
export interface ApprovalDecidedEntry {
  /** Discriminant. */
  kind: "approval_decided";
  /** When it was decided or timed out (RFC 3339). */
  at: string;
  /** The approval (a UUID). */
  approvalId: string;
  /** The decision. */
  status: Approval["status"];
  /** Who decided (`system` for a timeout). */
  actor: string;
  /** The reviewer's note. */
  note: string | null;
}

/** One line of `exec show`: a transition or an approval event, ordered by time. */
export type TimelineEntry = TransitionEntry | ApprovalRequestedEntry | ApprovalDecidedEntry;

/** An invocation with its approvals and merged timeline. */
export interface InvocationTimeline {
  /** The invocation as read. */
  invocation: Invocation;
  /** Each of its approvals. */
  approvals: Approval[];
  /** The merged, ordered entries. */
  entries: TimelineEntry[];
}

/**
 * Merges transitions and approval events into one time-ordered list. At the same instant the
 * causal order wins: entering `pending_approval`, then the request, then the decision, then
 * whatever the decision caused; transitions keep their recorded order.
 */
export function buildTimeline(invocation: Invocation, approvals: readonly Approval[]): TimelineEntry[] {
  const entries: Array<{ entry: TimelineEntry; rank: number; seq: number }> = [];
  let seq = 0;
  for (const t of invocation.transitions) {
    const entry: TransitionEntry = { kind: "transition", at: t.at, from: t.from, to: t.to, actor: t.actor, reason: t.reason ?? null };
    entries.push({ entry, rank: t.to === "pending_approval" ? 0 : 3, seq: seq++ });
  }
  for (const a of approvals) {
    entries.push({
      entry: { kind: "approval_requested", at: a.created_at, approvalId: a.id, risk: a.risk, prompt: a.prompt, expiresAt: a.expires_at, escalationLevel: a.escalation_level },
      rank: 1,
      seq: seq++,
    });
    if (a.decided_at) {
      entries.push({
        entry: { kind: "approval_decided", at: a.decided_at, approvalId: a.id, status: a.status, actor: a.decided_by ?? "system", note: a.note },
        rank: 2,
        seq: seq++,
      });
    }
  }
  entries.sort((x, y) => Date.parse(x.entry.at) - Date.parse(y.entry.at) || x.rank - y.rank || x.seq - y.seq);
  return entries.map((e) => e.entry);
}

/**
 * One printable line per entry, e.g.
 * `2026-11-24T07:00:00Z  pending_approval → dispatched  user:alice  (approved)`.
 */
export function formatTimelineEntry(entry: TimelineEntry): string {
  switch (entry.kind) {
    case "transition":
      return `${entry.at}  ${entry.from ? `${entry.from} → ` : ""}${entry.to}  ${entry.actor}${entry.reason ? `  (${entry.reason})` : ""}`;
    case "approval_requested":
      return `${entry.at}  approval ${entry.approvalId} requested (${entry.risk}), expires ${entry.expiresAt}`;
    case "approval_decided":
      return `${entry.at}  approval ${entry.approvalId} ${entry.status}  ${entry.actor}${entry.note ? `  "${entry.note}"` : ""}`;
  }
}

/** Reads an invocation and each of its approvals, and merges them. */
export async function loadTimeline(client: XerotierClient, id: string, options: TracedOptions = {}): Promise<InvocationTimeline> {
  const { trace = NO_TRACE } = options;
  const invocation = await getInvocation(client, id, options);
  const approvals = await Promise.all(
    invocation.approval_ids.map(async (approvalId) => {
      const { data } = await trace.run(`GET /v1/exec/approvals/${approvalId}`, () =>
        client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: approvalId } }, ...readOptions(options) }),
      );
      return data;
    }),
  );
  return { invocation, approvals, entries: buildTimeline(invocation, approvals) };
}
