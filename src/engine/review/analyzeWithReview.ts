/**
 * Analysis that honours a person's decisions: the decisions about speakers are placed on the text's
 * quotations (found on their own, without the rest of the pipeline), the sieve takes those speakers as
 * given, so that pronouns and quote-only paragraphs after a corrected quote follow the corrected speaker,
 * and the decisions about names are applied to the result.
 */
import { analyze } from '../analyze';
import type { DocumentSession } from '../reuse/session';
import type { Analysis, AnalyzeOptions } from '../types';
import { applyEntityDecisions } from './entities';
import type { ReviewFile } from './format';
import { fixedFromQuotations } from './place';
import { topLevelQuotations } from './scan';

export type AnalyzeFunction = (text: string, options: AnalyzeOptions, session?: DocumentSession) => Analysis;

export function analyzeWithReview(
  text: string,
  options: AnalyzeOptions,
  review: ReviewFile | undefined,
  session?: DocumentSession,
  analyzeText: AnalyzeFunction = analyze,
): Analysis {
  const { fixed: _fixed, fixedKey: _fixedKey, review: _review, ...automatic } = options;
  if (!review) return analyzeText(text, automatic, session);
  const quotations = review.decisions.length ? topLevelQuotations(text, automatic, session) : [];
  const fixed = review.decisions.length ? fixedFromQuotations(text, quotations, review) : [];
  let decided: AnalyzeOptions = automatic;
  if (fixed.length) {
    // Which quote, counted in order, gets what: the same after an edit that only moves the quotes.
    const ordinal = new Map(quotations.map((q, i) => [q.start, i]));
    const fixedKey = JSON.stringify(fixed.map((f) => [ordinal.get(f.start), f.speaker, f.notQuotation ?? false]));
    decided = { ...automatic, fixed, fixedKey };
  }
  return applyEntityDecisions(text, analyzeText(text, decided, session), review.entities);
}

/** `analyzeWithReview` with the review given in the options (as the worker receives it). */
export function analyzeWithOwnReview(text: string, options: AnalyzeOptions, session?: DocumentSession): Analysis {
  return analyzeWithReview(text, options, options.review, session);
}
