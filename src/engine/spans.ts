/** Lookups in sorted span lists, so per-paragraph work never scans the whole document. */
import type { Span } from './types';

/** Index of the first span whose start is at or after `pos` (spans sorted by start). */
export function firstStartingAt(sorted: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans that touch `range`: those starting inside it, plus the top-level one that began earlier and
 * runs into it (a quotation carried over from a previous paragraph). `all` may hold nested spans; `top`
 * holds only non-overlapping ones; both sorted by start.
 */
export function spansTouching(all: readonly Span[], top: readonly Span[], range: Span): Span[] {
  const result: Span[] = [];
  const i = firstStartingAt(top, range.start);
  if (i > 0 && top[i - 1].end > range.start) result.push(top[i - 1]);
  for (let j = firstStartingAt(all, range.start); j < all.length && all[j].start < range.end; j++) result.push(all[j]);
  return result;
}
