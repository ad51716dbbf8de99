/**
 * Checks each quote against the sources: finds the best passage for each part of it (the words between two
 * `…`), compares the words, and the speaker when the source names one. A quote is `matches` when only the
 * writer's allowed edits and spelling set it apart, `altered` when a word differs, `speaker differs` when the
 * source gives the words to someone else, and `not found` when no passage holds enough of them.
 */
import { lineOf, lineStarts } from '../text/lines';
import { alignPart, idsOf, type Alignment } from './align';
import { comparePart, quoteWordsText, seriousKinds, sourceWordsText } from './differences';
import { quoteLayout, splitLongParts, type QuotePart } from './quoteParts';
import { wordAt, wordsIn, type SourceIndex } from './sourceIndex';
import { sameSpeaker } from './speakers';
import type { AllowedEdit, CheckStatus, PassageMatch, QuoteCheck, QuoteToCheck, WordDifference } from './types';

/** Share of a part's words (and of the source stretch they span) that must be found the same for the passage to be its source. */
export const MIN_AGREEMENT = 0.6;
/** Alignments scoring this close to the best are as good: the speaker and the order of the parts decide. */
const NEAR_TIE = 2;
/** Omitted words shown with an omission; more are summed up. */
const MAX_OMITTED_SHOWN = 40;
/** Parts further apart than this (in words) were stitched from two places, not shortened. */
const MAX_OMISSION_WORDS = 300;

export function checkQuotes(quotes: readonly QuoteToCheck[], index: SourceIndex): QuoteCheck[] {
  const lines = new Map<number, number[]>();
  return quotes.map((quote) => checkQuote(quote, index, lines));
}

interface FoundPart {
  part: QuotePart;
  alignment: Alignment;
}

function checkQuote(quote: QuoteToCheck, index: SourceIndex, lineCache: Map<number, number[]>): QuoteCheck {
  const layout = quoteLayout(quote.text, quote.start);
  const differences: WordDifference[] = [];
  const allowedEdits: AllowedEdit[] = [];
  const found: FoundPart[] = [];
  const missing: QuotePart[] = [];
  for (const part of splitLongParts(layout.parts)) {
    const ids = idsOf(index, part.words.map((word) => word.norm));
    const candidates = alignPart(index, ids, part.insertionBefore).filter((alignment) => acceptable(alignment, ids.length));
    const last = found[found.length - 1];
    const previous = last?.alignment ?? null;
    const alignment = pick(candidates, quote.speaker, previous, index);
    if (!alignment) {
      missing.push(part);
      continue;
    }
    const comparison = comparePart(index, part, alignment.start, alignment.end, quote);
    differences.push(...comparison.differences);
    allowedEdits.push(...comparison.allowed);
    if (part.continuesPrevious && last && continuesAt(index, last.alignment, alignment)) {
      // The next piece of a long stretch: words the source has between the pieces were dropped without a mark.
      if (alignment.start > last.alignment.end) differences.push(droppedBetween(index, last, part, alignment));
      last.alignment = { ...alignment, start: last.alignment.start, matched: last.alignment.matched + alignment.matched };
      last.part = { ...part, continuesPrevious: false, items: [...last.part.items, ...part.items], words: [...last.part.words, ...part.words] };
      continue;
    }
    if (previous) allowedEdits.push(joinOf(index, last, { part, alignment }, layout.omissions));
    found.push({ part, alignment });
  }
  const passages = found.map(({ part, alignment }) => passageMatch(index, alignment, part.words.length, lineCache));
  if (found.length === 0) {
    return { quote, status: 'not-found', passages, differences: [], allowedEdits: [], sourceSpeaker: null };
  }
  for (const part of missing) differences.push(missingPart(part, quote));
  differences.sort((a, b) => a.quoteSpan.start - b.quoteSpan.start);

  const otherSpeaker = quote.speaker === null ? null : passages.find((p) => p.speaker !== null && !sameSpeaker(quote.speaker ?? '', p.speaker));
  const status: CheckStatus = otherSpeaker ? 'speaker-differs' : differences.length > 0 ? 'altered' : 'matches';
  return { quote, status, passages, differences, allowedEdits, sourceSpeaker: otherSpeaker?.speaker ?? null };
}

/**
 * Enough of the part is there: short parts (three words or fewer) word for word, longer ones mostly and
 * through a shared trigram, so that an unrelated passage sharing common words is not taken for the source.
 */
function acceptable(alignment: Alignment, length: number): boolean {
  if (length <= 3) return alignment.matched === length && alignment.end - alignment.start === length;
  const stretch = alignment.end - alignment.start;
  // Found the same as a share of both sides: words of the quote, and words of the source stretch they span.
  const agreement = (2 * alignment.matched) / (length + stretch);
  return alignment.anchored && alignment.matched / length >= MIN_AGREEMENT && agreement >= MIN_AGREEMENT;
}

/** The best alignment; among near ties, the one whose speaker is the quote's, then the one right after the previous part. */
function pick(candidates: Alignment[], speaker: string | null, previous: Alignment | null, index: SourceIndex): Alignment | null {
  if (candidates.length === 0) return null;
  const best = Math.max(...candidates.map((c) => c.score));
  const close = candidates.filter((c) => c.score >= best - NEAR_TIE);
  const rank = (c: Alignment): number[] => {
    const sourceSpeaker = index.passages[index.passageOf[c.start] ?? -1]?.speaker ?? null;
    const speakerFits = speaker === null || sourceSpeaker === null || sameSpeaker(speaker, sourceSpeaker) ? 0 : 1;
    const distance = previous === null ? 0 : c.start >= previous.end ? c.start - previous.end : Number.MAX_SAFE_INTEGER / 2 + previous.end - c.start;
    return [speakerFits, -c.score, distance];
  };
  return close.sort((a, b) => compareRanks(rank(a), rank(b)))[0];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** An omission when the second part follows the first closely in the same source; otherwise a quote stitched from two places. */
function joinOf(index: SourceIndex, first: FoundPart, second: FoundPart, omissions: { start: number; end: number }[]): AllowedEdit {
  const firstEnd = first.part.words[first.part.words.length - 1].end;
  const secondStart = second.part.words[0].start;
  const mark = omissions.find((o) => o.start >= firstEnd && o.end <= secondStart) ?? { start: firstEnd, end: secondStart };
  const from = first.alignment.end;
  const to = second.alignment.start;
  const sameSource = index.sourceOf[from - 1] === index.sourceOf[to];
  if (!sameSource || to < from || to - from > MAX_OMISSION_WORDS) return { kind: 'stitched', quoteSpan: mark, sourceWords: '' };
  const omitted = wordsIn(index, from, Math.min(to, from + MAX_OMITTED_SHOWN));
  const more = to - from > MAX_OMITTED_SHOWN ? ` … (${to - from} words)` : '';
  return { kind: 'omission', quoteSpan: mark, sourceWords: sourceWordsText(index, omitted) + more };
}

/** Whether `next` starts at or a little after where `previous` ends, in the same source. */
function continuesAt(index: SourceIndex, previous: Alignment, next: Alignment): boolean {
  return next.start >= previous.end && next.start - previous.end <= MAX_OMISSION_WORDS && index.sourceOf[next.start] === index.sourceOf[previous.end - 1];
}

function droppedBetween(index: SourceIndex, previous: FoundPart, part: QuotePart, next: Alignment): WordDifference {
  const words = wordsIn(index, previous.alignment.end, next.start);
  const at = part.words[0].start;
  return {
    kind: 'dropped',
    quoteWords: '',
    sourceWords: sourceWordsText(index, words),
    quoteSpan: { start: at, end: at },
    sourceSpan: { start: words[0].start, end: words[words.length - 1].end },
    serious: seriousKinds([], words),
  };
}

function missingPart(part: QuotePart, quote: QuoteToCheck): WordDifference {
  const first = part.words[0];
  const last = part.words[part.words.length - 1];
  return {
    kind: 'added',
    quoteWords: quoteWordsText(quote, part.words),
    sourceWords: '',
    quoteSpan: { start: first.start, end: last.end },
    sourceSpan: { start: 0, end: 0 },
    serious: seriousKinds(part.words, []),
  };
}

function passageMatch(index: SourceIndex, alignment: Alignment, partLength: number, lineCache: Map<number, number[]>): PassageMatch {
  // An alignment begins and ends on a word (never on a separator).
  const first = wordAt(index, alignment.start)!;
  const last = wordAt(index, alignment.end - 1) ?? first;
  const source = index.sources[first.source];
  let starts = lineCache.get(first.source);
  if (!starts) {
    starts = lineStarts(source.text);
    lineCache.set(first.source, starts);
  }
  const words = wordsIn(index, alignment.start, alignment.end).filter((w) => w.source === first.source);
  return {
    source: source.name,
    start: first.start,
    end: last.source === first.source ? last.end : first.end,
    text: sourceWordsText(index, words),
    speaker: index.passages[first.passage].speaker,
    startMs: first.timeMs ?? null,
    endMs: index.passages[last.passage].endMs ?? null,
    line: lineOf(starts, first.start),
    agreement: Math.min(1, alignment.matched / Math.max(1, partLength)),
  };
}
