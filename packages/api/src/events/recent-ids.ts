/**
 * A bounded set of recently seen ids (FIFO eviction), so a long-lived stream or bot can drop
 * replayed events without its memory growing with the number of events.
 *
 * @example
 * ```ts
 * const seen = new RecentIds(10_000);
 * if (!seen.has(event.id)) { seen.add(event.id); await notify(event); }
 * ```
 */
export class RecentIds {
  private readonly ring: (string | undefined)[];
  private readonly members = new Set<string>();
  private next = 0;

  /** @param capacity - how many ids to remember; at least 1. */
  constructor(capacity: number) {
    this.ring = new Array<string | undefined>(Math.max(1, Math.floor(capacity)));
  }

  /** True if `id` is among the remembered ids. */
  has(id: string): boolean {
    return this.members.has(id);
  }

  /** Remembers `id`, forgetting the oldest one when full. */
  add(id: string): void {
    if (this.members.has(id)) return;
    const evicted = this.ring[this.next];
    if (evicted !== undefined) this.members.delete(evicted);
    this.ring[this.next] = id;
    this.members.add(id);
    this.next = (this.next + 1) % this.ring.length;
  }
}
