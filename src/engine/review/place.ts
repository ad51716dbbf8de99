/**
 * A review file read against an analysis: which quotation each decision belongs to now, what each quote's
 * status is, which decisions fit no quotation (orphans, reported), and the speakers a person fixed, for
 * the sieve to take as given.
 */
import type { Analysis, FixedAttribution, Quote } from '../types';
import { placeAnchors } from './anchor';
import { fingerprintOf } from './fingerprint';
import type { QuoteDecision, ReviewFile, ReviewStatus } from './format';

export interface QuoteReview {
  /** Index of the decision in the review file. */
  index: number;
  decision: QuoteDecision;
  /** What the quote counts as: a verified or disputed quote whose words changed since is unchecked again. */
  status: ReviewStatus;
  /** A person chose the speaker (or nobody), or said it is no quotation. */
  setByPerson: boolean;
  /** The words when the status was set, and now, when they differ. */
  changed?: { was: string; now: string };
}

export interface Orphan {
  index: number;
  decision: QuoteDecision;
}

export interface PlacedReview {
  byQuote: Map<Quote, QuoteReview>;
  orphans: Orphan[];
  /** Every decision placed on a quotation of the analysis (the file fits it), or why the file is for another text. */
  foreign: string | null;
}

/** The quotations a decision can be about: top-level ones, as listed and exported. */
export const reviewableQuotes = (analysis: Pick<Analysis, 'quotes'>): Quote[] => analysis.quotes.filter((q) => q.depth === 0);

export function placeReview(text: string, analysis: Pick<Analysis, 'quotes'>, review: ReviewFile): PlacedReview {
  const quotes = reviewableQuotes(analysis);
  const placed = placeAnchors(text, quotes, review.decisions.map((d) => d.anchor));
  const byQuote = new Map<Quote, QuoteReview>();
  const orphans: Orphan[] = [];
  review.decisions.forEach((decision, index) => {
    const quote = placed[index] >= 0 ? quotes[placed[index]] : undefined;
    if (!quote) {
      orphans.push({ index, decision });
      return;
    }
    const setByPerson = decision.speaker !== undefined || decision.notQuotation === true;
    const status = decision.status ?? 'unchecked';
    const checked = decision.checkedWords ?? decision.anchor.quote;
    const changed = status !== 'unchecked' && checked !== quote.text ? { was: checked, now: quote.text } : undefined;
    byQuote.set(quote, { index, decision, status: changed ? 'unchecked' : status, setByPerson, changed });
  });
  const fits = review.article.fingerprint === fingerprintOf(text) || review.decisions.length === 0 || byQuote.size > 0;
  const foreign = fits
    ? null
    : `it belongs to another text: none of its ${review.decisions.length} decisions matches a quotation here (it was written for "${review.article.name}")`;
  return { byQuote, orphans, foreign };
}

/** The speakers a person set, for `AnalyzeOptions.fixed`. */
export function fixedAttributions(placed: PlacedReview): FixedAttribution[] {
  const fixed: FixedAttribution[] = [];
  for (const [quote, { decision }] of placed.byQuote) {
    if (decision.notQuotation) fixed.push({ start: quote.start, speaker: null, notQuotation: true });
    else if (decision.speaker !== undefined) fixed.push({ start: quote.start, speaker: decision.speaker });
  }
  return fixed.sort((a, b) => a.start - b.start);
}

/** How many of the quotes are checked (verified or disputed). */
export function checkedCount(quotes: readonly Quote[], placed: PlacedReview | undefined): number {
  if (!placed) return 0;
  return quotes.filter((q) => (placed.byQuote.get(q)?.status ?? 'unchecked') !== 'unchecked').length;
}
