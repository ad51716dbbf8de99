/**
 * The words of a text as a quote and its source are compared: case, accents, punctuation, curly or straight
 * marks, dashes and hyphens do not count; numbers are digits ("ten" is "10", "10%" is "10 percent");
 * contractions are spelled out ("don't" is "do not", so a dropped negation is a dropped word).
 */
import type { NormalWord } from './types';
import { ordinalDigits, readNumber } from './numbers';

// Numbers with thousands separators or decimals, words with inner apostrophes, and the signs read as words.
const RAW_WORD = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:st|nd|rd|th|s)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|[%$€£]/gu;

const SIGN_WORDS = new Map([['%', 'percent'], ['$', 'dollars'], ['€', 'euros'], ['£', 'pounds']]);
const CURRENCY_SIGNS = new Set(['$', '€', '£']);
// What is left of "can't", "won't", "shan't", "ain't" once "n't" is cut off.
const NOT_STEMS = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall'], ['ai', 'is']]);
const SUFFIXES = new Map([['re', 'are'], ['ve', 'have'], ['ll', 'will'], ['m', 'am'], ['d', 'would']]);
const IS_BEFORE_S = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'this']);
// What ends a sentence or opens a quotation or turn: a capital right after one says nothing about names.
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '"', '“', '‘', '(', '[', '—', '–', '>', '-', '…', '\n']);

interface RawPiece {
  norm: string;
  start: number;
  end: number;
  capitalStart: boolean;
}

/** The normalised words of `text[start, end)`. */
export function normalWords(text: string, start = 0, end = text.length): NormalWord[] {
  const pieces: RawPiece[] = [];
  RAW_WORD.lastIndex = start;
  for (let match = RAW_WORD.exec(text); match && match.index < end; match = RAW_WORD.exec(text)) {
    const raw = match[0];
    const wordStart = match.index;
    const wordEnd = Math.min(end, wordStart + raw.length);
    const capitalStart = startsWithCapital(raw) && !isSentenceStart(text, wordStart, start);
    const spelled = spelledOut(foldWord(raw));
    if (typeof spelled === 'string') pieces.push({ norm: spelled, start: wordStart, end: wordEnd, capitalStart });
    else for (const norm of spelled) pieces.push({ norm, start: wordStart, end: wordEnd, capitalStart });
  }
  return combinePieces(pieces);
}

const NOT_ASCII = /[^\x00-\x7f]/;

function startsWithCapital(raw: string): boolean {
  const first = raw.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(raw);
}

function foldWord(raw: string): string {
  if (!NOT_ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFD').replace(/\p{M}+/gu, '').replace(/’/g, "'").toLowerCase();
}

/** One written word as one compared word, or several ("don't" is "do" + "not"). */
function spelledOut(word: string): string | string[] {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return word.includes(',') ? word.replace(/,/g, '') : word;
  if (word === 'cannot') return ['can', 'not'];
  if (!word.includes("'")) return ordinalDigits(word) ?? word;
  const trimmed = word.replace(/^'+|'+$/g, '');
  if (trimmed.endsWith("n't")) {
    const stem = trimmed.slice(0, -3);
    const spelled = NOT_STEMS.get(stem) ?? stem;
    return spelled ? [spelled, 'not'] : 'not';
  }
  const apostrophe = trimmed.lastIndexOf("'");
  if (apostrophe > 0) {
    const stem = trimmed.slice(0, apostrophe);
    const suffix = trimmed.slice(apostrophe + 1);
    const spelled = SUFFIXES.get(suffix);
    if (spelled) return [stem, spelled];
    if (suffix === 's' && stem === 'let') return ['let', 'us'];
    if (suffix === 's' && IS_BEFORE_S.has(stem)) return [stem, 'is'];
  }
  return trimmed;
}

function isSentenceStart(text: string, at: number, rangeStart: number): boolean {
  for (let i = at - 1; i >= rangeStart && i >= at - 12; i--) {
    const char = text[i];
    if (char === ' ' || char === '\t' || char === '\r' || char === '*' || char === '_') continue;
    return SENTENCE_OPENERS.has(char);
  }
  return true;
}

/** Number words become digits, "per cent" and "%" become "percent", "$5" becomes "5 dollars". */
function combinePieces(pieces: RawPiece[]): NormalWord[] {
  const norms = pieces.map((p) => p.norm);
  const words: NormalWord[] = [];
  const push = (norm: string, first: RawPiece, last: RawPiece, nameLike = false): void => {
    words.push({ norm, start: first.start, end: last.end, nameLike, timeMs: null });
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const norm = piece.norm;
    const sign = SIGN_WORDS.get(norm);
    if (sign !== undefined && CURRENCY_SIGNS.has(norm)) {
      const number = readNumber(norms, i + 1);
      if (number) {
        push(number.digits, pieces[i + 1], pieces[i + number.length]);
        push(sign, piece, piece);
        i += number.length;
      }
      // A currency sign before no number is punctuation.
      continue;
    }
    if (sign !== undefined) {
      push(sign, piece, piece);
      continue;
    }
    if (norm === 'per' && norms[i + 1] === 'cent') {
      push('percent', piece, pieces[i + 1]);
      i++;
      continue;
    }
    const number = readNumber(norms, i);
    if (number && !(number.length === 1 && norm === 'one' && pieces[i].capitalStart)) {
      push(number.digits, piece, pieces[i + number.length - 1]);
      i += number.length - 1;
      continue;
    }
    push(norm, piece, piece, piece.capitalStart && norm !== 'i');
  }
  return words;
}
