/**
 * The typing fast path. Most keystrokes change a few letters inside an ordinary word: no name, no cue,
 * no quotation mark, no sentence boundary moves, so every rule reads what it read before. Then the new
 * analysis is the previous one with its offsets moved. Every condition is checked; when one fails the
 * caller runs the full analysis. (A differential test compares both on random edits.)
 */
import type { Analysis, Quote, Span } from './types';
import { isTitleCase, paragraphFacts, type ParagraphFacts } from './paragraphFacts';
import { firstStartingAt, spansTouching } from './spans';
import { quoteUsage } from './usage';
import { cueKind, isDemonym, isRoleNoun, isSourceNoun, lexiconTags } from './lexicon';
import { BETWEEN_SPEAKER_AND_CUE, DETERMINERS, PRONOUNS, VERBISH } from './speakers';
import { DOCUMENT_NOUN } from './attribution';

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
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}'’-]/u;
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;
const MARK_NEARBY = /["“”„‘’‚'«»`]/;
/** Characters on a line that masking or Markdown may treat specially. */
const SPECIAL_LINE = { plaintext: /<|:\/\//, markdown: /[<`[\]()|#*_>~]|:\/\/|^\s{4}|^---/ };

export interface Reused {
  analysis: Analysis;
  lastRun: LastRun;
}

export function reuseAfterWordEdit(last: LastRun, input: string, optionsKey: string, language: 'markdown' | 'plaintext'): Reused | undefined {
  const old = last.input;
  if (last.optionsKey !== optionsKey || last.analysis.analyzedLength !== last.analysis.textLength) return undefined;
  if (input === old) return { analysis: last.analysis, lastRun: last };

  // The edit: what lies between the common prefix and the common suffix.
  const shorter = Math.min(old.length, input.length);
  let a = 0;
  while (a < shorter && old.charCodeAt(a) === input.charCodeAt(a)) a++;
  let b = 0;
  while (b < shorter - a && old.charCodeAt(old.length - 1 - b) === input.charCodeAt(input.length - 1 - b)) b++;
  const oldEnd = old.length - b;
  const removed = old.slice(a, oldEnd);
  const inserted = input.slice(a, input.length - b);
  const delta = inserted.length - removed.length;
  if (removed.length + inserted.length > MAX_EDIT || !EDIT_CHARACTERS.test(removed + inserted)) return undefined;
  // Letters typed inside or at the end of a word join it; typed at its very start they join it too, and
  // everything at that start stays where it is.
  const prepended = !WORD_CHARACTER.test(input[a - 1] ?? '') && removed === '' && WORD_CHARACTER.test(input[a + inserted.length] ?? '');
  if (!prepended && !WORD_CHARACTER.test(input[a - 1] ?? '')) return undefined; // a new word, or one removed

  // The word the edit is in, before and after.
  let wordStart = prepended ? a : a - 1;
  while (wordStart > 0 && WORD_CHARACTER.test(input[wordStart - 1])) wordStart--;
  let newWordEnd = a + inserted.length;
  while (newWordEnd < input.length && WORD_CHARACTER.test(input[newWordEnd])) newWordEnd++;
  const oldWordEnd = newWordEnd - delta;
  const oldWord = old.slice(wordStart, oldWordEnd);
  const newWord = input.slice(wordStart, newWordEnd);
  if (!WORD.test(oldWord) || !WORD.test(newWord)) return undefined;
  if (input[newWordEnd] === '.') return undefined; // an abbreviation's period decides sentence ends
  if (MARK_NEARBY.test(old.slice(Math.max(0, wordStart - 8), oldWordEnd + 8))) return undefined;
  const lineStart = old.lastIndexOf('\n', wordStart) + 1;
  const lineEnd = old.indexOf('\n', oldWordEnd);
  if (SPECIAL_LINE[language].test(old.slice(lineStart, lineEnd < 0 ? old.length : lineEnd))) return undefined;

  // Its paragraph must read the same to every rule: same sentences, names, cue words, quotations.
  const p = firstStartingAt(last.paragraphs, wordStart + 1) - 1;
  const paragraph = last.paragraphs[p];
  if (!paragraph || paragraph.end < oldWordEnd) return undefined;
  const moves = (pos: number): boolean => (prepended ? pos > a : pos >= oldEnd);
  const move = (s: Span): Span => ({ start: moves(s.start) ? s.start + delta : s.start, end: moves(s.end) ? s.end + delta : s.end });
  const allOuter = last.allOuter.map(move);
  const outer = last.outer.map(move);
  const masked = last.masked.slice(0, a) + inserted + last.masked.slice(oldEnd);
  const newParagraph = move(paragraph);
  if (isTitleCase(last.masked, paragraph) || isTitleCase(masked, newParagraph)) return undefined; // headlines read differently
  const beforeFacts = paragraphFacts(last.masked, paragraph, spansTouching(last.allOuter, last.outer, paragraph), spansTouching(last.outer, last.outer, paragraph), undefined);
  const before = fingerprint(beforeFacts);
  const after = paragraphFacts(masked, newParagraph, spansTouching(allOuter, outer, newParagraph), spansTouching(outer, outer, newParagraph), undefined);
  if (before !== fingerprint(after)) return undefined;
  // The sieve reads the words of a sentence only around cues and colons: elsewhere any word will do;
  // there, the new word must look to every rule like the old one.
  if (sentenceIsRead(beforeFacts, wordStart) && ruleProfile(oldWord) !== ruleProfile(newWord)) return undefined;

  // Speaker phrases and cues are text as written: an edit inside one changes what is reported.
  const analysis = last.analysis;
  const touches = (s: Span | null): boolean => s !== null && s.start < oldWordEnd && s.end > wordStart;
  for (const { attribution } of analysis.quotes) {
    if (touches(attribution.speakerSpan) || touches(attribution.cueSpan)) return undefined;
    if (attribution.speaker && !attribution.entityId && attribution.speaker.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).includes(oldWord.toLowerCase())) return undefined; // "it" quoting an unnamed source
  }
  // Quotations around the edit keep their use (a word more may turn a scare quote into speech).
  for (const q of analysis.quotes) {
    if (q.outer.start > wordStart || q.outer.end < oldWordEnd) continue;
    if (q.kind !== 'direct') continue; // reported speech stays speech; its bounds come from cue sentences, profile-checked above
    const span = move(q);
    if (quoteUsage(input.slice(span.start, span.end), q.attribution, false) !== q.usage) return undefined;
  }

  const quotes: Quote[] = analysis.quotes.map((q) => {
    const span = move(q);
    return {
      ...q,
      ...span,
      text: input.slice(span.start, span.end),
      outer: move(q.outer),
      attribution: {
        ...q.attribution,
        speakerSpan: q.attribution.speakerSpan && move(q.attribution.speakerSpan),
        cueSpan: q.attribution.cueSpan && move(q.attribution.cueSpan),
      },
    };
  });
  const moved: Analysis = {
    quotes,
    entities: analysis.entities.map((e) => ({
      ...e,
      mentions: e.mentions.map((m) => {
        const span = move(m);
        return { ...m, ...span, text: input.slice(span.start, span.end) };
      }),
    })),
    problems: analysis.problems.map((problem) => ({ ...problem, ...move(problem) })),
    analyzedLength: input.length,
    textLength: input.length,
  };
  return {
    analysis: moved,
    lastRun: { input, optionsKey, masked, paragraphs: last.paragraphs.map(move), allOuter, outer, analysis: moved },
  };
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
    isRoleNoun(word), isSourceNoun(word), DETERMINERS.has(word), word in PRONOUNS, BETWEEN_SPEAKER_AND_CUE.has(word),
    DOCUMENT_NOUN.test(word), tags.some((t) => VERBISH.includes(t)), tags.includes('Plural'), /ing$/.test(word), /(ed|ing)$/.test(word),
  ].join('|');
}

/** Whether the sieve reads the words of the sentence holding `offset`: it has a cue word or a colon. */
function sentenceIsRead(facts: ParagraphFacts, offset: number): boolean {
  const s = facts.sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end);
  return s < 0 || facts.cues[s].length > 0 || facts.tokens[s].some((t) => t.text === ':');
}

/** Everything the document passes read from a paragraph, as one string. */
function fingerprint(facts: ParagraphFacts): string {
  return JSON.stringify([
    facts.sentences.length,
    facts.tokens.map((sentence) => sentence.length),
    facts.cues.map((indices, i) => indices.map((k) => facts.tokens[i][k].lower)),
    facts.chunks.map((c) => [c.key, c.type, c.role?.text, c.appositive?.text, c.honorific, c.inQuote, c.possessive, c.surnameOnly]),
    facts.speakerWords,
    facts.quoteOnly,
    facts.titleCase,
  ]);
}
