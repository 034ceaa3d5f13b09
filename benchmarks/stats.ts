/* Small statistics for benchmark reports: percentiles over a list of timings. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Each item run once unmeasured, then `rounds` measured rounds of all items: how every in-process bench times. */
export function timeRounds<T>(items: readonly T[], rounds: number, run: (item: T) => unknown) {
  for (const item of items) run(item);
  const timings: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const start = performance.now();
      run(item);
      timings.push(performance.now() - start);
    }
  }
  return {
    rounds,
    samples: timings.length,
    medianMs: round(percentile(timings, 50)),
    p95Ms: round(percentile(timings, 95)),
    maxMs: round(Math.max(...timings)),
  };
}
