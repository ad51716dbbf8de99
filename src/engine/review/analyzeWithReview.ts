/**
 * Analysis that honours a person's decisions: the article is analysed, the review file's decisions are
 * placed on its quotations, and when a person set a speaker the sieve runs again with those speakers taken
 * as given, so that pronouns and quote-only paragraphs after a corrected quote follow the corrected speaker.
 */
import { analyze } from '../analyze';
import type { DocumentSession } from '../session';
import type { Analysis, AnalyzeOptions } from '../types';
import type { ReviewFile } from './format';
import { fixedAttributions, placeReview } from './place';
import { applyEntityDecisions } from './entities';

/** `analyzeWithReview` with the review given in the options (as the worker receives it). */
export function analyzeWithOwnReview(text: string, options: AnalyzeOptions, session?: DocumentSession): Analysis {
  return analyzeWithReview(text, options, options.review, session);
}

export type AnalyzeFunction = (text: string, options: AnalyzeOptions, session?: DocumentSession) => Analysis;

export function analyzeWithReview(
  text: string,
  options: AnalyzeOptions,
  review: ReviewFile | undefined,
  session?: DocumentSession,
  analyzeText: AnalyzeFunction = analyze,
): Analysis {
  const { fixed: _fixed, review: _review, ...automatic } = options;
  const first = analyzeText(text, automatic, session);
  if (!review) return first;
  const fixed = review.decisions.length ? fixedAttributions(placeReview(text, first, review)) : [];
  const analysis = fixed.length === 0 ? first : analyzeText(text, { ...automatic, fixed }, session);
  return applyEntityDecisions(analysis, review.entities);
}
