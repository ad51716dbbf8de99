import type { Analysis, Quote } from '../engine/types';
import { isSpeech } from '../engine/shown';
import type { ViewSettings } from './config';

export { isSpeech, shownQuotes } from '../engine/shown';

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
