/**
 * Items in rank order, sorted only as far as they are taken: a binary heap made in linear time,
 * then the next best in O(log n). Phrase checks walk candidates from the best until a page is
 * full, and sorting all 11,000 candidates of a two-word phrase at 20,000 interviews took 4 ms.
 */
export class RankedQueue<T> implements Iterable<T> {
  private readonly heap: T[];
  private readonly taken: T[] = [];

  /**
   * Takes `items` over (it becomes the heap: no copy of 11,000 candidates). `before(a, b)`: whether
   * a ranks above b; it must be a strict total order for the order to be the sort's.
   */
  constructor(items: T[], private readonly before: (a: T, b: T) => boolean) {
    this.heap = items;
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  get length(): number {
    return this.heap.length + this.taken.length;
  }

  /** The items in rank order; taking them again gives the same ones without sorting them again. */
  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; ; i++) {
      if (i === this.taken.length) {
        const next = this.pop();
        if (next === undefined) return;
        this.taken.push(next);
      }
      yield this.taken[i] as T;
    }
  }

  private pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(from: number): void {
    const heap = this.heap;
    const item = heap[from] as T;
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && this.before(heap[right] as T, heap[left] as T) ? right : left;
      if (!this.before(heap[child] as T, item)) break;
      heap[i] = heap[child] as T;
      i = child;
    }
    heap[i] = item;
  }
}
