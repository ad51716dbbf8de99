/**
 * A quote as the writer edited it: parts between omission marks (`…`, `...`, `. . .`, `[…]`), and in each part
 * the words and the writer's insertions in brackets (`[the senator]`), which stand for words of the source
 * or for none. A letter in brackets inside a word (`[T]he`, `meet[s]`) is read as part of the word.
 */
import type { Span } from '../types';
import type { NormalWord } from './types';
import { normalWords } from './words';

export type QuoteItem = { kind: 'word'; word: NormalWord } | { kind: 'insertion'; span: Span; text: string };

export interface QuotePart {
  /** A piece of a long stretch between omission marks, cut so that each aligns in bounded time (see splitLongParts). */
  continuesPrevious: boolean;
  items: QuoteItem[];
  /** The part's words (no insertions). */
  words: NormalWord[];
  /** insertionBefore[i]: an insertion stands between words i-1 and i (i = words.length: after the last). */
  insertionBefore: boolean[];
}

export interface QuoteLayout {
  parts: QuotePart[];
  /** Where each omission mark between two parts is, in the article. */
  omissions: Span[];
  insertions: Span[];
}

const OMISSION = /\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.|\[\s*\.\.\.\s*\]/g;
const INSERTION = /\[([^\]\n]*)\]/g;
// A bracketed letter or two joined to a word: a change of case or grammar, not an insertion.
const IN_WORD = /\[(\p{L}{1,3})\](?=\p{L})|(?<=\p{L})\[(\p{L}{1,3})\](?!\p{L})/gu;

/** The layout of a quote whose words are `text` and start at `offset` in the article. */
export function quoteLayout(text: string, offset: number): QuoteLayout {
  // Same length as `text`, so offsets stay: "[T]he" reads "The  ".
  const readable = text.replace(IN_WORD, (match: string, opening?: string, closing?: string) => {
    // Letters that open a word go right before it; letters that end one go right after it.
    if (opening !== undefined) return ' '.repeat(match.length - opening.length) + opening;
    return (closing ?? '') + ' '.repeat(match.length - (closing ?? '').length);
  });
  const omissions: Span[] = [];
  const insertions: Span[] = [];
  const parts: QuotePart[] = [];
  let partStart = 0;
  const cuts = [...readable.matchAll(OMISSION)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const cut of [...cuts, { start: readable.length, end: readable.length }]) {
    const part = readPart(readable, partStart, cut.start, offset, insertions);
    if (part.words.length > 0) parts.push(part);
    if (cut.start < readable.length) omissions.push({ start: offset + cut.start, end: offset + cut.end });
    partStart = cut.end;
  }
  return { parts, omissions, insertions };
}

function readPart(text: string, start: number, end: number, offset: number, insertions: Span[]): QuotePart {
  const items: QuoteItem[] = [];
  let cursor = start;
  const slice = text.slice(start, end);
  const addWords = (from: number, to: number): void => {
    for (const word of normalWords(text, from, to)) items.push({ kind: 'word', word: shifted(word, offset) });
  };
  for (const bracket of slice.matchAll(INSERTION)) {
    const at = start + (bracket.index ?? 0);
    addWords(cursor, at);
    const span = { start: offset + at, end: offset + at + bracket[0].length };
    items.push({ kind: 'insertion', span, text: bracket[1] });
    insertions.push(span);
    cursor = at + bracket[0].length;
  }
  addWords(cursor, end);
  return pieceOf(items, false);
}

/** Words per piece of a long part: an alignment costs its words times its window, so pieces keep it small. */
export const MAX_PART_WORDS = 80;

/** Cuts parts longer than MAX_PART_WORDS into pieces, each marked as continuing the one before. */
export function splitLongParts(parts: readonly QuotePart[]): QuotePart[] {
  const result: QuotePart[] = [];
  for (const part of parts) {
    if (part.words.length <= MAX_PART_WORDS) {
      result.push(part);
      continue;
    }
    const pieces: QuoteItem[][] = [[]];
    let words = 0;
    for (const item of part.items) {
      if (item.kind === 'word' && words === MAX_PART_WORDS) {
        pieces.push([]);
        words = 0;
      }
      pieces[pieces.length - 1].push(item);
      if (item.kind === 'word') words++;
    }
    pieces.forEach((items, i) => result.push(pieceOf(items, i > 0)));
  }
  return result;
}

function pieceOf(items: QuoteItem[], continuesPrevious: boolean): QuotePart {
  const words: NormalWord[] = [];
  const insertionBefore: boolean[] = [false];
  for (const item of items) {
    if (item.kind === 'word') {
      words.push(item.word);
      insertionBefore.push(false);
    } else {
      insertionBefore[words.length] = true;
    }
  }
  return { continuesPrevious, items, words, insertionBefore };
}

function shifted(word: NormalWord, offset: number): NormalWord {
  return { ...word, start: word.start + offset, end: word.end + offset };
}
