import type { Analysis, Quote } from './types';

/** Words someone said, as opposed to scare quotes and titles of works, which are neither labelled nor counted. */
export function isSpeech(quote: Pick<Quote, 'usage'>): boolean {
  return quote.usage !== 'term' && quote.usage !== 'title';
}

/**
 * The quotes a reader is shown, in the editor and in exports alike: speech only; reported speech only when
 * asked for; and top-level only. A quote is nested when its depth says so or when its marks lie inside
 * another shown quote (the quoted fragment of a mixed quote): it belongs to its container and is neither
 * labelled nor counted again. Returned in document order.
 */
export function shownQuotes(analysis: Pick<Analysis, 'quotes'>, settings: { showReportedSpeech: boolean }): Quote[] {
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
