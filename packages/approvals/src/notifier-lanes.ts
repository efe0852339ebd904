/** One lane per approval: its deliveries run one at a time, in the order they were queued. */

/** A queued delivery's view of its lane. */
export interface LaneTurn {
  /** Aborts once a later transition of the same approval is queued: stop retrying, do not start. */
  readonly superseded: AbortSignal;
}

interface Entry {
  readonly rank: number;
  readonly done: Promise<void>;
  readonly superseded: AbortController;
}

/**
 * Serialises deliveries per approval, so a sink sees one approval's transitions in the order they
 * arrive whatever the notifier's concurrency, and lets a later transition (a higher
 * {@link transitionRank}) supersede the earlier ones still waiting or retrying
 * (automation-safety rule 6: no page after its resolve). A copy of the same transition, or an
 * older one, supersedes nothing: it waits its turn. Deliveries of different approvals never wait
 * for each other. Holds only approvals with a delivery queued or running, so it is bounded by the
 * notifier's in-flight limit.
 */
export class ApprovalLanes {
  readonly #lanes = new Map<string, Entry[]>();

  /** Queues `work` behind the approval's earlier deliveries. The lane order is the call order. */
  async run<T>(approvalId: string, rank: number, work: (turn: LaneTurn) => Promise<T>): Promise<T> {
    const lane = this.#lanes.get(approvalId) ?? [];
    for (const queued of lane) if (queued.rank < rank) queued.superseded.abort();
    const previous = lane.at(-1)?.done;
    let finished!: () => void;
    const entry: Entry = { rank, done: new Promise<void>((resolve) => (finished = resolve)), superseded: new AbortController() };
    lane.push(entry);
    this.#lanes.set(approvalId, lane);
    try {
      await previous;
      return await work({ superseded: entry.superseded.signal });
    } finally {
      finished();
      lane.splice(lane.indexOf(entry), 1);
      if (lane.length === 0) this.#lanes.delete(approvalId);
    }
  }
}
