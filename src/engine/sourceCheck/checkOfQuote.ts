/** Which source check speaks for a quote of the analysis: its own, or for a partly quoted sentence its quoted words'. */
import type { Span } from '../types';
import type { CheckStatus, QuoteCheck } from './types';

/** Worst last: the result a quote of several checked parts shows is its worst part's. */
const SEVERITY: readonly CheckStatus[] = ['matches', 'altered', 'speaker-differs', 'not-found'];

/** The check of the words at `quote` (its span inside the marks), or the worst of the checks inside it; undefined when none. */
export function checkOfQuote(checks: readonly QuoteCheck[], quote: Span): QuoteCheck | undefined {
  let found: QuoteCheck | undefined;
  for (const check of checks) {
    if (check.quote.start === quote.start && check.quote.end === quote.end) return check;
    if (check.quote.start < quote.start || check.quote.end > quote.end) continue;
    if (!found || SEVERITY.indexOf(check.status) > SEVERITY.indexOf(found.status)) found = check;
  }
  return found;
}
