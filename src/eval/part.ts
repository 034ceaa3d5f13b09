/* Splitting an evaluation set: tune on one part, report on another that was not looked at. */
import { EvidentiaError } from '../errors.ts';

/**
 * `--part K/N` keeps every N-th question starting at the K-th (1-based): tune on one part of a set and
 * report on another that was not looked at.
 */
export function selectPart<T>(questions: T[], part: string | undefined): T[] {
  if (part === undefined) return questions;
  const m = /^(\d+)\/(\d+)$/.exec(part);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || k < 1 || k > n) throw new EvidentiaError('USAGE', `--part must be K/N with 1 ≤ K ≤ N, not "${part}"`);
  return questions.filter((_, i) => i % n === k - 1);
}
