/**
 * What the confidence model knows about an attribution: a handful of named yes/no facts ("mention:pronoun",
 * "where:previous paragraph"), read from the attribution, its quote and the document's layout. Every fact is
 * one the typing fast path keeps: counts of paragraphs and sentences, words inside sentences that hold a cue
 * or a quotation (where no word may come or go), mentions, rules. Never a distance in characters.
 */
import type { Entity, Mention, MentionKind, Quote, Span } from './types';
import type { Token } from './tokens';
import { firstStartingAt } from './spans';
import { cueKind } from './lexicon';
import { DOCUMENT_NOUN } from './attribution';

/** The parts of the document the facts are read from (the attribution sieve's layout, and the entities). */
export interface ConfidenceContext {
  /** The text as the rules read it (masked). */
  text: string;
  paragraphs: readonly Span[];
  sentences: readonly (readonly Span[])[];
  tokens: readonly (readonly (readonly Token[])[])[];
  quoteOnly: readonly boolean[];
  entities: readonly Entity[];
}

const NAMING: ReadonlySet<MentionKind> = new Set(['name', 'surname', 'title']);
const PRONOUN = /^(he|she|they|it|him|her|them|his|its|their|i|we|you)$/i;

const bucket = (n: number, edges: readonly number[], labels: readonly string[]): string => {
  for (let i = 0; i < edges.length; i++) if (n <= edges[i]) return labels[i];
  return labels[edges.length];
};
const WORDS_BETWEEN = { edges: [0, 2, 5, 10], labels: ['0', '1-2', '3-5', '6-10', '11+'] };
const NAMED_MENTIONS = { edges: [1, 3, 9], labels: ['1', '2-3', '4-9', '10+'] };
const QUOTE_WORDS = { edges: [3, 9], labels: ['1-3', '4-9', '10+'] };

/** The sieve rule without the reported-speech prefix and without how a pronoun or role noun was resolved. */
export function ruleBase(rule: string): string {
  const bare = rule.startsWith('reported speech: ') ? rule.slice('reported speech: '.length) : rule;
  const cut = bare.indexOf(';');
  return cut < 0 ? bare : bare.slice(0, cut);
}

/** How the sieve resolved a pronoun or role noun ("the last speaker"), or "none". */
function resolution(rule: string): string {
  const at = rule.indexOf(' = ');
  if (at < 0) return 'none';
  const how = rule.slice(at + 3).replace(/, gender unknown$/, '');
  return how.startsWith('the entity whose role is') ? 'role' : how;
}

function cueClass(cue: string | null): string {
  if (cue === null) return 'none';
  const word = cue.toLowerCase().split(' ')[0];
  if (word === 'according') return 'according to';
  if (/^(say|says|said|saying)$/.test(word)) return 'say';
  if (/^(tell|tells|told|telling)$/.test(word)) return 'tell';
  if (/^(add|adds|added|adding)$/.test(word)) return 'add';
  if (/^(write|writes|wrote|writing|tweet|tweets|tweeted|post|posts|posted)$/.test(word)) return 'write';
  if (/^(ask|asks|asked|asking)$/.test(word)) return 'ask';
  if (cueKind(word) === 'thought') return 'thought';
  return word.endsWith('ing') ? 'other, participle' : 'other';
}

/** Per-analysis lookups built on first use: mentions by entity, named people by paragraph. */
export class FeatureReader {
  private readonly byId = new Map<string, Entity>();
  private readonly namedIn = new Map<string, number[]>();
  private peopleByParagraph: Map<number, Set<string>> | undefined;

  constructor(private readonly context: ConfidenceContext) {
    for (const e of context.entities) this.byId.set(e.id, e);
  }

  private paragraphOf(pos: number): number {
    return Math.max(0, firstStartingAt(this.context.paragraphs, pos + 1) - 1);
  }

  private sentenceOf(p: number, pos: number): number {
    return Math.max(0, firstStartingAt(this.context.sentences[p] ?? [], pos + 1) - 1);
  }

  /** Paragraphs of the mentions that name the entity (by name, surname or title), in order. */
  private namingParagraphs(entity: Entity): number[] {
    let found = this.namedIn.get(entity.id);
    if (!found) {
      found = entity.mentions.filter((m) => NAMING.has(m.kind)).map((m) => this.paragraphOf(m.start));
      this.namedIn.set(entity.id, found);
    }
    return found;
  }

  private peopleNamedIn(p: number): ReadonlySet<string> {
    if (!this.peopleByParagraph) {
      this.peopleByParagraph = new Map();
      for (const e of this.context.entities) {
        if (e.type !== 'person') continue;
        for (const q of this.namingParagraphs(e)) {
          let set = this.peopleByParagraph.get(q);
          if (!set) this.peopleByParagraph.set(q, (set = new Set()));
          set.add(e.id);
        }
      }
    }
    return this.peopleByParagraph.get(p) ?? EMPTY;
  }

  private wordsBetween(p: number, s: number, from: number, to: number): number {
    const tokens = this.context.tokens[p]?.[s] ?? [];
    let n = 0;
    for (let k = firstStartingAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) if (tokens[k].kind === 'word') n++;
    return n;
  }

  /** Where the speaker mention stands from the quotation, and how many words lie between in a shared sentence. */
  private where(quote: Quote, span: Span): string[] {
    const { outer } = quote;
    if (span.start >= outer.start && span.end <= outer.end) return ['where:inside the quotation'];
    const after = span.start >= outer.end;
    const anchor = after ? outer.end : outer.start;
    const pq = this.paragraphOf(after ? Math.max(outer.start, anchor - 1) : anchor);
    const ps = this.paragraphOf(span.start);
    if (ps === pq) {
      const sq = this.sentenceOf(pq, after ? Math.max(outer.start, anchor - 1) : anchor);
      const ss = this.sentenceOf(ps, span.start);
      if (ss === sq) {
        const words = after ? this.wordsBetween(pq, sq, outer.end, span.start) : this.wordsBetween(pq, sq, span.end, outer.start);
        return [`where:${after ? 'after' : 'before'}, same sentence`, `words between:${bucket(words, WORDS_BETWEEN.edges, WORDS_BETWEEN.labels)}`];
      }
      return [`where:${after ? 'later' : 'earlier'} sentence`];
    }
    if (after) return ['where:later paragraph'];
    const back = pq - ps;
    return [`where:${back === 1 ? 'previous paragraph' : back === 2 ? 'two paragraphs back' : 'three or more paragraphs back'}`];
  }

  private mentionKind(entity: Entity | undefined, span: Span): string {
    if (entity) {
      const mentions: readonly Mention[] = entity.mentions;
      const k = firstStartingAt(mentions, span.start);
      if (mentions[k]?.start === span.start) return mentions[k].kind;
    }
    const written = this.context.text.slice(span.start, span.end).trim();
    if (PRONOUN.test(written)) return 'pronoun';
    return entity ? 'unknown' : 'description';
  }

  /** The facts about one attributed quotation (its attribution has a speaker). */
  of(quote: Quote): string[] {
    const a = quote.attribution;
    const entity = a.entityId ? this.byId.get(a.entityId) : undefined;
    const base = ruleBase(a.rule);
    const features = [
      `rule:${base}`,
      `resolved as:${resolution(a.rule)}`,
      `sieve confidence:${a.confidence.toFixed(2)}`,
      `kind:${quote.kind}`,
      `cue:${cueClass(a.cue)}`,
      `cue word:${a.cue === null ? 'none' : a.cue.toLowerCase()}`,
      `entity:${entity ? entity.type : 'none'}`,
    ];
    if (a.rule.endsWith('gender unknown')) features.push('gender unknown');
    if (quote.multiParagraph) features.push('quotation runs over paragraphs');
    else features.push(`quote words:${bucket(wordCount(quote.text), QUOTE_WORDS.edges, QUOTE_WORDS.labels)}`);
    const mention = a.speakerSpan ? this.mentionKind(entity, a.speakerSpan) : 'none';
    features.push(`mention:${mention}`, `mention × entity:${mention} × ${entity ? entity.type : 'none'}`, `rule × mention:${base} × ${mention}`, `kind × rule:${quote.kind} × ${base}`, `kind × mention:${quote.kind} × ${mention}`);
    const opening = firstWord(quote.text);
    if (quote.kind === 'reported' && opening === 'that') features.push('content opens with "that"');
    else if (/^\p{Ll}/u.test(opening)) features.push('quotation opens in lower case');
    if (quote.kind === 'direct' && /,\s*$/.test(quote.text)) features.push('quotation ends with a comma');
    if (a.speakerSpan) {
      const where = this.where(quote, a.speakerSpan);
      features.push(...where, `mention × where:${mention} × ${where[0].slice('where:'.length)}`);
    }
    const pq = this.paragraphOf(quote.outer.start);
    if (pq === 0) features.push('paragraph:first');
    if (this.context.quoteOnly[pq]) features.push('paragraph:quotation only');
    if (entity) {
      const named = this.namingParagraphs(entity);
      const pEnd = this.paragraphOf(Math.max(quote.outer.start, quote.outer.end - 1));
      const k = firstAbove(named, pq - 1);
      if (k < named.length && named[k] <= pEnd) features.push('named:in the paragraph');
      else if (k === 0) features.push('named:not before');
      else {
        const back = pq - named[k - 1];
        features.push(`named:${back === 1 ? 'previous paragraph' : back <= 3 ? '2-3 paragraphs back' : '4 or more paragraphs back'}`);
      }
      features.push(`named mentions:${bucket(named.length, NAMED_MENTIONS.edges, NAMED_MENTIONS.labels)}`);
      if (entity.role) features.push('entity has a role');
      const words = entity.name.split(/\s+/).length;
      features.push(`name words:${words >= 4 ? '4+' : words}`);
      if (entity.type === 'person') {
        const rivals = new Set<string>();
        for (const p of [pq, pq - 1]) for (const id of this.peopleNamedIn(p)) if (id !== entity.id) rivals.add(id);
        features.push(`other people named near:${rivals.size >= 2 ? '2+' : rivals.size}`);
      }
      if (entity.name === entity.name.toUpperCase()) features.push('name in capitals');
    } else if (a.speaker) {
      features.push(`description:${/^(a|an|one)\b/i.test(a.speaker) ? 'indefinite' : /^the\b/i.test(a.speaker) ? 'definite' : 'other'}`);
      const head = a.speaker.split(/\s+/).pop()!.toLowerCase();
      features.push(`description head:${head}`);
      if (DOCUMENT_NOUN.test(head)) features.push('description:a document');
      else if (/[^s]s$/.test(head)) features.push('description:plural');
    }
    return features;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** Index of the first value above `limit` in an ascending list. */
function firstAbove(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstWord(text: string): string {
  const match = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text);
  return match ? match[0].toLowerCase() === 'that' ? 'that' : match[0] : '';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words, counted as runs of letters or digits (so typing inside a word never changes the count). */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const letter = LETTER_OR_DIGIT.test(text[i]);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}
