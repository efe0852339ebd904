/**
 * A bounded set of recently seen ids (FIFO eviction), so a long-lived stream or bot can drop
 * replayed events without its memory growing with the number of events.
 *
 * It remembers exactly the last `capacity` distinct ids added, whatever their order. Ids that
 * arrive ascending (shorter first, then by code unit: zero-padded counters, `evt_9` before
 * `evt_10`, ULIDs) cost one string comparison and an array write: the ring is then sorted, and
 * a replayed (older) id is found by binary search. The first id out of that order switches this
 * instance to a hash set for good, with the same contents; nothing is assumed about the server.
 *
 * @example
 * ```ts
 * const seen = new RecentIds(10_000);
 * if (!seen.has(event.id)) { seen.add(event.id); await notify(event); }
 * ```
 */
export class RecentIds {
  private readonly ring: (string | undefined)[];
  /** Slot of the next add; the oldest id when the ring is full. */
  private next = 0;
  private size = 0;
  /** The last id added while ids ascend; ids after it are new without a lookup. */
  private newest: string | undefined;
  /** The hash index, built once an id arrives out of ascending order. */
  private members: Set<string> | undefined;

  /** @param capacity - how many ids to remember; at least 1. */
  constructor(capacity: number) {
    this.ring = new Array<string | undefined>(Math.max(1, Math.floor(capacity)));
  }

  /** True if `id` is among the remembered ids. */
  has(id: string): boolean {
    if (this.members !== undefined) return this.members.has(id);
    if (this.newest === undefined || isAfter(id, this.newest)) return false;
    return this.search(id);
  }

  /** Remembers `id`, forgetting the oldest one when full. */
  add(id: string): void {
    if (this.members === undefined) {
      if (this.newest === undefined || isAfter(id, this.newest)) {
        this.newest = id;
        this.push(id);
        return;
      }
      if (this.search(id)) return;
      this.members = new Set(this.ordered());
    }
    if (this.members.has(id)) return;
    if (this.size === this.ring.length) this.members.delete(this.ring[this.next]!);
    this.members.add(id);
    this.push(id);
  }

  private push(id: string): void {
    this.ring[this.next] = id;
    this.next = (this.next + 1) % this.ring.length;
    if (this.size < this.ring.length) this.size += 1;
  }

  /** The remembered ids, oldest first. */
  private ordered(): string[] {
    const start = (this.next - this.size + this.ring.length) % this.ring.length;
    return Array.from({ length: this.size }, (_, i) => this.ring[(start + i) % this.ring.length]!);
  }

  /** Binary search of the ring, valid while it is ascending (oldest first). */
  private search(id: string): boolean {
    const capacity = this.ring.length;
    const start = (this.next - this.size + capacity) % capacity;
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const probe = this.ring[(start + middle) % capacity]!;
      if (probe === id) return true;
      if (isAfter(id, probe)) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/** The order ids are checked in: shorter first, then by UTF-16 code unit (a strict total order). */
function isAfter(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a > b;
}
