/**
 * The same person quoted with different wording in two articles: two quotes whose words mostly agree (in
 * order) but not wholly. The words that changed are shown as jsdiff's word diff of the two quotes.
 */
import { diffArrays } from 'diff';
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

/** One wording of the speaker's: the first quote with it, and every file that has it word for word. */
interface Wording extends FileQuote {
  words: string[];
  wordSet: Set<string>;
  files: Set<string>;
}

/** Word pairs shared by more wordings than this ("of the", "we are") do not suggest a pair to compare. */
const COMMON_PAIR = 200;

function sharedInOrder(a: string[], b: string[]): number {
  let shared = 0;
  for (const part of diffArrays(a, b)) if (!part.added && !part.removed) shared += part.count ?? part.value.length;
  return shared;
}

/** jsdiff's array diff over words and the spaces between them (its diffWords is many times slower). */
export function wordDiff(from: string, to: string): WordChange[] {
  const pieces = (text: string): string[] => text.split(/(\s+)/).filter((p) => p.length > 0);
  return diffArrays(pieces(from), pieces(to)).map((part) => ({
    text: part.value.join(''),
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** The speaker's distinct wordings: a quote repeated word for word (a reused wire story) is one wording. */
function wordingsOf(quotes: readonly FileQuote[]): Wording[] {
  const byWords = new Map<string, Wording>();
  for (const item of quotes) {
    if (item.quote.kind === 'reported') continue; // a paraphrase has no wording to compare
    const words = comparableWords(item.quote);
    if (words.length < MIN_WORDS) continue;
    const key = words.join(' ');
    const known = byWords.get(key);
    if (known) known.files.add(item.file);
    else byWords.set(key, { ...item, words, wordSet: new Set(words), files: new Set([item.file]) });
  }
  return [...byWords.values()];
}

/**
 * Pairs of wordings worth comparing: those sharing a word pair (two quotes alike in 60% of their words in
 * order share one unless every shared word stands alone), each pair once.
 */
function candidatePairs(wordings: readonly Wording[]): Array<[number, number]> {
  const byWordPair = new Map<string, number[]>();
  wordings.forEach((w, i) => {
    const seen = new Set<string>();
    for (let k = 0; k + 1 < w.words.length; k++) {
      const pair = `${w.words[k]} ${w.words[k + 1]}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const list = byWordPair.get(pair);
      if (list) list.push(i);
      else byWordPair.set(pair, [i]);
    }
  });
  const pairs = new Set<number>();
  const n = wordings.length;
  for (const list of byWordPair.values()) {
    if (list.length < 2 || list.length > COMMON_PAIR) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) pairs.add(list[a] * n + list[b]);
  }
  return [...pairs].map((key) => [Math.floor(key / n), key % n]);
}

/**
 * Pairs of one speaker's quotes from different files that are near-duplicates, most alike first; each pair
 * of wordings once, named by the first file of each.
 */
export function nearDuplicates(quotes: readonly FileQuote[]): NearDuplicate[] {
  const wordings = wordingsOf(quotes);
  const found: NearDuplicate[] = [];
  for (const [i, j] of candidatePairs(wordings)) {
    const a = wordings[i];
    const b = wordings[j];
    // Only one file has both wordings: a speaker repeating themselves in one article is not a reworded quote.
    if (a.files.size === 1 && b.files.size === 1 && a.file === b.file) continue;
    const total = a.words.length + b.words.length;
    // The words of each found in the other bound the words shared in order: most pairs end here, before a diff.
    const bound = Math.min(countIn(a.words, b.wordSet), countIn(b.words, a.wordSet));
    if ((2 * bound) / total < NEAR_DUPLICATE_SIMILARITY) continue;
    const similarity = (2 * sharedInOrder(a.words, b.words)) / total;
    if (similarity < NEAR_DUPLICATE_SIMILARITY) continue;
    const second = b.file !== a.file ? b : { ...b, file: [...b.files].find((f) => f !== a.file)! };
    found.push({ first: strip(a), second: strip(second), similarity, diff: wordDiff(a.quote.text, b.quote.text) });
  }
  return found.sort((x, y) => y.similarity - x.similarity || byPlace(x.first, y.first) || byPlace(x.second, y.second));
}

function byPlace(a: FileQuote, b: FileQuote): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.quote.outer.start - b.quote.outer.start;
}

const strip = ({ file, quote }: FileQuote): FileQuote => ({ file, quote });

function countIn(words: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n;
}
