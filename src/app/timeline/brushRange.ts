/**
 * The brush's range in bins, to and from the filter's from/to dates: the strip and the filter
 * panel edit the same two fields of the view state (and so the same URL parameters).
 */
import { dateSpan } from '../../model/dates';

/** Inclusive bin indices. */
export type BinRange = { lo: number; hi: number };

/**
 * The bins a date range overlaps, clamped to the strip; null when the filter has no range. A
 * bound coarser than the bins ("2019" over months) covers all its bins; a finer one
 * ("2019-05-28" over years) the bin holding it.
 */
export function rangeOfFilter(keys: string[], from: string | undefined, to: string | undefined): BinRange | null {
  if ((from === undefined && to === undefined) || keys.length === 0) return null;
  const last = keys.length - 1;
  let lo = 0;
  let hi = last;
  if (from !== undefined) {
    const start = dateSpan(from).first;
    const index = keys.findIndex((k) => dateSpan(k).last >= start);
    lo = index === -1 ? last : index;
  }
  if (to !== undefined) {
    const end = dateSpan(to).last;
    const index = keys.findLastIndex((k) => dateSpan(k).first <= end);
    hi = index === -1 ? 0 : index;
  }
  return { lo: Math.min(lo, hi), hi: Math.max(lo, hi) };
}

export function filterOfRange(keys: string[], range: BinRange): { from: string; to: string } {
  return { from: keys[range.lo] as string, to: keys[range.hi] as string };
}

/** Moves one edge (or both, keeping the width) by `step` bins, inside the strip. */
export function moveRange(range: BinRange, edge: 'lo' | 'hi' | 'both', step: number, count: number): BinRange {
  const clamp = (n: number) => Math.max(0, Math.min(count - 1, n));
  if (edge === 'both') {
    const shift = Math.max(-range.lo, Math.min(count - 1 - range.hi, step));
    return { lo: range.lo + shift, hi: range.hi + shift };
  }
  if (edge === 'lo') return { lo: Math.min(clamp(range.lo + step), range.hi), hi: range.hi };
  return { lo: range.lo, hi: Math.max(clamp(range.hi + step), range.lo) };
}
