import { APPROVAL_EVENT_TYPES } from "@xerotier/api/internal";
import { transitionKey } from "./synthetic";
import type { ApprovalEvent } from "./types";

/**
 * The transitions a watch has delivered, so that a re-list or a poll never delivers one again.
 *
 * Only re-lists and polls read it, and a live stream may run for days without either, so a
 * stream delivery is merely logged (three array writes: no key string built, nothing hashed).
 * The log is folded into the key set, oldest first, when a re-list or poll first asks. It keeps
 * no string per delivery: the type is logged as its index in `APPROVAL_EVENT_TYPES`, the level as
 * the number it is and the approval id as code units, so the thousands of deliveries a stream
 * logs give the GC nothing to copy or promote.
 *
 * Bound: the log holds the last `window` stream deliveries; the key set keeps two generations of
 * up to `window` keys each. Every transition among the last `window` distinct ones delivered
 * (by most recent delivery) is remembered; at most 2 × `window` keys are.
 */
export class DeliveredTransitions {
  private readonly window: number;
  /** Index in `APPROVAL_EVENT_TYPES`: a small integer, which V8 stores in the array itself (nothing for the GC). */
  private readonly types: number[] = [];
  private readonly ids: CodeUnitLog;
  private readonly levels: ApprovalEvent["data"]["escalation_level"][] = [];
  /** Slot of the next logged delivery; stream deliveries not folded yet, at most `window`. */
  private next = 0;
  private pending = 0;
  private current = new Set<string>();
  private previous = new Set<string>();

  /** @param window - how many delivered transitions are remembered at least; at least 1. */
  constructor(window: number) {
    this.window = Math.max(1, Math.floor(window));
    this.ids = new CodeUnitLog(this.window);
  }

  /** Logs a transition delivered from the event stream (which already dropped replayed ids). */
  note(event: ApprovalEvent): void {
    const slot = this.next;
    this.types[slot] = APPROVAL_EVENT_TYPES.indexOf(event.type);
    this.ids.set(slot, event.data.id);
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
      this.remember(transitionKey(APPROVAL_EVENT_TYPES[this.types[slot]!]!, { id: this.ids.get(slot), escalation_level: this.levels[slot] }));
      slot = slot + 1 === this.window ? 0 : slot + 1;
    }
  }
}

/** Code units a logged id takes: an approval id is a UUID (36 characters); a longer one is kept as it is. */
const ID_UNITS = 36;

/**
 * Strings by slot, held as UTF-16 code units in one typed array (grown as slots are used, in
 * order from 0) rather than as string objects; a longer string, or a value that is not one, is
 * held as it is. Reading a slot gives back exactly what was set.
 */
class CodeUnitLog {
  private units = new Uint16Array(0);
  /** Length of each slot's string, or -1 when the slot's value is in `others`. */
  private readonly lengths: number[] = [];
  private readonly others = new Map<number, string>();

  /** @param slots - how many slots there are at most. */
  constructor(private readonly slots: number) {}

  set(slot: number, text: string): void {
    if (this.others.size > 0) this.others.delete(slot);
    if (typeof text !== "string" || text.length > ID_UNITS) {
      this.lengths[slot] = -1;
      this.others.set(slot, text);
      return;
    }
    const start = slot * ID_UNITS;
    if (start >= this.units.length) this.grow();
    for (let i = 0; i < text.length; i += 1) this.units[start + i] = text.charCodeAt(i);
    this.lengths[slot] = text.length;
  }

  get(slot: number): string {
    const length = this.lengths[slot]!;
    if (length < 0) return this.others.get(slot)!;
    const start = slot * ID_UNITS;
    return String.fromCharCode(...this.units.subarray(start, start + length));
  }

  private grow(): void {
    const units = new Uint16Array(Math.min(this.slots, Math.max(64, (this.units.length / ID_UNITS) * 2)) * ID_UNITS);
    units.set(this.units);
    this.units = units;
  }
}
