import { type XerotierClient } from "@xerotier/api";
import { sleep } from "@xerotier/api/internal";
import { byCreation, listApprovals, readable, withPatience, type UnreadableApproval } from "./snapshot";
import { syntheticEvent, transitionEvents } from "./synthetic";
import { OPEN_STATUSES, type Approval, type ApprovalEvent, type ApprovalEventType, type ApprovalFilter } from "./types";

/** What the polling loop needs from the watch that runs it. */
export interface PollContext {
  client: XerotierClient;
  filter: ApprovalFilter;
  signal: AbortSignal;
  intervalMs: number;
  maxItems: number;
  /** Whether the first snapshot yields the open approvals not delivered yet (list first, a resume point, or events delivered before the fallback); else it is a silent baseline. */
  resuming: boolean;
  /** Hears of a listed approval without `id` or `status`, which is skipped (as on the stream). */
  onUnreadable?: UnreadableApproval;
  /** Emits the event unless its transition was already delivered; returns whether it should be yielded. */
  accept(event: ApprovalEvent): boolean;
}

/**
 * The polling fallback: lists the approvals every `intervalMs` and turns the differences between
 * two snapshots into the events the stream would have sent (requested, escalated, approved,
 * rejected, timed out). The first snapshot is a silent baseline, unless resuming: then it yields
 * `exec.approval_requested` for open approvals not yet delivered, like a `stream.reset`.
 */
export async function* pollApprovals(ctx: PollContext): AsyncGenerator<ApprovalEvent> {
  // The server filters what it can; `status` is applied to events so transitions stay visible.
  const serverFilter: ApprovalFilter = { ...ctx.filter, status: undefined };
  let previous: Map<string, Approval> | undefined;
  while (!ctx.signal.aborted) {
    const listed = await withPatience(
      () => listApprovals(ctx.client, serverFilter, { maxItems: ctx.maxItems, signal: ctx.signal }).toArray(),
      ctx.signal,
      Math.max(ctx.intervalMs, 30_000),
    );
    if (listed === undefined) return;
    const usable = readable(listed, ctx.onUnreadable);
    const now = Date.now();
    const current = new Map(usable.map((a) => [a.id, a]));
    const ordered = [...usable].sort(byCreation);
    for (const approval of ordered) {
      let types: ApprovalEventType[];
      if (previous !== undefined) types = transitionEvents(previous.get(approval.id), approval);
      else if (ctx.resuming && OPEN_STATUSES.has(approval.status)) types = ["exec.approval_requested"];
      else types = [];
      for (const type of types) {
        const event = syntheticEvent("poll", type, approval, now);
        if (ctx.accept(event)) yield event;
      }
    }
    previous = current;
    // The abortable sleep of the api; an abort ends the loop quietly (the watch then ends cleanly).
    if (!(await sleep(ctx.intervalMs, ctx.signal).then(() => true, () => false))) return;
  }
}
