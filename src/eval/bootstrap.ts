/*
 * Bootstrap confidence intervals for per-query figures: the mean of one system, and the paired
 * difference between two systems on the same queries (resampling queries, as in IR significance tests).
 * Seeded, so a report is reproducible.
 */

export interface Interval {
  mean: number;
  /** 2.5th and 97.5th percentiles of the resampled means. */
  low: number;
  high: number;
}

export const bootstrapSamples = 2000;

/** A small, fast seeded generator (mulberry32): the same seed gives the same intervals. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 95% interval of the mean of `values`. */
export function bootstrapMean(values: number[], samples = bootstrapSamples, seed = 1): Interval {
  const n = values.length;
  const mean = n === 0 ? 0 : values.reduce((s, v) => s + v, 0) / n;
  if (n === 0) return { mean, low: 0, high: 0 };
  const random = seeded(seed);
  const means = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += values[Math.floor(random() * n)]!;
    means[s] = total / n;
  }
  means.sort();
  return { mean, low: means[Math.floor(0.025 * (samples - 1))]!, high: means[Math.ceil(0.975 * (samples - 1))]! };
}

/** 95% interval of the mean paired difference a − b (same queries, same order). */
export function pairedBootstrap(a: number[], b: number[], samples = bootstrapSamples, seed = 1): Interval {
  if (a.length !== b.length) throw new Error('Evidentia: paired bootstrap needs the same queries on both sides');
  return bootstrapMean(
    a.map((v, i) => v - b[i]!),
    samples,
    seed,
  );
}

/** Does the interval exclude zero (a difference the data supports)? */
export function excludesZero(i: Interval): boolean {
  return i.low > 0 || i.high < 0;
}
