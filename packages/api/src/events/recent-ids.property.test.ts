// Property: RecentIds answers exactly like the plain FIFO of the last `capacity` distinct ids,
// whether the ids ascend (sorted ring, no hashing), replay older ones, or arrive in any order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecentIds } from "./recent-ids";

/** The specification: a list of the last `capacity` distinct ids, oldest first; re-adding is a no-op. */
class FifoModel {
  private readonly ids: string[] = [];
  constructor(private readonly capacity: number) {}
  has(id: string): boolean {
    return this.ids.includes(id);
  }
  add(id: string): void {
    if (this.ids.includes(id)) return;
    this.ids.push(id);
    if (this.ids.length > this.capacity) this.ids.shift();
  }
}

type Op = { kind: "add" | "has"; id: string };

/** Ids the way servers mint them: counters (padded or not, so lengths differ), ULID-ish text, anything. */
const idArbitrary = fc.oneof(
  fc.nat({ max: 40 }).map((n) => `evt_${n}`),
  fc.nat({ max: 40 }).map((n) => `evt_${String(n).padStart(4, "0")}`),
  fc.string({ unit: fc.constantFrom("0", "1", "A", "Z", "a"), minLength: 1, maxLength: 3 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 4 }),
);

/** Mostly ascending runs (as one server sends them) with replays and strays mixed in. */
const opsArbitrary = fc.oneof(
  fc.array(fc.record({ kind: fc.constantFrom<Op["kind"]>("add", "has"), id: idArbitrary }), { maxLength: 80 }),
  fc
    .tuple(fc.nat({ max: 60 }), fc.array(fc.tuple(fc.constantFrom<Op["kind"]>("add", "has"), fc.integer({ min: -12, max: 3 })), { maxLength: 80 }))
    .map(([start, steps]) => {
      let counter = start;
      return steps.map(([kind, delta]): Op => {
        counter = Math.max(0, counter + delta);
        return { kind, id: `evt_${String(counter).padStart(3, "0")}` };
      });
    }),
  fc.array(fc.nat({ max: 200 }), { maxLength: 80 }).map((ns) =>
    ns.map((n, i): Op => ({ kind: i % 3 === 2 ? "has" : "add", id: `evt_${i * 4 - (n % 9)}` })),
  ),
);

describe("RecentIds properties", () => {
  it("answers every has() exactly like a FIFO of the last `capacity` distinct ids, in any id order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), opsArbitrary, (capacity, ops) => {
        const ids = new RecentIds(capacity);
        const model = new FifoModel(capacity);
        for (const op of ops) {
          if (op.kind === "add") {
            ids.add(op.id);
            model.add(op.id);
          }
          expect(ids.has(op.id)).toBe(model.has(op.id));
        }
        // Every id ever used, checked at the end: nothing remembered that the FIFO forgot, or the reverse.
        for (const { id } of ops) expect(ids.has(id)).toBe(model.has(id));
      }),
      { numRuns: 1000 },
    );
  });
});
