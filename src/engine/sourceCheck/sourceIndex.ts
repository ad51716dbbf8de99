/**
 * Every word of every source in one array, each word an integer id, with an index of word trigrams: a quote
 * is looked up by its trigrams and aligned only where they hit, so the cost of a check grows with the quote and
 * the hits, not with the length of the sources. Words are kept column by column in typed arrays (a three-hour
 * transcript is 30,000 words: no object per word), and each trigram's places are a chain through one array.
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
  /** Per position (parallel to `ids`): where the word is in its source's text, which source, which passage. */
  starts: Int32Array;
  ends: Int32Array;
  sourceOf: Int32Array;
  passageOf: Int32Array;
  nameLike: Uint8Array;
  /** Milliseconds into the recording, NaN when unknown. */
  timeMs: Float64Array;
  /** Word id to its normalised form, and back. */
  terms: string[];
  vocabulary: Map<string, number>;
  /** How often each id occurs. */
  counts: Int32Array;
  /** Trigram hash to its last position; `trigramNext[p]` is the position before p with the same hash, or -1. */
  trigramHead: Map<number, number>;
  trigramNext: Int32Array;
  /** The same chains per word id. */
  wordHead: Int32Array;
  wordNext: Int32Array;
}

export function trigramKey(a: number, b: number, c: number): number {
  return (Math.imul(a, 73856093) ^ Math.imul(b, 19349663) ^ Math.imul(c, 83492791)) >>> 0;
}

export function buildSourceIndex(sources: ParsedSource[]): SourceIndex {
  const vocabulary = new Map<string, number>();
  const terms: string[] = [];
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const sourceOf: number[] = [];
  const passageOf: number[] = [];
  const nameLike: number[] = [];
  const timeMs: number[] = [];
  const passages: SourceIndex['passages'] = [];
  const pushPosition = (id: number, start: number, end: number, source: number, passage: number, name: boolean, time: number): void => {
    ids.push(id);
    starts.push(start);
    ends.push(end);
    sourceOf.push(source);
    passageOf.push(passage);
    nameLike.push(name ? 1 : 0);
    timeMs.push(time);
  };
  sources.forEach((source, sourceNumber) => {
    if (sourceNumber > 0) pushPosition(SEPARATOR, 0, 0, -1, -1, false, NaN);
    let mark = 0;
    for (const passage of source.passages) {
      const passageNumber = passages.push({ ...passage, source: sourceNumber }) - 1;
      for (const word of normalWords(source.words, passage.start, passage.end)) {
        while (mark < source.timeMarks.length && source.timeMarks[mark].offset <= word.start) mark++;
        const inlineTime = mark > 0 && source.timeMarks[mark - 1].offset >= passage.start ? source.timeMarks[mark - 1].ms : null;
        let id = vocabulary.get(word.norm);
        if (id === undefined) {
          id = terms.length;
          vocabulary.set(word.norm, id);
          terms.push(word.norm);
        }
        pushPosition(id, word.start, word.end, sourceNumber, passageNumber, word.nameLike, inlineTime ?? passage.startMs ?? NaN);
      }
    }
  });

  const idArray = Int32Array.from(ids);
  const counts = new Int32Array(terms.length);
  const wordHead = new Int32Array(terms.length).fill(-1);
  const wordNext = new Int32Array(idArray.length).fill(-1);
  const trigramHead = new Map<number, number>();
  const trigramNext = new Int32Array(idArray.length).fill(-1);
  for (let i = 0; i < idArray.length; i++) {
    const id = idArray[i];
    if (id < 0) continue;
    counts[id]++;
    wordNext[i] = wordHead[id];
    wordHead[id] = i;
    if (i + 2 < idArray.length && idArray[i + 1] >= 0 && idArray[i + 2] >= 0) {
      const key = trigramKey(id, idArray[i + 1], idArray[i + 2]);
      trigramNext[i] = trigramHead.get(key) ?? -1;
      trigramHead.set(key, i);
    }
  }
  return {
    sources,
    passages,
    ids: idArray,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    sourceOf: Int32Array.from(sourceOf),
    passageOf: Int32Array.from(passageOf),
    nameLike: Uint8Array.from(nameLike),
    timeMs: Float64Array.from(timeMs),
    terms,
    vocabulary,
    counts,
    trigramHead,
    trigramNext,
    wordHead,
    wordNext,
  };
}

/** The word at a position, or undefined at a separator or outside. */
export function wordAt(index: SourceIndex, position: number): IndexedWord | undefined {
  const id = index.ids[position];
  if (id === undefined || id < 0) return undefined;
  const time = index.timeMs[position];
  return {
    norm: index.terms[id],
    start: index.starts[position],
    end: index.ends[position],
    nameLike: index.nameLike[position] === 1,
    timeMs: Number.isNaN(time) ? null : time,
    source: index.sourceOf[position],
    passage: index.passageOf[position],
  };
}

/** The words at positions [start, end), separators left out. */
export function wordsIn(index: SourceIndex, start: number, end: number): IndexedWord[] {
  const words: IndexedWord[] = [];
  for (let p = Math.max(0, start); p < Math.min(end, index.ids.length); p++) {
    const word = wordAt(index, p);
    if (word) words.push(word);
  }
  return words;
}

/** Where a trigram starts, or null when it is found more than `max` times. */
export function trigramPositions(index: SourceIndex, key: number, max: number): number[] | null {
  const positions: number[] = [];
  for (let p = index.trigramHead.get(key) ?? -1; p >= 0; p = index.trigramNext[p]) {
    if (positions.length === max) return null;
    positions.push(p);
  }
  return positions;
}

/** Where a word is, at most `max` places (the last ones first). */
export function wordPositions(index: SourceIndex, id: number, max: number): number[] {
  const positions: number[] = [];
  for (let p = id >= 0 ? index.wordHead[id] : -1; p >= 0 && positions.length < max; p = index.wordNext[p]) positions.push(p);
  return positions;
}
