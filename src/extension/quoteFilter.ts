import type { Analysis, Quote } from '../engine/types';
import type { ViewSettings } from './config';

/** Words someone said, as opposed to scare quotes and titles of works, which are neither labelled nor counted. */
export function isSpeech(quote: Pick<Quote, 'usage'>): boolean {
  return quote.usage !== 'term' && quote.usage !== 'title';
}

/**
 * The quotes the views present: speech only; reported speech only when the setting asks for it; and
 * top-level only. A quote is nested when its depth says so or when its marks lie inside another shown
 * quote (the quoted fragment of a mixed quote): it belongs to its container and is neither labelled
 * nor counted again. Returned in document order.
 */
export function shownQuotes(analysis: Analysis, settings: Pick<ViewSettings, 'showReportedSpeech'>): Quote[] {
  const candidates = analysis.quotes
    .filter((q) => isSpeech(q) && q.depth === 0 && (settings.showReportedSpeech || q.kind !== 'reported'))
    .sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
  const shown: Quote[] = [];
  let coveredUntil = -1;
  for (const quote of candidates) {
    // Sorted by start, widest first: anything ending inside the covered stretch sits inside an earlier quote.
    if (quote.outer.end <= coveredUntil) continue;
    shown.push(quote);
    coveredUntil = Math.max(coveredUntil, quote.outer.end);
  }
  return shown;
}

/** The first shown quote starting after `offset` (or before it, going back), wrapping around the document. */
export function adjacentQuote(quotes: readonly Quote[], offset: number, direction: 'next' | 'previous'): Quote | undefined {
  if (quotes.length === 0) return undefined;
  const sorted = [...quotes].sort((a, b) => a.outer.start - b.outer.start);
  if (direction === 'next') {
    return sorted.find((q) => q.outer.start > offset) ?? sorted[0];
  }
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (sorted[i].outer.start < offset) return sorted[i];
  }
  return sorted[sorted.length - 1];
}

/** Quotes a hover can explain: nested ones too (hovering a quote inside a quote explains the inner one). */
export function hoverableQuotes(analysis: Analysis, settings: Pick<ViewSettings, 'showReportedSpeech'>): Quote[] {
  return analysis.quotes.filter((q) => isSpeech(q) && (settings.showReportedSpeech || q.kind !== 'reported'));
}
