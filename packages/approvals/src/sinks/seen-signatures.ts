/**
 * Signatures already accepted, each until its timestamp leaves the tolerance window (after that
 * the timestamp check refuses a replay anyway). Bounded: past `limit` the oldest is forgotten.
 */
export class SeenSignatures {
  // Insertion order is arrival order, so expired entries sit at the front.
  private readonly until = new Map<string, number>();

  /** Keeps at most `limit` signatures. */
  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`replayMemory must be a positive integer; got ${String(limit)}.`);
  }

  /** Records `signature` as used until `expiresAt` (unix ms); `false` when it was already used. */
  remember(signature: string, expiresAt: number, now: number): boolean {
    for (const [key, end] of this.until) {
      if (end > now) break;
      this.until.delete(key);
    }
    if (this.until.has(signature)) return false;
    this.until.set(signature, expiresAt);
    if (this.until.size > this.limit) this.until.delete(this.until.keys().next().value as string);
    return true;
  }
}
