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

/** A decision about who speaks (or whether it is a quotation) is for a quotation in marks: the sieve's kind. */
export const decidesSpeaker = (d: QuoteDecision): boolean => d.speaker !== undefined || d.notQuotation === true;

/**
 * The quote each decision is placed on: those deciding a speaker among the quotations in marks first (so
 * that placing them before the analysis, on the marks alone, gives the same answer), then the others
 * among the quotes left.
 */
function placeDecisions<Q extends Pick<Quote, 'start' | 'text' | 'outer'>>(text: string, inMarks: readonly Q[], others: readonly Q[], decisions: readonly QuoteDecision[]): (Q | undefined)[] {
  const placed = new Array<Q | undefined>(decisions.length);
  const speakerDecisions = decisions.flatMap((d, i) => (decidesSpeaker(d) ? [i] : []));
  placeAnchors(text, inMarks, speakerDecisions.map((i) => decisions[i].anchor)).forEach((q, k) => (placed[speakerDecisions[k]] = inMarks[q]));
  const rest = decisions.flatMap((d, i) => (decidesSpeaker(d) ? [] : [i]));
  if (rest.length === 0) return placed;
  const taken = new Set(placed.filter((q) => q !== undefined));
  const free = [...inMarks, ...others].filter((q) => !taken.has(q)).sort((a, b) => a.start - b.start);
  placeAnchors(text, free, rest.map((i) => decisions[i].anchor)).forEach((q, k) => (placed[rest[k]] = free[q]));
  return placed;
}

/** The speakers a person set, placed on the quotations in marks of a text not analysed yet. */
export function fixedFromQuotations(text: string, quotations: readonly Pick<Quote, 'start' | 'text' | 'outer'>[], review: ReviewFile): FixedAttribution[] {
  const decisions = review.decisions.filter(decidesSpeaker);
  const placed = placeDecisions(text, quotations, [], decisions);
  return fixedOf(decisions.flatMap((decision, i) => (placed[i] ? [{ start: placed[i]!.start, decision }] : [])));
}

export function placeReview(text: string, analysis: Pick<Analysis, 'quotes'>, review: ReviewFile): PlacedReview {
  const all = reviewableQuotes(analysis);
  const quotes = placeDecisions(text, all.filter((q) => q.kind === 'direct'), all.filter((q) => q.kind !== 'direct'), review.decisions);
  const byQuote = new Map<Quote, QuoteReview>();
  const orphans: Orphan[] = [];
  review.decisions.forEach((decision, index) => {
    const quote = quotes[index];
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
  // Hashing the text only when nothing else tells.
  const fits = review.decisions.length === 0 || byQuote.size > 0 || review.article.fingerprint === fingerprintOf(text);
  const foreign = fits
    ? null
    : `it belongs to another text: none of its ${review.decisions.length} decisions matches a quotation here (it was written for "${review.article.name}")`;
  return { byQuote, orphans, foreign };
}

/** The speakers a person set, for `AnalyzeOptions.fixed`. */
export function fixedAttributions(placed: PlacedReview): FixedAttribution[] {
  return fixedOf([...placed.byQuote].map(([quote, { decision }]) => ({ start: quote.start, decision })));
}

function fixedOf(placed: { start: number; decision: QuoteDecision }[]): FixedAttribution[] {
  const fixed: FixedAttribution[] = [];
  for (const { start, decision } of placed) {
    if (decision.notQuotation) fixed.push({ start, speaker: null, notQuotation: true });
    else if (decision.speaker !== undefined) fixed.push({ start, speaker: decision.speaker });
  }
  return fixed.sort((a, b) => a.start - b.start);
}

/** How many of the quotes are checked (verified or disputed). */
export function checkedCount(quotes: readonly Quote[], placed: PlacedReview | undefined): number {
  if (!placed) return 0;
  return quotes.filter((q) => (placed.byQuote.get(q)?.status ?? 'unchecked') !== 'unchecked').length;
}
