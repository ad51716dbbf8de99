/**
 * The Sources panel's picture of one article: its distinct sources, named or not, each one's share of the
 * quotes and of the quoted words, direct against reported, and the categories the user gave them. Categories
 * come only from the user's tags (keyed by the source's name as shown); nothing is inferred from a name.
 */
import { shownQuotes } from '../shown';
import type { Analysis, Quote, QuoteKind } from '../types';
import { entityOf, isNamedSource } from './sourceKinds';
import { wordCount } from './quoteWords';

export interface SourceSummary {
  /** The speaker as the Quotes view names it (what a bar filters on). */
  speaker: string;
  named: boolean;
  entityType: 'person' | 'organization' | 'place' | null;
  quotes: number;
  words: number;
  /** Shares of the attributed quotes and words (0..1). */
  quoteShare: number;
  wordShare: number;
  direct: number;
  mixed: number;
  reported: number;
  /** The user's categories for this source, as given. */
  tags: string[];
}

export interface SourcesPicture {
  sources: SourceSummary[];
  /** Attributed quotes and their words (the base of the shares). */
  quotes: number;
  words: number;
  named: { sources: number; quotes: number; words: number };
  anonymous: { sources: number; quotes: number; words: number };
  direct: number;
  mixed: number;
  reported: number;
  unattributed: number;
  /** Quotes per user category (a source with two tags counts in both). */
  tags: { tag: string; quotes: number; words: number }[];
}

/** Source name (any case) -> the user's categories. */
export type SourceTags = Readonly<Record<string, readonly string[]>>;

function tagsFor(speaker: string, tags: SourceTags): string[] {
  const wanted = speaker.toLowerCase();
  const found: string[] = [];
  for (const [name, list] of Object.entries(tags)) {
    if (name.trim().toLowerCase() === wanted) for (const tag of list) if (!found.includes(tag)) found.push(tag);
  }
  return found;
}

export function sourcesPicture(
  analysis: Pick<Analysis, 'quotes' | 'entities'>,
  tags: SourceTags = {},
  options: { reported?: boolean } = {},
): SourcesPicture {
  const bySpeaker = new Map<string, SourceSummary>();
  let unattributed = 0;
  const count: Record<QuoteKind, number> = { direct: 0, mixed: 0, reported: 0 };
  for (const quote of shownQuotes(analysis, { showReportedSpeech: options.reported !== false })) {
    const speaker = quote.attribution.speaker;
    if (speaker === null) {
      unattributed++;
      continue;
    }
    const entity = entityOf(analysis, quote.attribution);
    let source = bySpeaker.get(speaker);
    if (!source) {
      source = {
        speaker, named: isNamedSource(quote.attribution, entity) === true, entityType: entity?.type ?? null,
        quotes: 0, words: 0, quoteShare: 0, wordShare: 0, direct: 0, mixed: 0, reported: 0, tags: tagsFor(speaker, tags),
      };
      bySpeaker.set(speaker, source);
    }
    add(source, quote);
    count[quote.kind]++;
  }
  const sources = [...bySpeaker.values()].sort((a, b) => b.quotes - a.quotes || b.words - a.words);
  const quotes = sources.reduce((n, s) => n + s.quotes, 0);
  const words = sources.reduce((n, s) => n + s.words, 0);
  for (const s of sources) {
    s.quoteShare = quotes === 0 ? 0 : s.quotes / quotes;
    s.wordShare = words === 0 ? 0 : s.words / words;
  }
  const sum = (list: SourceSummary[]) => ({
    sources: list.length,
    quotes: list.reduce((n, s) => n + s.quotes, 0),
    words: list.reduce((n, s) => n + s.words, 0),
  });
  const tagTotals = new Map<string, { tag: string; quotes: number; words: number }>();
  for (const s of sources) {
    for (const tag of s.tags) {
      const total = tagTotals.get(tag) ?? { tag, quotes: 0, words: 0 };
      total.quotes += s.quotes;
      total.words += s.words;
      tagTotals.set(tag, total);
    }
  }
  return {
    sources, quotes, words,
    named: sum(sources.filter((s) => s.named)), anonymous: sum(sources.filter((s) => !s.named)),
    ...count, unattributed, tags: [...tagTotals.values()].sort((a, b) => b.quotes - a.quotes),
  };
}

function add(source: SourceSummary, quote: Quote): void {
  source.quotes++;
  source.words += wordCount(quote);
  source[quote.kind]++;
}
