/**
 * Every word of every source in one array, each word an integer id, with an index of word trigrams: a quote
 * is looked up by its trigrams and aligned only where they hit, so the cost of a check grows with the quote and
 * the hits, not with the length of the sources.
 */
import type { NormalWord, ParsedSource, Passage } from './types';
import { normalWords } from './words';

/** Between two sources: matches no word, so no alignment runs from one source into the next. */
export const SEPARATOR = -1;
/** A quote's word that no source has. */
export const UNKNOWN = -2;
/** A trigram found more often than this says too little about where a quote is to be worth aligning there. */
export const MAX_TRIGRAM_HITS = 48;

export interface IndexedWord extends NormalWord {
  source: number;
  /** Index into `SourceIndex.passages`. */
  passage: number;
}

export interface SourceIndex {
  sources: ParsedSource[];
  passages: (Passage & { source: number })[];
  /** One entry per word, and SEPARATOR between sources. */
  ids: Int32Array;
  /** Parallel to `ids` (undefined at separators). */
  words: (IndexedWord | undefined)[];
  vocabulary: Map<string, number>;
  /** How often each id occurs. */
  counts: number[];
  /** Trigram hash to the positions of its first word. */
  trigrams: Map<number, number[]>;
  /** Word id to its positions, for quotes too short to have trigrams. */
  positions: Map<number, number[]>;
}

export function trigramKey(a: number, b: number, c: number): number {
  return (Math.imul(a, 73856093) ^ Math.imul(b, 19349663) ^ Math.imul(c, 83492791)) >>> 0;
}

export function buildSourceIndex(sources: ParsedSource[]): SourceIndex {
  const vocabulary = new Map<string, number>();
  const counts: number[] = [];
  const ids: number[] = [];
  const words: (IndexedWord | undefined)[] = [];
  const passages: SourceIndex['passages'] = [];
  sources.forEach((source, sourceNumber) => {
    if (sourceNumber > 0) {
      ids.push(SEPARATOR);
      words.push(undefined);
    }
    let mark = 0;
    for (const passage of source.passages) {
      const passageNumber = passages.push({ ...passage, source: sourceNumber }) - 1;
      for (const word of normalWords(source.words, passage.start, passage.end)) {
        while (mark < source.timeMarks.length && source.timeMarks[mark].offset <= word.start) mark++;
        const inlineTime = mark > 0 && source.timeMarks[mark - 1].offset >= passage.start ? source.timeMarks[mark - 1].ms : null;
        let id = vocabulary.get(word.norm);
        if (id === undefined) {
          id = counts.length;
          vocabulary.set(word.norm, id);
          counts.push(0);
        }
        counts[id]++;
        ids.push(id);
        words.push({ ...word, timeMs: inlineTime ?? passage.startMs, source: sourceNumber, passage: passageNumber });
      }
    }
  });

  const idArray = Int32Array.from(ids);
  const trigrams = new Map<number, number[]>();
  const positions = new Map<number, number[]>();
  for (let i = 0; i < idArray.length; i++) {
    const id = idArray[i];
    if (id < 0) continue;
    pushTo(positions, id, i);
    if (i + 2 < idArray.length && idArray[i + 1] >= 0 && idArray[i + 2] >= 0) pushTo(trigrams, trigramKey(id, idArray[i + 1], idArray[i + 2]), i);
  }
  return { sources, passages, ids: idArray, words, vocabulary, counts, trigrams, positions };
}

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
