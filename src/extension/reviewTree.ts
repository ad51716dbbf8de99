import type * as vscode from 'vscode';
import { checkedCount, type PlacedReview, type QuoteReview } from '../engine/review/place';
import type { CheckStatus } from '../engine/sourceCheck/types';
import { isSetByPerson, type Analysis, type Quote } from '../engine/types';
import { shownQuotes } from '../engine/shown';
import { isLowConfidence } from './labels';

/** Which quotes the Quotes view lists: all, or what is left to check, or one kind of it. */
export type ReviewFilter = 'all' | 'leftToCheck' | 'unchecked' | 'disputed' | 'unattributed' | 'uncertain' | SourceCheckFilter;

/** The source check's results other than a match, as filters (a quote no check ran on is in none of them). */
export type SourceCheckFilter = Exclude<CheckStatus, 'matches'>;

export const REVIEW_FILTERS: { filter: ReviewFilter; label: string; description: string }[] = [
  { filter: 'all', label: 'All quotes', description: 'every quotation' },
  { filter: 'leftToCheck', label: 'Left to check', description: 'not verified, or disputed, unattributed or uncertain' },
  { filter: 'unchecked', label: 'Unchecked', description: 'neither verified nor disputed' },
  { filter: 'disputed', label: 'Disputed', description: 'marked disputed' },
  { filter: 'unattributed', label: 'Unattributed', description: 'no speaker' },
  { filter: 'uncertain', label: 'Uncertain', description: 'a speaker the engine is unsure of' },
  { filter: 'altered', label: 'Altered', description: 'words differ from the source (Check Quotes Against Source)' },
  { filter: 'speaker-differs', label: 'Speaker differs', description: 'the source gives the words to someone else' },
  { filter: 'not-found', label: 'Not found', description: 'no passage in the sources holds the words' },
];

export function isReviewFilter(value: unknown): value is ReviewFilter {
  return REVIEW_FILTERS.some((f) => f.filter === value);
}

/** Whether the view lists `quote` under `filter`; `checked` is the quote's source-check result, when a check ran. */
export function keepsQuote(filter: ReviewFilter, quote: Quote, review: QuoteReview | undefined, checked?: CheckStatus): boolean {
  const status = review?.status ?? 'unchecked';
  switch (filter) {
    case 'altered':
    case 'speaker-differs':
    case 'not-found':
      return checked === filter;
    case 'all':
      return true;
    case 'unchecked':
      return status === 'unchecked';
    case 'disputed':
      return status === 'disputed';
    case 'unattributed':
      return quote.attribution.speaker === null;
    case 'uncertain':
      return isLowConfidence(quote.attribution);
    case 'leftToCheck':
      return status !== 'verified' || quote.attribution.speaker === null || isLowConfidence(quote.attribution);
  }
}

const STATUS_ICONS = { verified: 'pass', disputed: 'warning' } as const;

/**
 * A quote item with its review: a status icon (the quote icon while unchecked), "✎ set by you" when a
 * person set its speaker, and a context value the view's menus read.
 */
export function withReview(item: vscode.TreeItem, quote: Quote, review: QuoteReview | undefined, themeIcon: (id: string, color?: string) => vscode.ThemeIcon): void {
  const setByPerson = isSetByPerson(quote.attribution) || review?.setByPerson === true;
  if (review && review.status !== 'unchecked') {
    item.iconPath = themeIcon(STATUS_ICONS[review.status], review.status === 'verified' ? 'testing.iconPassed' : 'problemsWarningIcon.foreground');
  }
  const marks = [setByPerson ? '✎ set by you' : null, review?.status && review.status !== 'unchecked' ? review.status : null, review?.changed ? 'words changed' : null];
  const extra = marks.filter(Boolean).join(' · ');
  if (extra) item.description = item.description ? `${item.description} · ${extra}` : extra;
}

/** "12 of 34 checked" for the status bar, once the document has a review file; undefined before. */
export function checkedSummary(
  analysis: Analysis,
  placed: PlacedReview | undefined,
  settings: { showReportedSpeech: boolean },
): { checked: number; total: number } | undefined {
  if (!placed) return undefined;
  const quotes = shownQuotes(analysis, settings);
  return { checked: checkedCount(quotes, placed), total: quotes.length };
}
