/** The notifier's ordered commit: the resume point only passes events whose delivery finished. */
import type { Coordination } from "./coordination";

/** One event in flight, in watch order. */
export interface CommitEntry {
  /** The watch's resume point right after this event. */
  readonly resumePoint: string | undefined;
  done: boolean;
}

/**
 * Tracks events in watch order. When one finishes, its delivery key is recorded at once (so a
 * successor skips it) and the resume point advances to the newest event such that it and every
 * earlier one finished. Commits run one at a time, so the resume point never goes back.
 */
export class OrderedCommits {
  readonly #entries: CommitEntry[] = [];
  #chain: Promise<void> = Promise.resolve();

  /** `fencingToken` is read at commit time, so a renewed lease is used. */
  constructor(
    private readonly coordination: Coordination,
    private readonly fencingToken: () => number,
    private readonly onResumePoint: (resumePoint: string) => void,
  ) {}

  /** Events registered and not yet passed by the resume point. */
  get size(): number {
    return this.#entries.length;
  }

  /** Registers the next event from the watch. */
  push(resumePoint: string | undefined): CommitEntry {
    const entry: CommitEntry = { resumePoint, done: false };
    this.#entries.push(entry);
    return entry;
  }

  /** Marks `entry` finished and commits; rejects with the coordination's error (e.g. `StaleLeaseError`). */
  finish(entry: CommitEntry, deliveredKey: string | undefined): Promise<void> {
    entry.done = true;
    let resumePoint: string | undefined;
    while (this.#entries[0]?.done) resumePoint = this.#entries.shift()!.resumePoint ?? resumePoint;
    const deliveryKeys = deliveredKey === undefined ? [] : [deliveredKey];
    if (deliveryKeys.length === 0 && resumePoint === undefined) return this.#chain;
    const commit = async () => {
      await this.coordination.commit({ deliveryKeys, ...(resumePoint !== undefined ? { resumePoint } : {}), fencingToken: this.fencingToken() });
      if (resumePoint !== undefined) this.onResumePoint(resumePoint);
    };
    this.#chain = this.#chain.then(commit);
    return this.#chain;
  }
}
