/**
 * The word differences between a part of a quote and the source stretch it was aligned with, as jsdiff's
 * array diff finds them, with the serious ones named: a negation, a number, a name or a quantifier added,
 * dropped or changed. Words the writer put in brackets stand for the source words they replace.
 */
import { diffArrays } from 'diff';
import type { Span } from '../types';
import type { QuoteItem, QuotePart } from './quoteParts';
import { wordsIn, type IndexedWord, type SourceIndex } from './sourceIndex';
import { isNumeric } from './numbers';
import type { AllowedEdit, SeriousKind, WordDifference } from './types';

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without']);
const QUANTIFIERS = new Set([
  'all', 'some', 'most', 'many', 'few', 'every', 'each', 'any', 'several', 'both', 'much', 'more', 'less', 'fewer',
  'least', 'only', 'always', 'everyone', 'everybody', 'everything', 'half', 'majority', 'minority', 'often', 'sometimes',
]);
/** Source words a bracketed insertion may stand for ("[the senator's plan]" for "it"); more is a change. */
const MAX_REPLACED_BY_INSERTION = 6;

type SourceItem = { kind: 'source'; word: IndexedWord };
type Item = QuoteItem | SourceItem;

const normOf = (item: Item): string | null => (item.kind === 'insertion' ? null : item.word.norm);

/** The quote's words as the article writes them, starting at `start` in the article. */
export interface QuoteText {
  text: string;
  start: number;
}

/** The article's words from the first to the last of `words`, as written. */
export function quoteWordsText(quote: QuoteText, words: readonly { start: number; end: number }[]): string {
  if (words.length === 0) return '';
  return quote.text.slice(words[0].start - quote.start, words[words.length - 1].end - quote.start).replace(/\s+/g, ' ');
}

export interface PartComparison {
  differences: WordDifference[];
  allowed: AllowedEdit[];
}

/** Compares `part` with the source words at positions [start, end). */
export function comparePart(index: SourceIndex, part: QuotePart, start: number, end: number, quote: QuoteText): PartComparison {
  const sourceItems: SourceItem[] = wordsIn(index, start, end).map((word) => ({ kind: 'source', word }));
  const changes = diffArrays<Item>(sourceItems, part.items, {
    comparator: (left, right) => normOf(left) !== null && normOf(left) === normOf(right),
  });

  const result: PartComparison = { differences: [], allowed: [] };
  let sourceAt = 0;
  let quoteAt = 0;
  let removed: SourceItem[] = [];
  let added: QuoteItem[] = [];
  const flush = (): void => {
    if (removed.length || added.length) describeHunk(index, part, quote, sourceItems, removed, added, sourceAt, quoteAt, result);
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) {
      removed.push(...(change.value as SourceItem[]));
    } else if (change.added) {
      added.push(...(change.value as QuoteItem[]));
    } else {
      flush();
      sourceAt += change.count;
      quoteAt += change.count;
      continue;
    }
    if (change.removed) sourceAt += change.count;
    else quoteAt += change.count;
  }
  flush();
  return result;
}

/** One run of removed and added items between two common stretches; `sourceAt`/`quoteAt` are just past it. */
function describeHunk(
  index: SourceIndex,
  part: QuotePart,
  quote: QuoteText,
  sourceItems: SourceItem[],
  removed: SourceItem[],
  added: QuoteItem[],
  sourceAt: number,
  quoteAt: number,
  result: PartComparison,
): void {
  const insertions = added.filter((item): item is Extract<QuoteItem, { kind: 'insertion' }> => item.kind === 'insertion');
  const addedWords = added.filter((item): item is Extract<QuoteItem, { kind: 'word' }> => item.kind === 'word');
  const sourceText = (items: SourceItem[]): string => sourceWordsText(index, items.map((item) => item.word));
  if (insertions.length > 0 && removed.length <= MAX_REPLACED_BY_INSERTION) {
    for (const insertion of insertions) result.allowed.push({ kind: 'insertion', quoteSpan: insertion.span, sourceWords: sourceText(removed) });
    if (addedWords.length === 0) return;
    removed = [];
  }
  // "health care" and "healthcare", "co-operate" and "cooperate": the same word, spaced differently.
  if (addedWords.length > 0 && removed.length > 0 && joined(addedWords.map((i) => i.word.norm)) === joined(removed.map((i) => i.word.norm))) return;
  if (addedWords.length === 0 && removed.length === 0) return;

  const quoteSpan = addedWords.length
    ? { start: addedWords[0].word.start, end: addedWords[addedWords.length - 1].word.end }
    : pointAt(part.items, quoteAt - added.length);
  const sourceSpan = removed.length
    ? { start: removed[0].word.start, end: removed[removed.length - 1].word.end }
    : sourcePointAt(sourceItems, sourceAt);
  const kind: WordDifference['kind'] = addedWords.length && removed.length ? 'changed' : addedWords.length ? 'added' : 'dropped';
  result.differences.push({
    kind,
    quoteWords: quoteWordsText(quote, addedWords.map((item) => item.word)),
    sourceWords: sourceText(removed),
    quoteSpan,
    sourceSpan,
    serious: seriousKinds(addedWords.map((item) => item.word), removed.map((item) => item.word)),
  });
}

const joined = (norms: string[]): string => norms.join('');

/** The source's words as written, from the first to the last. */
export function sourceWordsText(index: SourceIndex, words: readonly IndexedWord[]): string {
  if (words.length === 0) return '';
  const first = words[0];
  const last = words[words.length - 1];
  if (first.source !== last.source) return words.map((w) => w.norm).join(' ');
  // Read from the masked copy, so timing lines and speaker names between the words do not show.
  return index.sources[first.source].words.slice(first.start, last.end).replace(/\s+/g, ' ');
}

/** The serious kinds among words added (quote side) and dropped (source side). */
export function seriousKinds(quoteWords: readonly { norm: string; nameLike: boolean }[], sourceWords: readonly { norm: string; nameLike: boolean }[]): SeriousKind[] {
  const kinds = new Set<SeriousKind>();
  const all = [...quoteWords, ...sourceWords];
  const quoteNorms = new Set(quoteWords.map((w) => w.norm));
  const sourceNorms = new Set(sourceWords.map((w) => w.norm));
  // A word on both sides of a change ("not" moved) is not what changed.
  const changedOnly = all.filter((w) => !(quoteNorms.has(w.norm) && sourceNorms.has(w.norm)));
  for (const word of changedOnly) {
    if (NEGATIONS.has(word.norm)) kinds.add('negation');
    if (isNumeric(word.norm)) kinds.add('number');
    if (QUANTIFIERS.has(word.norm)) kinds.add('quantifier');
    if (word.nameLike && !isNumeric(word.norm)) kinds.add('name');
  }
  return (['negation', 'number', 'name', 'quantifier'] as const).filter((kind) => kinds.has(kind));
}

function pointAt(items: readonly QuoteItem[], at: number): Span {
  const next = items[at];
  if (next) {
    const start = next.kind === 'word' ? next.word.start : next.span.start;
    return { start, end: start };
  }
  const previous = items[items.length - 1];
  const end = previous ? (previous.kind === 'word' ? previous.word.end : previous.span.end) : 0;
  return { start: end, end };
}

function sourcePointAt(items: readonly SourceItem[], at: number): Span {
  const next = items[at];
  if (next) return { start: next.word.start, end: next.word.start };
  const previous = items[items.length - 1];
  return previous ? { start: previous.word.end, end: previous.word.end } : { start: 0, end: 0 };
}
