/**
 * The same person quoted with different wording in two articles: two quotes whose words mostly agree (in
 * order) but not wholly. The words that changed are shown as jsdiff's word diff of the two quotes.
 */
import { diffArrays, diffWords } from 'diff';
import type { Quote } from '../types';
import { comparableWords } from './quoteWords';

export interface FileQuote {
  file: string;
  quote: Quote;
}

export interface WordChange {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface NearDuplicate {
  first: FileQuote;
  second: FileQuote;
  /** Words the two share in order, as a share of both (Dice, 0..1). */
  similarity: number;
  /** From the first quote's words to the second's. */
  diff: WordChange[];
}

/** Quotes agreeing on at least this share of their words (in order) are one quote reworded. */
export const NEAR_DUPLICATE_SIMILARITY = 0.6;
/** Shorter quotes ("No comment") agree by chance too often to be flagged. */
const MIN_WORDS = 4;

interface Candidate extends FileQuote {
  words: string[];
  wordSet: Set<string>;
}

function sharedInOrder(a: string[], b: string[]): number {
  let shared = 0;
  for (const part of diffArrays(a, b)) if (!part.added && !part.removed) shared += part.count ?? part.value.length;
  return shared;
}

export function wordDiff(from: string, to: string): WordChange[] {
  return diffWords(from, to).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** Pairs of one speaker's quotes from different files that are near-duplicates, most alike first. */
export function nearDuplicates(quotes: readonly FileQuote[]): NearDuplicate[] {
  const candidates: Candidate[] = [];
  for (const item of quotes) {
    if (item.quote.kind === 'reported') continue; // a paraphrase has no wording to compare
    const words = comparableWords(item.quote.text);
    if (words.length >= MIN_WORDS) candidates.push({ ...item, words, wordSet: new Set(words) });
  }
  const found: NearDuplicate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i];
      const b = candidates[j];
      if (a.file === b.file) continue;
      const total = a.words.length + b.words.length;
      // The words of each found in the other bound the words shared in order: most pairs end here, before a diff.
      const bound = Math.min(countIn(a.words, b.wordSet), countIn(b.words, a.wordSet));
      if ((2 * bound) / total < NEAR_DUPLICATE_SIMILARITY) continue;
      const shared = sharedInOrder(a.words, b.words);
      const similarity = (2 * shared) / total;
      const identical = shared === a.words.length && shared === b.words.length;
      if (identical || similarity < NEAR_DUPLICATE_SIMILARITY) continue;
      found.push({ first: strip(a), second: strip(b), similarity, diff: wordDiff(a.quote.text, b.quote.text) });
    }
  }
  return found.sort((x, y) => y.similarity - x.similarity);
}

const strip = ({ file, quote }: Candidate): FileQuote => ({ file, quote });

function countIn(words: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n;
}
