/**
 * At most `max` actions (API-calling steps: a triage, a pause, a resume) in any `windowMs`.
 * A payload's whole cost is taken at once or not at all, before its first API call.
 */
export class ActionBudget {
  // Times (ms) of the actions spent within the window, oldest first; at most `max` entries.
  private readonly spent: number[] = [];

  /** @param max - actions per window; @param windowMs - the sliding window. */
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Whether `cost` actions could ever fit in one window. */
  fits(cost: number): boolean {
    return cost <= this.max;
  }

  /** Spends `cost` (≤ max) actions at `now` and returns 0, or spends nothing and returns the ms until they would fit. */
  take(cost: number, now: number): number {
    while (this.spent.length > 0 && this.spent[0]! <= now - this.windowMs) this.spent.shift();
    if (cost === 0) return 0;
    const over = this.spent.length + cost - this.max;
    if (over > 0) return this.spent[over - 1]! + this.windowMs - now;
    for (let i = 0; i < cost; i += 1) this.spent.push(now);
    return 0;
  }
}
