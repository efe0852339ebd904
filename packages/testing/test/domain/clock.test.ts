import { describe, expect, it } from "vitest";
import { createManualClock } from "@xerotier/testing";

describe("manual clock", () => {
  it("runs due tasks in time order, ties in scheduling order, and only those due", () => {
    const clock = createManualClock(0);
    const ran: string[] = [];
    clock.schedule(30, () => ran.push("c@30"));
    clock.schedule(10, () => ran.push("a@10"));
    clock.schedule(10, () => ran.push("b@10"));
    clock.schedule(50, () => ran.push("d@50"));
    clock.advance(30);
    expect(ran).toEqual(["a@10", "b@10", "c@30"]);
    expect(clock.now()).toBe(30);
    clock.advance(20);
    expect(ran).toEqual(["a@10", "b@10", "c@30", "d@50"]);
  });

  it("shows each task the time it was due, and runs tasks scheduled by tasks when they fall due in the same advance", () => {
    const clock = createManualClock(0);
    const seen: Array<[string, number]> = [];
    clock.schedule(10, () => {
      seen.push(["first", clock.now()]);
      clock.schedule(5, () => seen.push(["chained", clock.now()]));
      clock.schedule(100, () => seen.push(["too late", clock.now()]));
    });
    clock.advance(20);
    expect(seen).toEqual([
      ["first", 10],
      ["chained", 15],
    ]);
    expect(clock.now()).toBe(20);
  });

  it("never runs a cancelled task, even one cancelled by a task of the same advance", () => {
    const clock = createManualClock(0);
    const ran: number[] = [];
    const cancelLater = clock.schedule(20, () => ran.push(20));
    clock.schedule(10, () => {
      ran.push(10);
      cancelLater();
    });
    const cancelNow = clock.schedule(15, () => ran.push(15));
    cancelNow();
    cancelNow(); // twice is harmless
    clock.advance(100);
    expect(ran).toEqual([10]);
  });

  it("keeps order among survivors when most of many tasks are cancelled (the queue is compacted)", () => {
    const clock = createManualClock(0);
    const ran: number[] = [];
    const cancels = Array.from({ length: 10_000 }, (_, i) => clock.schedule(10_000 - i, () => ran.push(10_000 - i)));
    cancels.forEach((cancel, i) => {
      if (i % 100 !== 0) cancel();
    });
    clock.advance(10_000);
    const expected = Array.from({ length: 100 }, (_, k) => 10_000 - k * 100).reverse();
    expect(ran).toEqual(expected);
  });

  it("runs nothing after dispose", () => {
    const clock = createManualClock(0);
    const ran: number[] = [];
    clock.schedule(1, () => ran.push(1));
    clock.dispose();
    clock.advance(10);
    expect(ran).toEqual([]);
  });
});
