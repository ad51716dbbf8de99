/**
 * The typing fast path. Most keystrokes change a few letters inside an ordinary word: no name, no cue,
 * no quotation mark, no sentence boundary moves, so every rule reads what it read before. Then the new
 * analysis is the previous one with its offsets moved. Every condition is checked; when one fails the
 * caller runs the full analysis. (A differential test compares both on random edits.)
 */
import type { Analysis, Quote, Span } from '../types';
import { isTitleCase, paragraphFacts, startRun, type ParagraphFacts } from './paragraphFacts';
import { firstStartingAt, spansTouching } from '../text/spans';
import { paragraphs as findParagraphs } from '../text/segment';
import { quoteUsage } from '../text/usage';
import { cueKind, isDemonym, isRoleNoun, isSourceNoun, lexiconTags } from '../lexicon';
import { BETWEEN_SPEAKER_AND_CUE, DETERMINERS, isGroupHead, isMannerAdverb, PRONOUNS, VERBISH } from '../attribution/speakers';
import { DOCUMENT_NOUN, isVerbOfTelling } from '../attribution/attribution';
import { isWordFirstName } from '../names/names';
import { changedStretch } from '../text/textDiff';
import { tokenize } from '../text/tokens';
import { documentMoved, type FactsMemory } from './documentFacts';
import { entityOf, mentionOf, quoteOf, spanOf, type Move } from '../shapes';
import { movedSourcing } from '../sourcing';

/** What the last full analysis saw, kept to recognise a word edit against it. */
export interface LastRun {
  input: string;
  /** The options the analysis ran with, as a string. */
  optionsKey: string;
  /** The text with Markdown or tags masked, as the rules read it. */
  masked: string;
  paragraphs: Span[];
  /** Quotation spans (marks included): all of them, and the top-level ones. */
  allOuter: Span[];
  outer: Span[];
  analysis: Analysis;
}

const MAX_EDIT = 24;
/** Letters and digits only: a keystroke inside a word, not punctuation or spaces. */
const EDIT_CHARACTERS = /^[\p{L}\p{N}]*$/u;
/** What may be typed or deleted between words: letters, digits, spaces and commas (no marks, no stops). */
const BETWEEN_WORDS_CHARACTERS = /^[\p{L}\p{N} ,]*$/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}'’-]/u;
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;
const MARK_NEARBY = /["“”„‘’‚'«»`]/;
/** An apostrophe between two letters ("it's", "Trump’s") is never a quotation mark. */
const APOSTROPHE_IN_WORD = /(?<=\p{L})['’](?=\p{L})/gu;
/** Characters on a line that masking or Markdown may treat specially. */
const SPECIAL_LINE = { plaintext: /<|:\/\//, markdown: /[<`[\]()|#*_>~]|:\/\/|^\s{4}|^---/ };

export interface Reused {
  analysis: Analysis;
  lastRun: LastRun;
  /** Where a position of the previous text stands now (what else was kept from the last analysis moves by it). */
  movedTo: Move;
}

/** What a document keeps to recognise its next analysis as a keystroke inside a word (part of its session). */
export interface WordEditMemory extends FactsMemory {
  lastRun?: LastRun;
}

const markNearby = (text: string, from: number, to: number): boolean =>
  MARK_NEARBY.test(text.slice(Math.max(0, from - 8), to + 8).replace(APOSTROPHE_IN_WORD, ''));

export function reuseAfterWordEdit(session: WordEditMemory, input: string, optionsKey: string, language: 'markdown' | 'plaintext'): Reused | undefined {
  const last = session.lastRun;
  if (!last) return undefined;
  const old = last.input;
  if (last.optionsKey !== optionsKey || last.analysis.analyzedLength !== last.analysis.textLength) return undefined;
  if (input === old) return { analysis: last.analysis, lastRun: last, movedTo: (pos) => pos };

  // The edit: what lies between the common prefix and the common suffix.
  const { start: a, oldEnd } = changedStretch(old, input);
  const b = old.length - oldEnd;
  const removed = old.slice(a, oldEnd);
  const inserted = input.slice(a, input.length - b);
  const delta = inserted.length - removed.length;
  if (removed.length + inserted.length > MAX_EDIT) return undefined;
  // Either letters inside a word (`inWord`), or an insertion or a deletion between words (a space, a new
  // word, a comma) in a sentence no rule reads.
  const inWord = EDIT_CHARACTERS.test(removed + inserted) && (WORD_CHARACTER.test(input[a - 1] ?? '') || (removed === '' && WORD_CHARACTER.test(input[a + inserted.length] ?? '')));
  if (!inWord && ((removed !== '' && inserted !== '') || !BETWEEN_WORDS_CHARACTERS.test(removed + inserted))) return undefined;
  const changed = removed || inserted;
  const wordBefore = WORD_CHARACTER.test(old[a - 1] ?? '');
  const wordAfter = WORD_CHARACTER.test(old[oldEnd] ?? '');
  // Where a boundary exactly at the edit goes: letters typed onto the end of a word take its end along,
  // letters typed onto its start leave its start in place.
  const endFollows = wordBefore && WORD_CHARACTER.test(changed[0]);
  const startStays = wordAfter && WORD_CHARACTER.test(changed[changed.length - 1]);
  let lost = false;
  const movedTo = (pos: number, isStart: boolean): number => {
    if (pos < a) return pos;
    if (pos > oldEnd || (pos === oldEnd && oldEnd > a)) return pos + delta;
    if (pos > a) {
      lost = true; // inside deleted text
      return pos;
    }
    return (isStart ? !startStays : endFollows) ? pos + delta : pos;
  };
  const move = (s: Span): Span => spanOf(s, movedTo);

  // The words the edit is in, before and after.
  let wordStart = a;
  while (wordStart > 0 && WORD_CHARACTER.test(input[wordStart - 1])) wordStart--;
  let newWordEnd = a + inserted.length;
  while (newWordEnd < input.length && WORD_CHARACTER.test(input[newWordEnd])) newWordEnd++;
  const oldWordEnd = newWordEnd - delta;
  const oldWord = old.slice(wordStart, oldWordEnd);
  const newWord = input.slice(wordStart, newWordEnd);
  if (inWord && (!WORD.test(oldWord) || !WORD.test(newWord))) return undefined;
  if (markNearby(old, wordStart, oldWordEnd) || markNearby(input, wordStart, newWordEnd)) return undefined;
  const lineStart = old.lastIndexOf('\n', wordStart) + 1;
  if (wordStart <= lineStart) return undefined; // how a line starts decides where paragraphs break
  const lineEnd = old.indexOf('\n', oldWordEnd);
  if (SPECIAL_LINE[language].test(old.slice(lineStart, lineEnd < 0 ? old.length : lineEnd))) return undefined;

  // Its paragraph must read the same to every rule: same sentences, names, cue words, quotations.
  const p = firstStartingAt(last.paragraphs, wordStart + 1) - 1;
  const paragraph = last.paragraphs[p];
  if (!paragraph || paragraph.end < oldWordEnd) return undefined;
  const allOuter = last.allOuter.map(move);
  const outer = last.outer.map(move);
  const masked = last.masked.slice(0, a) + inserted + last.masked.slice(oldEnd);
  const newParagraph = move(paragraph);
  if (lost) return undefined;
  if (!sameParagraphsAround(last.masked, masked, last.paragraphs, p, move)) return undefined;
  if (isTitleCase(last.masked, paragraph) || isTitleCase(masked, newParagraph)) return undefined; // headlines read differently
  startRun(); // a run of its own: the paragraph read twice below is not a repeated paragraph
  const beforeFacts = paragraphFacts(last.masked, paragraph, spansTouching(last.allOuter, last.outer, paragraph), spansTouching(last.outer, last.outer, paragraph), undefined);
  const before = fingerprint(beforeFacts, inWord ? -1 : wordStart);
  const after = paragraphFacts(masked, newParagraph, spansTouching(allOuter, outer, newParagraph), spansTouching(outer, outer, newParagraph), undefined);
  if (before !== fingerprint(after, inWord ? -1 : wordStart)) return undefined;
  if (beforeFacts.sentences.some((s, i) => movedTo(s.start, true) !== after.sentences[i].start || movedTo(s.end, false) !== after.sentences[i].end)) return undefined;
  // The sieve reads the words of a sentence only around cues, colons and quotations: elsewhere any word
  // will do; there, the new word must look to every rule like the old one, and no word may come or go.
  if (sentenceAtIsRead(beforeFacts, wordStart) || sentenceAtIsRead(after, wordStart)) {
    if (!inWord || profileOfTokens(oldWord) !== profileOfTokens(newWord)) return undefined;
  }

  // Speaker phrases and cues are text as written: an edit inside one changes what is reported.
  const analysis = last.analysis;
  const touches = (s: Span | null): boolean => s !== null && s.start < oldWordEnd && s.end > wordStart;
  for (const { attribution } of analysis.quotes) {
    if (touches(attribution.speakerSpan) || touches(attribution.cueSpan)) return undefined;
    // "it" quoting an unnamed source: its speaker is that source's words, written where the span no longer points.
    if (attribution.speaker && !attribution.entityId && attribution.rule.includes('it = the last source') && attribution.speaker.toLowerCase().includes(oldWord.toLowerCase())) return undefined;
  }
  // Quotations around the edit keep their use (a word more may turn a scare quote into speech).
  for (const q of analysis.quotes) {
    if (q.outer.start > wordStart || q.outer.end < oldWordEnd) continue;
    if (q.kind !== 'direct') continue; // reported speech stays speech; its bounds come from cue sentences, profile-checked above
    const span = move(q);
    if (quoteUsage(input.slice(span.start, span.end), q.attribution, false) !== q.usage) return undefined;
  }

  const quotes: Quote[] = analysis.quotes.map((q) => quoteOf(q, movedTo, input.slice(movedTo(q.start, true), movedTo(q.end, false))));
  const entities = analysis.entities.map((e) => entityOf(e, e.aliases, e.mentions.map((m) => mentionOf(m, movedTo, input.slice(movedTo(m.start, true), movedTo(m.end, false))))));
  if (lost) return undefined;
  const paragraphs = last.paragraphs.map(move);
  const moved: Analysis = {
    quotes,
    entities,
    problems: analysis.problems.map((problem) => ({ ...problem, ...move(problem) })),
    analyzedLength: input.length,
    textLength: input.length,
    // The options are the previous run's (their key matched): no findings then means none were asked for.
    sourcing: analysis.sourcing && movedSourcing(analysis.sourcing, { quotes, entities }, masked, paragraphs, movedTo),
  };
  if (lost) return undefined;
  documentMoved(session, masked, move, p, after);
  return {
    analysis: moved,
    lastRun: { input, optionsKey, masked, paragraphs, allOuter, outer, analysis: moved },
    movedTo,
  };
}

/**
 * Whether the paragraphs around paragraph `p` (the one before it, it, and the first line of the next) are
 * where they were, moved: an insertion at a paragraph's end ("visitor" + " Mike Pompeo said") lengthens it,
 * and a deletion may end a line on a stop, which breaks a paragraph in two.
 */
function sameParagraphsAround(oldText: string, newText: string, paragraphs: Span[], p: number, move: (s: Span) => Span): boolean {
  const from = paragraphs[Math.max(0, p - 1)].start;
  const next = paragraphs[p + 1];
  const lineEnd = (text: string, at: number): number => {
    const i = text.indexOf('\n', at);
    return i < 0 ? text.length : i;
  };
  const oldTo = next ? lineEnd(oldText, next.start) : oldText.length;
  const newTo = next ? lineEnd(newText, move(next).start) : newText.length;
  const newFrom = move({ start: from, end: from }).start;
  const before = findParagraphs(oldText.slice(from, oldTo)).map((s) => move({ start: s.start + from, end: s.end + from }));
  const after = findParagraphs(newText.slice(newFrom, newTo)).map((s) => ({ start: s.start + newFrom, end: s.end + newFrom }));
  return before.length === after.length && before.every((s, i) => s.start === after[i].start && s.end === after[i].end);
}

/** Words the rules name one by one (in regular expressions and small lists) besides the lexicon's classes. */
const RULE_WORDS = new Set([
  'that', 'who', 'which', 'and', 'or', 'both', 'all', 'each', 'of', 'to', 'for', 'at', 'with', 'from', 'in', 'on', 'during',
  'after', 'before', 'as', 'when', 'while', 'about', 'by', 'against', 'like', 'than', 'over', 'under', 'is', 'was', 'has',
  'had', 'will', 'would', 'can', 'could', 'it', 'its', 'via', 'this', 'last', 'two', 'three', 'pair', 'leaders', 'men',
  'women', 'officials', 'diplomats', 'candidates', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'today', 'yesterday', 'recently', 'earlier', 'later', 'repeatedly', 'back', 'out', 'according', 's',
]);

/** How the rules see a word: two words with the same profile lead every rule to the same decision. */
function ruleProfile(written: string): string {
  const word = written.toLowerCase();
  const tags = lexiconTags(word);
  return [
    /^\p{Lu}/u.test(written), isDemonym(word.replace(/s$/, '')),
    RULE_WORDS.has(word) ? word : '',
    cueKind(word) ?? '',
    isRoleNoun(word), isSourceNoun(word), DETERMINERS.has(word), PRONOUNS.has(word), BETWEEN_SPEAKER_AND_CUE.has(word),
    DOCUMENT_NOUN.test(word), DOCUMENT_NOUN.test(word.replace(/s$/, '')), tags.some((t) => VERBISH.includes(t)), tags.includes('Plural'), /ing$/.test(word), /(ed|ing)$/.test(word),
    isGroupHead(word), isMannerAdverb(word), isVerbOfTelling(word), isWordFirstName(word),
  ].join('|');
}

/**
 * How the rules see a written word, token by token as the tokenizer cuts it: a final possessive is a
 * token of its own ("that’s" is "that" and "’s"), and "that" is a word the rules name.
 */
function profileOfTokens(written: string): string {
  return tokenize(written, 0, written.length).map((t) => ruleProfile(t.text)).join(' ');
}

/** Whether the sieve reads the words of the sentence holding `offset` (see `sentencesRead`). */
function sentenceAtIsRead(facts: ParagraphFacts, offset: number): boolean {
  const s = facts.sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end);
  return s < 0 || facts.tokens[s].length > 0; // a sentence the sieve reads keeps its tokens (see sentencesRead)
}

/**
 * Everything the document passes read from a paragraph, as one string. The number of words of the
 * sentence holding `editedAt` is left out (-1: none is): words may come and go where no rule reads.
 */
function fingerprint(facts: ParagraphFacts, editedAt: number): string {
  return JSON.stringify([
    facts.sentences.length,
    facts.tokens.map((sentence, i) => (facts.sentences[i].start <= editedAt && editedAt < facts.sentences[i].end ? -1 : sentence.length)),
    facts.cues.map((indices, i) => indices.map((k) => facts.tokens[i][k].lower)),
    facts.entityInputs,
    facts.quoteOnly,
    facts.titleCase,
  ]);
}
