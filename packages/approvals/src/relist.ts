import { syntheticEvent } from "./synthetic";
import type { Approval, ApprovalEvent } from "./types";

/**
 * A watch's re-list (after a `stream.reset`, and the first list of "list, then watch"): the open
 * approvals as synthetic `exec.approval_requested` events, handed out one at a time, and which of
 * them the stream may still carry (an approval made between the connection and the list), so
 * that its copy on the stream is not yielded again.
 */
export class Relist {
  private events: ApprovalEvent[] = [];
  private next = 0;
  /** Approvals the last re-list yielded as requested. */
  private readonly requested = new Set<string>();

  /**
   * @param read - lists the open approvals (`undefined` once the watch is stopped)
   * @param accept - whether an event goes out (its transition was not delivered yet); remembers it
   */
  constructor(
    private readonly read: () => Promise<Approval[] | undefined>,
    private readonly accept: (event: ApprovalEvent) => boolean,
  ) {}

  /** Lists again; the events not delivered before are handed out next, oldest first. */
  async run(): Promise<void> {
    const open = await this.read();
    const now = Date.now();
    this.requested.clear();
    this.events = [];
    this.next = 0;
    for (const approval of open ?? []) {
      const event = syntheticEvent("relist", "exec.approval_requested", approval, now);
      if (!this.accept(event)) continue;
      this.requested.add(approval.id);
      this.events.push(event);
    }
  }

  /** The next re-listed event not handed out yet. */
  take(): ApprovalEvent | undefined {
    if (this.next === this.events.length) return undefined;
    const event = this.events[this.next]!;
    this.next += 1;
    if (this.next === this.events.length) this.clear(); // all handed out: hold no approval from now on
    return event;
  }

  /** True, once, for the stream's own `exec.approval_requested` of an approval the last re-list yielded. */
  yielded(event: ApprovalEvent): boolean {
    return this.requested.size > 0 && event.type === "exec.approval_requested" && this.requested.delete(event.data.id);
  }

  /** Hands out nothing more of this re-list. */
  clear(): void {
    this.events = [];
    this.next = 0;
  }
}
