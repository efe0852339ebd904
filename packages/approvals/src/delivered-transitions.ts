import { APPROVAL_EVENT_TYPES } from "@xerotier/api/internal";
import { transitionKey } from "./synthetic";
import type { ApprovalEvent } from "./types";

/**
 * The transitions a watch has delivered, so that a re-list or a poll never delivers one again.
 *
 * Only re-lists and polls read it, and a live stream may run for days without either, so a
 * stream delivery is merely logged (three array writes: no key string built, nothing hashed).
 * The log is folded into the key set, oldest first, when a re-list or poll first asks. It keeps
 * one string per delivery, the approval id: the type is logged as its index in
 * `APPROVAL_EVENT_TYPES` and the level as the number it is, so a long stream does not keep (and
 * the GC does not promote) a copy of the type string per event.
 *
 * Bound: the log holds the last `window` stream deliveries; the key set keeps two generations of
 * up to `window` keys each. Every transition among the last `window` distinct ones delivered
 * (by most recent delivery) is remembered; at most 2 × `window` keys are.
 */
export class DeliveredTransitions {
  private readonly window: number;
  /** Index in `APPROVAL_EVENT_TYPES`: a small integer, which V8 stores in the array itself (nothing for the GC). */
  private readonly types: number[] = [];
  private readonly ids: string[] = [];
  private readonly levels: ApprovalEvent["data"]["escalation_level"][] = [];
  /** Slot of the next logged delivery; stream deliveries not folded yet, at most `window`. */
  private next = 0;
  private pending = 0;
  private current = new Set<string>();
  private previous = new Set<string>();

  /** @param window - how many delivered transitions are remembered at least; at least 1. */
  constructor(window: number) {
    this.window = Math.max(1, Math.floor(window));
  }

  /** Logs a transition delivered from the event stream (which already dropped replayed ids). */
  note(event: ApprovalEvent): void {
    const slot = this.next;
    this.types[slot] = APPROVAL_EVENT_TYPES.indexOf(event.type);
    this.ids[slot] = event.data.id;
    this.levels[slot] = event.data.escalation_level;
    this.next = slot + 1 === this.window ? 0 : slot + 1;
    if (this.pending < this.window) this.pending += 1;
  }

  /** True if this event's transition was delivered before. */
  has(event: ApprovalEvent): boolean {
    this.fold();
    const key = transitionKey(event.type, event.data);
    return this.current.has(key) || this.previous.has(key);
  }

  /** Remembers this event's transition as delivered now. */
  add(event: ApprovalEvent): void {
    this.fold();
    this.remember(transitionKey(event.type, event.data));
  }

  private remember(key: string): void {
    if (this.current.has(key)) return;
    this.current.add(key);
    // A full generation becomes the previous one; the one before it is forgotten at once.
    if (this.current.size >= this.window) {
      this.previous = this.current;
      this.current = new Set();
    }
  }

  /** Folds the logged stream deliveries into the key set, oldest first, so recency is kept. */
  private fold(): void {
    let slot = (this.next - this.pending + this.window) % this.window;
    for (; this.pending > 0; this.pending -= 1) {
      this.remember(transitionKey(APPROVAL_EVENT_TYPES[this.types[slot]!]!, { id: this.ids[slot]!, escalation_level: this.levels[slot] }));
      slot = slot + 1 === this.window ? 0 : slot + 1;
    }
  }
}
