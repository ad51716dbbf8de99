/** Words and punctuation with offsets; sentence boundaries that ignore the stops inside quotations. */
import type { Span } from './types';
import { firstStartingAt, SpanCover } from './spans';
import { detached } from './detach';
import { isKnownAbbreviation } from './nlp';
import { cueKind, isTitleAbbreviation } from './lexicon';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** 'word' (letters, digits, initialisms like U.S.), 'punct' (one punctuation character), 'quote' (a whole quotation). */
  kind: 'word' | 'punct' | 'quote';
  /** Starts with a capital letter. */
  capitalized: boolean;
}

// Initialisms (U.S., D.C.), words with inner hyphens or apostrophes (O'Brien, don't), numbers. A final
// possessive 's is left out so "Russia's" yields the name "Russia".
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-&][\p{L}\p{M}\p{N}]+)*(?:['’](?![sS](?![\p{L}]))[\p{L}\p{M}]+)*|['’][sS](?![\p{L}])/gu;

const CAPITAL = /^\p{Lu}/u;

interface Spelling {
  text: string;
  lower: string;
  capitalized: boolean;
}
/**
 * One string per spelling, shared by every token that spells it: a document has a few thousand distinct
 * words and hundreds of thousands of tokens. The strings are copies of their own, never views into a text.
 */
const SPELLINGS = new Map<string, Spelling>();
const MAX_SPELLINGS = 250_000;

function spelling(written: string): Spelling {
  let known = SPELLINGS.get(written);
  if (!known) {
    if (SPELLINGS.size >= MAX_SPELLINGS) SPELLINGS.clear(); // a text of random words: start the table again
    const text = detached(written);
    const lower = text.toLowerCase();
    known = { text, lower: lower === text ? text : lower, capitalized: CAPITAL.test(text) };
    SPELLINGS.set(text, known);
  }
  return known;
}

/** A word in lower case, as its tokens hold it (one string per spelling). */
export const lowerCaseOf = (word: string): string => spelling(word).lower;

/**
 * Tokens of text[start, end), with quotations (given as outer spans, sorted, not overlapping) collapsed into
 * one 'quote' token each.
 */
export function tokenize(text: string, start: number, end: number, quotations: readonly Span[] = []): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  // Words and punctuation come out in order of their starts: the punctuation before each word is pushed
  // first. Periods inside an initialism ("U.S.") are tokens of their own too, after the word.
  let scanned = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const at = m.index;
    pushPunctuation(slice, scanned, at, start, tokens);
    scanned = at;
    const s = start + at;
    const w = spelling(m[0]);
    tokens.push({ start: s, end: s + m[0].length, text: w.text, lower: w.lower, kind: 'word', capitalized: w.capitalized });
  }
  pushPunctuation(slice, scanned, slice.length, start, tokens);
  return quotations.length ? collapseQuotations(text, tokens, start, end, quotations) : tokens;
}

/** Punctuation tokens of slice[from, to): one of `,;:.!?()[]{}`, a dash, or a hyphen between spaces. */
function pushPunctuation(slice: string, from: number, to: number, offset: number, tokens: Token[]): void {
  for (let i = from; i < to; i++) {
    const code = slice.charCodeAt(i);
    if (code < 128 ? PUNCTUATION_ASCII[code] === 1 : code === 0x2014 || code === 0x2013 || code === 0x2015) {
      const char = slice[i];
      tokens.push({ start: offset + i, end: offset + i + 1, text: char, lower: char, kind: 'punct', capitalized: false });
    } else if (code === 0x2d && i > 0 && i + 1 < slice.length && SPACE.test(slice[i - 1]) && SPACE.test(slice[i + 1])) {
      tokens.push({ start: offset + i, end: offset + i + 1, text: '-', lower: '-', kind: 'punct', capitalized: false });
    }
  }
}

const PUNCTUATION_ASCII = new Uint8Array(128);
for (const char of ',;:.!?()[]{}') PUNCTUATION_ASCII[char.charCodeAt(0)] = 1;
const SPACE = /\s/u;

/**
 * `tokenize(text, start, end, quotations)` from the tokens of `tokenize(text, start, end)`, without reading
 * the text again: the tokens inside a quotation give way to one 'quote' token.
 */
export function collapseQuotations(text: string, tokens: readonly Token[], start: number, end: number, quotations: readonly Span[]): Token[] {
  // Quotations do not overlap: those touching [start, end) are a run of the sorted list.
  const touching: Span[] = [];
  for (let i = Math.max(0, firstStartingAt(quotations, start) - 1); i < quotations.length && quotations[i].start < end; i++) {
    if (quotations[i].end > start) touching.push(quotations[i]);
  }
  if (touching.length === 0) return tokens.slice();
  const cover = new SpanCover(touching);
  const result = tokens.filter((t) => !cover.holds(t.start, t.end));
  for (const q of touching) {
    result.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), lower: '', kind: 'quote', capitalized: false });
  }
  return result.sort((a, b) => a.start - b.start);
}

const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'del', 'supt', 'atty', 'amb', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'maj', 'st', 'jr', 'sr', 'rev',
  'prof', 'pres', 'vs', 'v', 'no', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct',
  'nov', 'dec', 'ft', 'mt', 'ave', 'blvd', 'dept', 'est', 'fig', 'gov', 'e.g', 'i.e', 'etc', 'al',
]);

/** Whether the period after `word` belongs to an abbreviation rather than ending a sentence. */
function isAbbreviation(word: string): boolean {
  let known = ABBREVIATIONS.get(word);
  if (known === undefined) {
    const lower = word.toLowerCase();
    known = TITLE_ABBREVIATIONS.has(lower) || isTitleAbbreviation(lower) || /^\p{L}$/u.test(word) || isKnownAbbreviation(lower);
    if (ABBREVIATIONS.size >= MAX_SPELLINGS) ABBREVIATIONS.clear();
    ABBREVIATIONS.set(detached(word), known);
  }
  return known;
}
/** The answers of `isAbbreviation` by word: every period asks about the word before it. */
const ABBREVIATIONS = new Map<string, boolean>();

/** Whether a short speech tag (`Clinton said Monday.`) follows: it belongs to the quotation before it. */
function isSpeechTagAhead(text: string, from: number, to: number, stop: string): boolean {
  const rest = text.slice(from, Math.min(to, from + 120));
  const clause = /^[^.!?,"“”]*(?=[.!?,]|$)/.exec(rest)?.[0];
  if (clause === undefined) return false;
  // `…change.” She adds, “What …”`: after a full stop, a tag ending in a comma before a new quotation
  // introduces that quotation instead.
  if (stop === '.' && /^,\s*["“‘«]/.test(rest.slice(clause.length))) return false;
  const words = clause.match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  // Speaker then cue near the end ("Clinton said Monday."), or the cue first ("said Caddell.").
  // Or a name then the cue ("Mayor Alice Grant posted on Monday evening.").
  const afterName = (i: number): boolean => i <= 4 && words.slice(0, i).every((w) => /^\p{Lu}/u.test(w));
  return words.some((w, i) => (i === 0 || i >= words.length - 3 || afterName(i)) && cueKind(w, words[i + 1]) !== null);
}

/**
 * Sentence spans inside a paragraph. A stop inside a quotation does not end the sentence that holds the
 * quotation, so `"One. Two," he said.` is a single sentence.
 */
export function sentences(text: string, paragraph: Span, quotations: readonly Span[] = []): Span[] {
  const result: Span[] = [];
  let start = paragraph.start;
  // A run of stops is taken whole, once, from its first stop (the lookahead and back-reference make it
  // atomic): `a....…x` would otherwise be tried again from every stop in it, each time to its end.
  const boundary = /(?<![.!?])(?=([.!?]+))\1(["”’'»)]*)(?=\s+(?:["“‘'«(]|\p{Lu}|\p{N})|\s*$)|\n/gu;
  const body = text.slice(paragraph.start, paragraph.end);
  const inQuotation = new SpanCover(quotations);
  for (const m of body.matchAll(boundary)) {
    const at = paragraph.start + (m.index ?? 0);
    const after = at + m[0].length;
    if (inQuotation.inside(after) && text[at] !== '\n') continue;
    if (m[2] && isSpeechTagAhead(text, after, paragraph.end, text[at])) continue; // “…?” Clinton said.
    if (text[at] === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(paragraph.start, at - 12), at));
      if (before && isAbbreviation(before[1].replace(/\.$/, ''))) continue;
    }
    if (after > start) result.push({ start, end: after });
    start = after;
    while (start < paragraph.end && /\s/.test(text[start])) start++;
  }
  if (start < paragraph.end) result.push({ start, end: paragraph.end });
  return result;
}
