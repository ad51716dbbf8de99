/** Words and punctuation with offsets; sentence boundaries that ignore the stops inside quotations. */
import type { Span } from '../types';
import { firstStartingAt, SpanCover } from './spans';
import { detached } from '../detach';
import { isKnownAbbreviation } from './nlp';
import { cueKind, isTitleAbbreviation } from '../lexicon';

/** What a token is, apart from where: shared by every token of one spelling (see `spellingAt`). */
export interface Spelling {
  readonly text: string;
  readonly lower: string;
  /** 'word' (letters, digits, initialisms like U.S.), 'punct' (one punctuation character), 'quote' (a whole quotation). */
  readonly kind: 'word' | 'punct' | 'quote';
  /** Starts with a capital letter. */
  readonly capitalized: boolean;
}

/**
 * A word, a punctuation character or a whole quotation, at `start`. Its spelling is an object shared by every
 * token that spells the same: a long article has millions of tokens, and two fields a token is half the
 * memory of six.
 */
export class Token {
  constructor(
    public start: number,
    private spelling: Spelling,
  ) {}

  get end(): number {
    return this.start + this.spelling.text.length;
  }
  get text(): string {
    return this.spelling.text;
  }
  get lower(): string {
    return this.spelling.lower;
  }
  get kind(): Spelling['kind'] {
    return this.spelling.kind;
  }
  get capitalized(): boolean {
    return this.spelling.capitalized;
  }
  /** The same token `delta` characters away. */
  movedBy(delta: number): Token {
    return new Token(this.start + delta, this.spelling);
  }
  /** A quotation's text is a view into the text it was read from: a token kept longer holds a copy instead. */
  detach(): void {
    if (this.spelling.kind === 'quote') this.spelling = quoteSpelling(detached(this.spelling.text));
  }
}

// Initialisms (U.S., D.C.), words with inner hyphens or apostrophes (O'Brien, don't), numbers. A final
// possessive 's is left out so "Russia's" yields the name "Russia".
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-&][\p{L}\p{M}\p{N}]+)*(?:['’](?![sS](?![\p{L}]))[\p{L}\p{M}]+)*|['’][sS](?![\p{L}])/uy;
/** ASCII characters a word can start with: letters, digits and the apostrophe. Any other character may, too. */
const WORD_START_ASCII = new Uint8Array(128);
for (const char of "'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") WORD_START_ASCII[char.charCodeAt(0)] = 1;

const CAPITAL = /^\p{Lu}/u;
const APOSTROPHE = 0x27;
/** ASCII letters and digits: the ASCII characters of `[\p{L}\p{M}\p{N}]`. */
const ASCII_ALPHANUMERIC = new Uint8Array(128);
for (const char of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') ASCII_ALPHANUMERIC[char.charCodeAt(0)] = 1;

/** The hash (see `hashOf`) of the run `asciiWordEnd` last scanned, read when it returns the run's end. */
let asciiWordHash = 0;

/**
 * Where `WORD` ends a match at `at` (an ASCII letter or digit) when the word is a run of ASCII letters and
 * digits that nothing can extend: -1 when the expression must decide (a character past the run that is not
 * ASCII, a hyphen, ampersand or apostrophe, or a capital and a period that may start an initialism).
 */
function asciiWordEnd(slice: string, at: number): number {
  let end = at + 1;
  let hash = hashStep(HASH_START, slice.charCodeAt(at));
  while (end < slice.length) {
    const code = slice.charCodeAt(end);
    if (code >= 128 || ASCII_ALPHANUMERIC[code] === 0) break;
    hash = hashStep(hash, code);
    end++;
  }
  asciiWordHash = hashStep(hash, end - at);
  if (end === slice.length) return end;
  const after = slice.charCodeAt(end);
  if (after >= 128 || after === 0x2d || after === 0x26 || after === APOSTROPHE) return -1;
  if (after === 0x2e && end === at + 1) {
    const first = slice.charCodeAt(at);
    if (first >= 0x41 && first <= 0x5a) return -1; // "U.S."
  }
  return end;
}

/**
 * One string per spelling, shared by every token that spells it: a document has a few thousand distinct
 * words and hundreds of thousands of tokens. The strings are copies of their own, never views into a text.
 * The table is looked up by the characters of the text itself, so a word seen before costs no new string.
 * The hashes stand in an array of their own: a probe reads a spelling only when its hash matches.
 */
const INITIAL_SLOTS = 1 << 15;
let slots: (Spelling | undefined)[] = new Array<Spelling | undefined>(INITIAL_SLOTS);
let slotHashes = new Int32Array(INITIAL_SLOTS);
let spellingCount = 0;
const MAX_SPELLINGS = 250_000;

const HASH_START = 0x811c9dc5;
const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
/** A spelling's hash: its characters, then its length. */
function hashOf(source: string, from: number, to: number): number {
  let hash = HASH_START;
  for (let k = from; k < to; k++) hash = hashStep(hash, source.charCodeAt(k));
  return hashStep(hash, to - from);
}

/** The spelling of source[from, to), whose hash is `hash`. */
function spellingAt(source: string, from: number, to: number, hash: number): Spelling {
  const mask = slots.length - 1;
  let slot = hash & mask;
  for (let known = slots[slot]; known !== undefined; slot = (slot + 1) & mask, known = slots[slot]) {
    if (slotHashes[slot] === hash && spells(known.text, source, from, to)) return known;
  }
  if (spellingCount >= MAX_SPELLINGS) {
    // A text of random words: start the table again.
    slots = new Array<Spelling | undefined>(INITIAL_SLOTS);
    slotHashes = new Int32Array(INITIAL_SLOTS);
    spellingCount = 0;
  } else if (spellingCount * 2 >= slots.length) {
    const old = slots;
    const oldHashes = slotHashes;
    slots = new Array<Spelling | undefined>(old.length * 2);
    slotHashes = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i++) if (old[i] !== undefined) insert(old[i]!, oldHashes[i]);
  }
  const text = detached(source.slice(from, to));
  const lower = text.toLowerCase();
  const known: Spelling = { text, lower: lower === text ? text : lower, kind: 'word', capitalized: CAPITAL.test(text) };
  insert(known, hash);
  spellingCount++;
  return known;
}

function insert(spelling: Spelling, hash: number): void {
  const mask = slots.length - 1;
  let slot = hash & mask;
  while (slots[slot] !== undefined) slot = (slot + 1) & mask;
  slots[slot] = spelling;
  slotHashes[slot] = hash;
}

function spells(text: string, source: string, from: number, to: number): boolean {
  if (text.length !== to - from) return false;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) !== source.charCodeAt(from + k)) return false;
  return true;
}

/**
 * Tokens of text[start, end), with quotations (given as outer spans, sorted, not overlapping) collapsed into
 * one 'quote' token each.
 */
export function tokenize(text: string, start: number, end: number, quotations: readonly Span[] = []): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  const length = slice.length;
  // Words and punctuation come out in order of their starts: the punctuation before each word is pushed
  // first. Periods inside an initialism ("U.S.") are tokens of their own too, after the word. A word is
  // tried only where one can start, as a search with the expression would find it.
  let scanned = 0;
  for (let at = 0; at < length; ) {
    const code = slice.charCodeAt(at);
    if (code < 128 && WORD_START_ASCII[code] === 0) {
      at++;
      continue;
    }
    let wordEnd = code < 128 && code !== APOSTROPHE ? asciiWordEnd(slice, at) : -1;
    let hash = asciiWordHash;
    if (wordEnd < 0) {
      WORD.lastIndex = at;
      if (!WORD.test(slice)) {
        // A search in code points never starts in the middle of a surrogate pair.
        at += code >= 0xd800 && code <= 0xdbff && at + 1 < length && (slice.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
      wordEnd = WORD.lastIndex;
      hash = hashOf(slice, at, wordEnd);
    }
    pushPunctuation(slice, scanned, at, start, tokens);
    scanned = at;
    const w = spellingAt(slice, at, wordEnd, hash);
    tokens.push(new Token(start + at, w));
    at = wordEnd;
  }
  pushPunctuation(slice, scanned, length, start, tokens);
  return quotations.length ? collapseQuotations(text, tokens, start, end, quotations) : tokens;
}

/** Punctuation tokens of slice[from, to): one of `,;:.!?()[]{}`, a dash ("--" too), or a hyphen between spaces. */
function pushPunctuation(slice: string, from: number, to: number, offset: number, tokens: Token[]): void {
  for (let i = from; i < to; i++) {
    const code = slice.charCodeAt(i);
    if (code < 128 ? PUNCTUATION_ASCII[code] === 1 : code === 0x2014 || code === 0x2013 || code === 0x2015) {
      tokens.push(new Token(offset + i, punctuationSpelling(slice[i])));
    } else if (code === 0x2d && i > 0 && i + 1 < slice.length && SPACE.test(slice[i - 1]) && SPACE.test(slice[i + 1])) {
      tokens.push(new Token(offset + i, punctuationSpelling('-')));
    } else if (code === 0x2d && slice.charCodeAt(i + 1) === 0x2d && slice.charCodeAt(i + 2) !== 0x2d && (i === 0 || slice.charCodeAt(i - 1) !== 0x2d)) {
      // "--", the typewriter's dash, is a dash ("the election -- meddling the congressman said …").
      tokens.push(new Token(offset + i, punctuationSpelling('—')));
      i++;
    }
  }
}

const PUNCTUATION_ASCII = new Uint8Array(128);
for (const char of ',;:.!?()[]{}') PUNCTUATION_ASCII[char.charCodeAt(0)] = 1;
const SPACE = /\s/u;

/**
 * `tokenize(text, start, end, quotations)` from the tokens of `tokenize(text, start, end)`, without reading
 * the text again: the tokens inside a quotation give way to one 'quote' token.
 * `tokens` itself when no quotation touches the span.
 */
export function collapseQuotations(text: string, tokens: Token[], start: number, end: number, quotations: readonly Span[]): Token[] {
  // Quotations do not overlap: those touching [start, end) are a run of the sorted list.
  const touching: Span[] = [];
  for (let i = Math.max(0, firstStartingAt(quotations, start) - 1); i < quotations.length && quotations[i].start < end; i++) {
    if (quotations[i].end > start) touching.push(quotations[i]);
  }
  if (touching.length === 0) return tokens;
  const cover = new SpanCover(touching);
  // Tokens are in order of their starts: each quotation goes in before the first token after its start.
  const result: Token[] = [];
  let next = 0;
  for (const t of tokens) {
    if (cover.holds(t.start, t.end)) continue;
    while (next < touching.length && touching[next].start < t.start) result.push(quoteToken(text, touching[next++]));
    result.push(t);
  }
  while (next < touching.length) result.push(quoteToken(text, touching[next++]));
  return result;
}

const quoteSpelling = (text: string): Spelling => ({ text, lower: '', kind: 'quote', capitalized: false });
const quoteToken = (text: string, q: Span): Token => new Token(q.start, quoteSpelling(text.slice(q.start, q.end)));

const PUNCTUATION_SPELLINGS = new Map<string, Spelling>();
function punctuationSpelling(char: string): Spelling {
  let spelling = PUNCTUATION_SPELLINGS.get(char);
  if (spelling === undefined) {
    spelling = { text: char, lower: char, kind: 'punct', capitalized: false };
    PUNCTUATION_SPELLINGS.set(char, spelling);
  }
  return spelling;
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
    known =
      TITLE_ABBREVIATIONS.has(lower) || isTitleAbbreviation(lower) || /^\p{L}$/u.test(word) || isKnownAbbreviation(lower) ||
      isPersonInitials(word);
    if (ABBREVIATIONS.size >= MAX_SPELLINGS) ABBREVIATIONS.clear();
    ABBREVIATIONS.set(detached(word), known);
  }
  return known;
}
/** A person's initials (J.K. Rowling, Justice R.K. Menon): their last period ends no sentence. */
const PERSON_INITIALS = /^(?:\p{Lu}\.){1,2}\p{Lu}$/u;
/** Initials of places and bodies, which a sentence often ends with ("…in the U.S. Officials said"). */
const PLACE_INITIALS = /^(?:U\.S|U\.S\.A|U\.K|U\.N|E\.U|D\.C|L\.A|N\.Y|N\.J|N\.C|S\.C|N\.H|N\.D|S\.D|R\.I|W\.V)$/;
/** Whether tokens[k] is one of the periods inside an initialism ("U.S."), tokens of their own after the word. */
export function isInitialismPeriod(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'punct' || t.text !== '.') return false;
  let word = k - 1;
  while (word >= 0 && tokens[word].kind === 'punct' && tokens[word].text === '.') word--;
  return word >= 0 && tokens[word].end > t.start;
}

/** `J.K` or `J.K.` (its last period optional): initials of a person, not of a place or body such as U.S. */
export function isPersonInitials(word: string): boolean {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return PERSON_INITIALS.test(bare) && !PLACE_INITIALS.test(bare);
}
/** The answers of `isAbbreviation` by word: every period asks about the word before it. */
const ABBREVIATIONS = new Map<string, boolean>();

/** Whether a short speech tag (`Clinton said Monday.`) follows: it belongs to the quotation before it. */
function isSpeechTagAhead(text: string, from: number, to: number, stop: string): boolean {
  const rest = text.slice(from, Math.min(to, from + 120));
  const clause = /^[^.!?,"“”]*(?=[.!?,]|$)/.exec(rest)?.[0];
  if (clause === undefined) return false;
  if (stop !== '.' && isTagAfterAppositive(rest.trimStart())) return true;
  // `…change.” She adds, “What …”`: after a full stop, a tag ending in a comma before a new quotation
  // introduces that quotation instead.
  if (stop === '.' && /^,\s*["“‘«]/.test(rest.slice(clause.length))) return false;
  const words = clause.match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length === 0) return false;
  // Speaker then cue near the end ("Clinton said Monday."), or the cue first ("said Caddell.").
  // Or a name then the cue ("Mayor Alice Grant posted on Monday evening.").
  const afterName = (i: number): boolean => i <= 4 && words.slice(0, i).every((w) => /^\p{Lu}/u.test(w));
  const cueAt = (i: number): boolean => cueKind(words[i]!, words[i + 1]) !== null;
  if (words.length <= 8) return words.some((_, i) => (i === 0 || i >= words.length - 3 || afterName(i)) && cueAt(i));
  // A longer tag after a question or an exclamation, when it opens with the cue or a name and the cue
  // ("…?” Trump told ITV in an interview aired on Monday.); after a full stop that is a sentence of its own.
  const named = (i: number): boolean => afterName(i) && !isPronoun(words[0]!);
  return stop !== '.' && words.some((_, i) => (i === 0 || named(i)) && cueAt(i));
}

/**
 * `…!” Scott's niece, state Del. Marcia Price (D-Newport News), shouted to the crowd.`: a name, an aside between
 * commas, then the cue first after the last comma.
 */
function isTagAfterAppositive(rest: string): boolean {
  if (!/^\p{Lu}/u.test(rest)) return false;
  // Up to a question, an exclamation or the start of another sentence (a stop, a space and a capitalised word
  // that follows no title abbreviation).
  const end = /[!?]|(?<!\b(?:\p{Lu}\p{L}{0,3}|\p{Lu}))\.\s+\p{Lu}/u.exec(rest)?.index ?? rest.length;
  const span = rest.slice(0, end);
  for (const m of span.matchAll(/,\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/gu)) if (cueKind(m[1]) === 'speech') return true;
  return false;
}

const isPronoun = (word: string): boolean => /^(he|she|they|it|we|i|you)$/i.test(word);

/**
 * The letters and periods right before the stop at `at`, looking back no further than `from` (what
 * `/[\p{L}.]+$/u` finds in text[from, at)); null when there are none. ASCII is read here, anything else
 * by the expression.
 */
function wordBeforeStop(text: string, from: number, at: number): string | null {
  let k = at;
  while (k > from) {
    const code = text.charCodeAt(k - 1);
    if (code >= 128) return /([\p{L}.]+)$/u.exec(text.slice(from, at))?.[1] ?? null;
    if (code !== 0x2e && ASCII_ALPHANUMERIC[code] === 0) break;
    if (code >= 0x30 && code <= 0x39) break; // a digit is no letter
    k--;
  }
  return k < at ? text.slice(k, at) : null;
}

/**
 * Where a sentence may end. A run of stops is taken whole, once, from its first stop (the lookahead and
 * back-reference make it atomic): `a....…x` would otherwise be tried again from every stop in it, each time
 * to its end.
 */
const SENTENCE_BOUNDARY = /(?<![.!?])(?=([.!?]+))\1(["”’'»)]*)(?=\s+(?:["“‘'«(]|\p{Lu}|\p{N})|\s*$)|\n/gu;

/**
 * Sentence spans inside a paragraph. A stop inside a quotation does not end the sentence that holds the
 * quotation, so `"One. Two," he said.` is a single sentence.
 */
export function sentences(text: string, paragraph: Span, quotations: readonly Span[] = []): Span[] {
  const result: Span[] = [];
  let start = paragraph.start;
  const body = text.slice(paragraph.start, paragraph.end);
  const inQuotation = new SpanCover(quotations);
  SENTENCE_BOUNDARY.lastIndex = 0;
  for (let m = SENTENCE_BOUNDARY.exec(body); m !== null; m = SENTENCE_BOUNDARY.exec(body)) {
    const at = paragraph.start + (m.index ?? 0);
    const after = at + m[0].length;
    if (inQuotation.inside(after) && text[at] !== '\n') continue;
    if (m[2] && isSpeechTagAhead(text, after, paragraph.end, text[at])) continue; // “…?” Clinton said.
    if (text[at] === '.') {
      const before = wordBeforeStop(text, Math.max(paragraph.start, at - 12), at);
      if (before && isAbbreviation(before.replace(/\.$/, ''))) continue;
    }
    if (after > start) result.push({ start, end: after });
    start = after;
    while (start < paragraph.end && /\s/.test(text[start])) start++;
  }
  if (start < paragraph.end) result.push({ start, end: paragraph.end });
  return result;
}
