/**
 * What is computed for one paragraph on its own (sentences, tokens, name chunks, cue positions), cached by
 * the paragraph's text so that an edit redoes only the paragraphs it touched.
 */
import type { Span } from '../types';
import { SpanCover } from '../text/spans';
import { collapseQuotations, sentences as findSentences, tokenize, type Token } from '../text/tokens';
import { findNameChunks, type NameChunk } from '../names/names';
import { cueCandidates, INTRODUCING_SENTENCE_TOKENS, isCueAt, isQuoteOnly } from '../attribution/attribution';
import { appositiveNameWordAfterCue, MentionLookup, speakerWordAfterCue, speakerWordBeforeCue } from '../attribution/speakers';
import { ParagraphCache, type CacheEntry } from './cache';
import { detached } from '../detach';

const HEADLINE_MAX_LENGTH = 300;
/** Words of four letters or more, and a capital letter where one starts. */
const LONGER_WORD = /\p{L}[\p{L}'’-]{3,}/gu;
const CAPITAL_AT = /\p{Lu}/uy;

/** Title-case lines (headlines): short, most longer words capitalised, and no sentence-final stop. */
export function isTitleCase(text: string, paragraph: Span): boolean {
  if (paragraph.end - paragraph.start > HEADLINE_MAX_LENGTH) return false;
  // A final stop ends a sentence, unless it closes a quotation in the headline ('…in Their Heads.').
  let last = paragraph.end - 1;
  while (last > paragraph.start && /\s/.test(text[last])) last--;
  // A headline with a full stop ("Pastor Wants Scout Leaders To Be Executed."), some outlets' style: every word
  // capitalised but the small ones title case leaves in lower case, so that no sentence passes ("… met on Monday.").
  const stopped = /[.!?]/.test(text[last]);
  const line = text.slice(paragraph.start, paragraph.end);
  if (stopped && (text[last] !== '.' || hasLowerCaseWord(line))) return false;
  // "— Ventura County Fire Department, on X": a line that opens with a dash signs what stands above it.
  if (/^\s*[—–―]/.test(line)) return false;
  if (/["”’]/.test(text[last]) && /[.!?]/.test(text[last - 1] ?? '') && !/[‘'"“][^‘'"“]*[.!?]["”’]\s*$/.test(line)) return false;
  let words = 0;
  let capitalised = 0;
  LONGER_WORD.lastIndex = 0;
  for (let m = LONGER_WORD.exec(line); m !== null; m = LONGER_WORD.exec(line)) {
    words++;
    CAPITAL_AT.lastIndex = m.index;
    if (CAPITAL_AT.test(line)) capitalised++;
    else {
      // Words ahead take five characters each at least (a separator and four letters): when even all of
      // them capitalised would leave the share short, the line is no headline.
      const ahead = Math.floor((line.length - LONGER_WORD.lastIndex + 1) / 5);
      if ((capitalised + ahead) / (words + ahead) < 0.7) return false;
    }
  }
  if (words < (stopped ? 4 : 3)) return false;
  return capitalised / words >= (stopped ? 0.85 : 0.7);
}

/** Words title case leaves in lower case. */
const TITLE_SMALL_WORD = /^(a|an|the|and|but|or|nor|as|at|by|for|in|of|on|to|up|vs|via|per|with|from|into|over)$/;
const WORD = /\p{L}[\p{L}'’-]*/gu;

function hasLowerCaseWord(line: string): boolean {
  for (const [word] of line.matchAll(WORD)) if (word[0] !== word[0].toUpperCase() && !TITLE_SMALL_WORD.test(word)) return true;
  return false;
}

export interface ParagraphFacts {
  sentences: Span[];
  /**
   * Tokens of each sentence with every top-level quotation collapsed into one token; empty for a sentence
   * the sieve does not read (see `sentencesRead`).
   */
  tokens: Token[][];
  cues: number[][];
  quoteOnly: boolean;
  chunks: NameChunk[];
  titleCase: boolean;
  /** Lone capitalised words right before a speech verb ("Caddell continued"). */
  speakerWords: string[];
  /**
   * What entity building reads from this paragraph (the names and speaker words, without their offsets),
   * as one string: two paragraphs with the same one lead to the same entities. Only analyses that are
   * compared with a next one read it: facts that are not kept (`useCache` false) leave it empty.
   */
  entityInputs: string;
  /** The words of its typed names, in lower case: what it teaches the headlines (see documentFacts.ts). */
  nameWords: string[];
}

/** The chunks' fields, nine each, then the speaker words: one flat list, with the number of chunks first. */
function entityInputsOf(chunks: NameChunk[], speakerWords: string[]): string {
  const fields: unknown[] = [chunks.length];
  for (const c of chunks) fields.push(c.text, c.key, c.type, c.role?.text, c.appositive?.text, c.honorific, c.inQuote, c.possessive, c.surnameOnly);
  for (const word of speakerWords) fields.push(word);
  return JSON.stringify(fields);
}

const cache = new ParagraphCache<ParagraphFacts>(20_000);
const NO_TOKENS: Token[] = [];

/**
 * Which sentences of a paragraph the sieve reads the words of: those with a cue word, a colon or a quotation;
 * a line that starts with a dash (a post signed below it); and a short sentence right before one that opens
 * with a quotation ("City captain Rhys Morgan was blunt. "We gave it away.""). The others keep no tokens, and
 * the typing fast path lets words come and go in them: a rule that reads another sentence must be named here.
 */
export function sentencesRead(tokens: readonly Token[][], cueCandidates: readonly number[][]): boolean[] {
  const read = new Array<boolean>(tokens.length);
  for (let i = 0; i < tokens.length; i++) read[i] = isSentenceRead(tokens, cueCandidates, i);
  return read;
}

function isSentenceRead(tokens: readonly Token[][], cueCandidates: readonly number[][], i: number): boolean {
  const sentence = tokens[i];
  if (cueCandidates[i].length > 0) return true;
  for (const t of sentence) if (t.kind === 'quote' || t.text === ':') return true;
  if (sentence[0]?.kind === 'punct' && /^[—–―-]$/.test(sentence[0].text)) return true;
  const next = tokens[i + 1];
  return next !== undefined && next[0]?.kind === 'quote' && sentence.length <= INTRODUCING_SENTENCE_TOKENS;
}
const NO_NAMES = new MentionLookup([]);

/** A copy of `facts` moved by `delta` characters. */
function shiftedCopy(facts: ParagraphFacts, delta: number): ParagraphFacts {
  const move = <T extends Span>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  return {
    ...facts,
    sentences: facts.sentences.map(move),
    tokens: facts.tokens.map((sentence) => sentence.map((t) => t.movedBy(delta))),
    chunks: facts.chunks.map((c) => ({ ...move(c), role: c.role ? move(c.role) : null, appositive: c.appositive ? move(c.appositive) : null })),
  };
}

/**
 * Moves cached facts in place: after an edit every later paragraph moves, and allocating new objects for
 * all of them is most of the cost of re-analysis.
 */
function shiftInPlace(facts: ParagraphFacts, delta: number): void {
  if (delta === 0) return;
  const move = (s: Span | null): void => {
    if (s) {
      s.start += delta;
      s.end += delta;
    }
  };
  facts.sentences.forEach(move);
  // A token's end follows its start.
  for (const sentence of facts.tokens) for (const t of sentence) t.start += delta;
  for (const c of facts.chunks) {
    move(c);
    move(c.role);
    move(c.appositive);
  }
}

let currentRun = 0;

/** How many times each repeated paragraph has been seen in this analysis. */
const repeatedThisRun = new Map<string, number>();

/** Marks the start of an analysis: cached facts used twice within one run are copied, not moved. */
export function startRun(): void {
  currentRun++;
  repeatedThisRun.clear();
}

/**
 * `quotes`: the quotation spans (marks included) that touch this paragraph; `topLevel`: those of them that
 * are not inside another quotation.
 */
export function paragraphFacts(
  text: string,
  paragraph: Span,
  quotes: Span[],
  topLevel: Span[],
  knownNameWords: ReadonlySet<string> | undefined,
  useCache = true,
): ParagraphFacts {
  const titleCase = knownNameWords !== undefined;
  // Facts that are not kept need no key.
  const body = useCache ? text.slice(paragraph.start, paragraph.end) : '';
  const relative = (spans: Span[]): string => spans.map((q) => `${q.start - paragraph.start}:${q.end - paragraph.start}`).join(',');
  // A headline is read with the names the body taught us: which of its words those are is part of its key.
  const namesInHeadline = titleCase && useCache
    ? tokenize(text, paragraph.start, paragraph.end).filter((t) => t.kind === 'word' && knownNameWords.has(t.lower)).map((t) => t.lower).join(' ')
    : '';
  const variant = useCache ? `${relative(quotes)}|${relative(topLevel)}|${titleCase ? `T:${namesInHeadline}` : ''}` : '';
  let key = body;
  let cached = useCache ? cache.get(key, variant) : undefined;
  if (cached && cached.run === currentRun) {
    // The same paragraph again in this document ("___", a repeated byline): each occurrence keeps facts
    // of its own, under its number, so that it is the same object from one analysis to the next.
    const occurrence = (repeatedThisRun.get(body) ?? 1) + 1;
    repeatedThisRun.set(body, occurrence);
    key = `${body}\u0000${occurrence}`;
    cached = cache.get(key, variant);
  }
  if (cached) return movedEntry(cached, paragraph.start);
  const sentences = findSentences(text, paragraph, quotes);
  const quoteCover = new SpanCover(quotes);
  const chunks: NameChunk[] = [];
  const speakerWords: string[] = [];
  const sentenceTokens: Token[][] = [];
  const cues: number[][] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    for (const chunk of findNameChunks({ text, tokens, sentenceStart: sentence.start, quotes: quoteCover, titleCase, knownNameWords })) chunks.push(chunk);
    const collapsed = collapseQuotations(text, tokens, sentence.start, sentence.end, topLevel);
    const candidates = cueCandidates(collapsed);
    sentenceTokens.push(collapsed);
    cues.push(candidates);
    for (const index of candidates) {
      if (!isCueAt(collapsed, index, NO_NAMES)) continue;
      const before = speakerWordBeforeCue(collapsed, index, sentence.start);
      if (before !== null) speakerWords.push(before);
      const after = speakerWordAfterCue(collapsed, index);
      if (after !== null) speakerWords.push(after);
      const appositive = appositiveNameWordAfterCue(collapsed, index);
      if (appositive !== null) speakerWords.push(appositive);
    }
  }
  // Sentences the sieve never reads keep no tokens (a long article's tokens are most of its memory).
  const read = sentencesRead(sentenceTokens, cues);
  const facts = {
    sentences,
    // Kept tokens are copied to lists of their own length: a list grown by pushing holds up to half again as many slots.
    tokens: sentenceTokens.map((tokens, i) => (read[i] ? tokens.slice() : NO_TOKENS)),
    cues,
    quoteOnly: isQuoteOnly(text, paragraph, topLevel),
    chunks,
    titleCase,
    speakerWords,
    entityInputs: useCache ? entityInputsOf(chunks, speakerWords) : '',
    // A chunk's key is its words in lower case, joined by spaces (words hold none).
    nameWords: chunks.filter((c) => c.type !== 'unknown' || c.role).flatMap((c) => c.key.split(' ')),
  };
  if (useCache) {
    detachStrings(facts);
    entries.set(facts, cache.set(key, variant, paragraph.start, facts, currentRun));
  }
  return facts;
}

/** Cached facts outlive the text they were read from: their strings must not be views into it. */
function detachStrings(facts: ParagraphFacts): void {
  // Words already hold strings of their own (one per spelling, see tokens.ts); a quotation's is a view.
  for (const sentence of facts.tokens) {
    for (const t of sentence) t.detach();
  }
  for (const c of facts.chunks) {
    c.text = detached(c.text);
    c.key = detached(c.key);
    detachEach(c.words);
    if (c.role) c.role.text = detached(c.role.text);
    if (c.appositive) c.appositive.text = detached(c.appositive.text);
  }
  detachEach(facts.speakerWords);
  detachEach(facts.nameWords);
}

/** `detached` on every string of a list the facts own, in place. */
function detachEach(strings: string[]): void {
  for (let i = 0; i < strings.length; i++) strings[i] = detached(strings[i]);
}

/** The cache entry of each cached facts object, so that facts known to be unchanged are moved without a lookup. */
const entries = new WeakMap<ParagraphFacts, CacheEntry<ParagraphFacts>>();

function movedEntry(entry: CacheEntry<ParagraphFacts>, start: number): ParagraphFacts {
  const delta = start - entry.start;
  // The same paragraph twice in one document: the second one gets its own copy.
  if (entry.run === currentRun) return shiftedCopy(entry.value, delta);
  shiftInPlace(entry.value, delta);
  entry.start = start;
  entry.run = currentRun;
  return entry.value;
}

/**
 * Facts from an earlier analysis for a paragraph known to have the same text and quotations, moved to
 * `start`; undefined when they were never cached (the caller looks them up instead).
 */
export function movedFacts(facts: ParagraphFacts, start: number): ParagraphFacts | undefined {
  const entry = entries.get(facts);
  return entry && movedEntry(entry, start);
}
