/*
 * Picks the k best-scored passages without sorting them all: a bounded min-heap, O(n log k), so that a
 * question matching most of a large store still ranks in a few milliseconds.
 */

/** Does passage a rank above passage b? Higher score first, then lower index (a stable order). */
const above = (values: ArrayLike<number>, a: number, b: number) => values[a]! > values[b]! || (values[a]! === values[b]! && a < b);

/**
 * The `k` passages (indexes into `values`) with the highest scores, best first.
 * @example topByScore([0, 1, 2], [0.5, 2, 1], 2) // → [1, 2]
 */
export function topByScore(passages: readonly number[], values: ArrayLike<number>, k: number): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  const sink = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && above(values, heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && above(values, heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (const p of passages) {
    if (heap.length < k) {
      heap.push(p);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!above(values, heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (above(values, p, heap[0]!)) {
      heap[0] = p;
      sink(0);
    }
  }
  return heap.sort((a, b) => (above(values, a, b) ? -1 : 1));
}
