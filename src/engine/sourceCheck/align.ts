/**
 * Where a part of a quote is in the sources: candidate places from the quote's trigrams (or, for a part too
 * short to have one, its rarest word), then a local alignment of the part against a window around each
 * candidate. The alignment is semi-global: the part is read whole, the source from anywhere to anywhere, so
 * a quote that starts or ends mid-sentence costs nothing. Skipping source words where the writer put a
 * bracketed insertion is free too (`[it]` for "the plan").
 */
import { MAX_TRIGRAM_HITS, SEPARATOR, trigramKey, trigramPositions, UNKNOWN, wordPositions, type SourceIndex } from './sourceIndex';

export interface Alignment {
  /** Source positions [start, end) of the aligned stretch. */
  start: number;
  end: number;
  score: number;
  /** Words of the part found the same, in order. */
  matched: number;
  /** Found through a trigram the part shares with the source (not only through a single word). */
  anchored: boolean;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;
/** The score of a cell no alignment may pass through (far below any real score, and safe in an Int32Array). */
const BLOCKED = -1_000_000_000;
/** Candidate places aligned per part; more only costs time, since the strongest places come first. */
const MAX_CANDIDATES = 4;
/** Source words looked at on either side of a candidate place (a part is at most 80 words: see splitLongParts). */
const MAX_SLACK = 40;
/** Diagonals (source position minus quote position) closer than this are one place. */
const SAME_PLACE = 12;
/** A rare word is one found at most this often; a short part made only of common words is looked up at most this far. */
const MAX_WORD_HITS = 400;

/** The ids of `norms`, UNKNOWN for words no source has. */
export function idsOf(index: SourceIndex, norms: readonly string[]): Int32Array {
  return Int32Array.from(norms, (norm) => index.vocabulary.get(norm) ?? UNKNOWN);
}

/** The alignments of `part` at its candidate places in the sources, best score first. */
export function alignPart(index: SourceIndex, part: Int32Array, insertionBefore: readonly boolean[]): Alignment[] {
  const { diagonals, anchored } = candidateDiagonals(index, part);
  const alignments: Alignment[] = [];
  for (const diagonal of diagonals) {
    const slack = Math.min(MAX_SLACK, Math.max(8, Math.ceil(part.length / 2)));
    const from = Math.max(0, diagonal - slack);
    const to = Math.min(index.ids.length, diagonal + part.length + slack);
    const alignment = alignInWindow(index.ids, from, to, part, insertionBefore, anchored);
    if (alignment && !alignments.some((a) => a.start === alignment.start && a.end === alignment.end)) alignments.push(alignment);
  }
  return alignments.sort((a, b) => b.score - a.score || a.start - b.start);
}

/** Source positions where the part's first word would be, strongest evidence first. */
function candidateDiagonals(index: SourceIndex, part: Int32Array): { diagonals: number[]; anchored: boolean } {
  const votes = new Map<number, number>();
  const vote = (diagonal: number, weight: number): void => void votes.set(diagonal, (votes.get(diagonal) ?? 0) + weight);
  if (part.length >= 3) {
    for (let k = 0; k + 2 < part.length; k++) {
      if (part[k] < 0 || part[k + 1] < 0 || part[k + 2] < 0) continue;
      const hits = trigramPositions(index, trigramKey(part[k], part[k + 1], part[k + 2]), MAX_TRIGRAM_HITS);
      if (!hits || hits.length === 0) continue;
      // A rare trigram says more about the place than a common one.
      const weight = 1 / hits.length;
      for (const hit of hits) vote(hit - k, 1 + weight);
    }
  }
  const anchored = votes.size > 0;
  if (!anchored) {
    // Too short for trigrams, or none of them in the sources: the rarest word's places (each checked whole).
    let rarest = -1;
    for (let k = 0; k < part.length; k++) {
      if (part[k] >= 0 && (rarest < 0 || index.counts[part[k]] < index.counts[part[rarest]])) rarest = k;
    }
    const hits = rarest < 0 ? [] : wordPositions(index, part[rarest], MAX_WORD_HITS);
    if (hits.length > 0 && (part.length <= 2 || index.counts[part[rarest]] <= MAX_WORD_HITS)) {
      for (const hit of hits) if (sameWordsAt(index.ids, hit - rarest, part)) vote(hit - rarest, 1);
      if (part.length > 2 && votes.size === 0) for (const hit of hits.slice(0, MAX_CANDIDATES)) vote(hit - rarest, 0.5);
    }
  }
  // Strongest first; a diagonal close to a stronger one is the same place shifted by an edit.
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const chosen: number[] = [];
  for (const [diagonal] of ranked) {
    if (chosen.some((c) => Math.abs(c - diagonal) < SAME_PLACE)) continue;
    chosen.push(diagonal);
    if (chosen.length === MAX_CANDIDATES) break;
  }
  return { diagonals: chosen, anchored };
}

function sameWordsAt(ids: Int32Array, at: number, part: Int32Array): boolean {
  if (at < 0 || at + part.length > ids.length) return false;
  for (let k = 0; k < part.length; k++) if (ids[at + k] !== part[k]) return false;
  return true;
}

// Traceback moves.
const FROM_DIAGONAL = 1;
const FROM_ABOVE = 2; // a quote word with no source word (added)
const FROM_LEFT = 3; // a source word with no quote word (dropped)
const START = 0;

/** Semi-global alignment of the whole part against some stretch of ids[from, to). */
function alignInWindow(
  ids: Int32Array,
  from: number,
  to: number,
  part: Int32Array,
  insertionBefore: readonly boolean[],
  anchored: boolean,
): Alignment | null {
  const m = part.length;
  const width = to - from;
  if (m === 0 || width <= 0) return null;
  const columns = width + 1;
  const score = new Int32Array((m + 1) * columns);
  const move = new Uint8Array((m + 1) * columns);
  for (let i = 1; i <= m; i++) {
    score[i * columns] = score[(i - 1) * columns] + GAP;
    move[i * columns] = FROM_ABOVE;
  }
  for (let i = 1; i <= m; i++) {
    const word = part[i - 1];
    const skipCost = insertionBefore[i] ? 0 : GAP;
    const row = i * columns;
    const above = (i - 1) * columns;
    for (let j = 1; j <= width; j++) {
      const sourceWord = ids[from + j - 1];
      // A separator is never consumed, so an alignment stays in one source.
      let best = sourceWord === SEPARATOR ? BLOCKED : score[above + j - 1] + (word === sourceWord && word >= 0 ? MATCH : MISMATCH);
      let how = FROM_DIAGONAL;
      const added = score[above + j] + GAP;
      if (added > best) {
        best = added;
        how = FROM_ABOVE;
      }
      const dropped = sourceWord === SEPARATOR ? BLOCKED : score[row + j - 1] + (i === m ? GAP : skipCost);
      if (dropped > best) {
        best = dropped;
        how = FROM_LEFT;
      }
      score[row + j] = best;
      move[row + j] = how;
    }
  }
  // Free end: the best cell of the last row; of two as good, the later, so a changed last word is a change, not an addition.
  let endColumn = 0;
  for (let j = 1; j <= width; j++) if (score[m * columns + j] >= score[m * columns + endColumn]) endColumn = j;
  let i = m;
  let j = endColumn;
  let matched = 0;
  let firstColumn = endColumn;
  let lastColumn = 0;
  while (i > 0) {
    const how = move[i * columns + j];
    if (how === FROM_DIAGONAL) {
      // A word changed in place belongs to the stretch as much as a word found the same.
      if (part[i - 1] === ids[from + j - 1] && part[i - 1] >= 0) matched++;
      firstColumn = j - 1;
      if (lastColumn === 0) lastColumn = j;
      i--;
      j--;
    } else if (how === FROM_LEFT) {
      j--;
    } else if (how === FROM_ABOVE || how === START) {
      i--;
    }
  }
  if (matched === 0) return null;
  // The stretch runs from the first to the last source word set against a quote word; the rest is the quote's own.
  return { start: from + firstColumn, end: from + lastColumn, score: score[m * columns + endColumn], matched, anchored };
}
