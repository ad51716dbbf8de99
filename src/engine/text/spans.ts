/** Lookups in sorted span lists, so per-paragraph work never scans the whole document. */
import type { Span } from '../types';

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

/**
 * A set of spans asked about position by position (inside one, wholly inside one, one starting here) in
 * logarithmic time, so that a paragraph of thousands of quotations is not a walk through all of them per word.
 */
export class SpanCover {
  /** The spans merged where they overlap, sorted by start (spans that only touch stay apart). */
  private readonly merged: readonly Span[];
  /** Made when first asked: most covers are never asked where a span starts. */
  private starts: Set<number> | undefined;

  constructor(private readonly spans: readonly Span[]) {
    const sorted = spans.every((s, i) => i === 0 || spans[i - 1].start <= s.start) ? spans : [...spans].sort((a, b) => a.start - b.start);
    // Most covers have no overlapping spans: the sorted list is then the merged one, without a copy.
    if (sorted.every((s, i) => i === 0 || sorted[i - 1].end <= s.start)) {
      this.merged = sorted;
      return;
    }
    const merged: Span[] = [];
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ start: s.start, end: s.end });
    }
    this.merged = merged;
  }

  /** Whether `pos` lies strictly inside a span. */
  inside(pos: number): boolean {
    const i = firstStartingAt(this.merged, pos) - 1;
    return i >= 0 && pos < this.merged[i].end;
  }

  /** Whether [start, end) lies within one span (its edges included). */
  holds(start: number, end: number): boolean {
    const i = firstStartingAt(this.merged, start + 1) - 1;
    return i >= 0 && end <= this.merged[i].end;
  }

  /** Whether a span starts at `pos`. */
  startsAt(pos: number): boolean {
    this.starts ??= new Set(this.spans.map((s) => s.start));
    return this.starts.has(pos);
  }
}
