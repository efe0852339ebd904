/** A task of the manual clock: due `at`, ties broken by scheduling order `seq`. */
export interface Task {
  at: number;
  seq: number;
  fn: () => void;
  /** Set by cancel; the entry leaves the heap when it reaches the top or at the next compaction. */
  cancelled: boolean;
}

function before(a: Task, b: Task): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/**
 * The manual clock's pending tasks: a binary min-heap by (`at`, `seq`) with lazy cancellation (O(log n) in, O(1) cancel), so a
 * world with 100k timers disposes in linear time; cancelled entries never outnumber live ones (past that, the heap is rebuilt).
 */
export class TaskQueue {
  private heap: Task[] = [];
  private cancelledCount = 0;

  push(task: Task): void {
    this.heap.push(task);
    this.siftUp(this.heap.length - 1);
  }

  /** Marks `task` cancelled; it will never be returned by {@link takeDue}. */
  cancel(task: Task): void {
    if (task.cancelled) return;
    task.cancelled = true;
    this.cancelledCount += 1;
    if (this.cancelledCount * 2 > this.heap.length) this.compact();
  }

  /** Removes and returns the earliest live task due at or before `target`, if any. */
  takeDue(target: number): Task | undefined {
    while (this.heap[0]?.cancelled) {
      this.removeTop();
      this.cancelledCount -= 1;
    }
    const top = this.heap[0];
    if (!top || top.at > target) return undefined;
    this.removeTop();
    return top;
  }

  clear(): void {
    for (const task of this.heap) task.cancelled = true;
    this.heap = [];
    this.cancelledCount = 0;
  }

  private removeTop(): void {
    const last = this.heap.pop()!;
    if (this.heap.length === 0) return;
    this.heap[0] = last;
    this.siftDown(0);
  }

  /** Rebuilds the heap from its live tasks (Floyd's heapify, O(n)). */
  private compact(): void {
    this.heap = this.heap.filter((task) => !task.cancelled);
    this.cancelledCount = 0;
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i -= 1) this.siftDown(i);
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    const task = heap[index]!;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(task, heap[parent]!)) break;
      heap[index] = heap[parent]!;
      index = parent;
    }
    heap[index] = task;
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const task = heap[index]!;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, task)) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = task;
  }
}
