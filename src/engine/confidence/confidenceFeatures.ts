/**
 * What the confidence model knows about an attribution: a handful of named yes/no facts ("mention:pronoun",
 * "where:previous paragraph"), read from the attribution, its quote and the document's layout. Every fact is
 * one the typing fast path keeps: counts of paragraphs and sentences, words inside sentences that hold a cue
 * or a quotation (where no word may come or go), mentions, rules. Never a distance in characters.
 */
import type { Entity, Mention, MentionKind, Quote, Span } from '../types';
import type { Token } from '../text/tokens';
import { firstStartingAt } from '../text/spans';
import { cueKind } from '../lexicon';
import { DOCUMENT_NOUN, isVerbOfTelling } from '../attribution/attribution';

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
  if (isVerbOfTelling(word)) return 'tell';
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
  private readonly ofEntity = new Map<string, EntityValues>();
  private peopleByParagraph: Map<number, string[]> | undefined;
  private namedMentions: (Span & { id: string })[] | undefined;
  /** Where each paragraph starts, in a typed array: the lookup runs once per quotation and per mention. */
  private readonly paragraphStarts: Float64Array;

  constructor(private readonly context: ConfidenceContext) {
    for (const e of context.entities) this.byId.set(e.id, e);
    this.paragraphStarts = Float64Array.from(context.paragraphs, (p) => p.start);
  }

  /** The paragraph holding `pos` (the last one starting at or before it). */
  private paragraphOf(pos: number): number {
    const starts = this.paragraphStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
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

  /** The people named in paragraph `p`, each once. */
  private peopleNamedIn(p: number): readonly string[] {
    if (!this.peopleByParagraph) {
      this.peopleByParagraph = new Map();
      for (const e of this.context.entities) {
        if (e.type !== 'person') continue;
        for (const q of this.namingParagraphs(e)) {
          let ids = this.peopleByParagraph.get(q);
          if (!ids) this.peopleByParagraph.set(q, (ids = []));
          if (ids[ids.length - 1] !== e.id) ids.push(e.id); // an entity's paragraphs come in order
        }
      }
    }
    return this.peopleByParagraph.get(p) ?? NOBODY;
  }

  /** How many people other than `id` are named in paragraph `p` or the one before: 0, 1 or 2 (two or more). */
  private rivalsNear(p: number, id: string): number {
    const here = this.peopleNamedIn(p);
    const before = this.peopleNamedIn(p - 1);
    let first: string | undefined;
    for (const list of [here, before]) {
      for (const other of list) {
        if (other === id || other === first) continue;
        if (first !== undefined) return 2;
        first = other;
      }
    }
    return first === undefined ? 0 : 1;
  }

  private wordsBetween(p: number, s: number, from: number, to: number): number {
    const tokens = this.context.tokens[p]?.[s] ?? [];
    let n = 0;
    for (let k = firstStartingAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) if (tokens[k].kind === 'word') n++;
    return n;
  }

  /** Where the speaker mention stands from the quotation, and how many words lie between in a shared sentence. */
  private where(quote: Quote, span: Span): readonly string[] {
    const { outer } = quote;
    if (span.start >= outer.start && span.end <= outer.end) return WHERE.inside;
    const after = span.start >= outer.end;
    const anchor = after ? Math.max(outer.start, outer.end - 1) : outer.start;
    const pq = this.paragraphOf(anchor);
    const ps = this.paragraphOf(span.start);
    if (ps === pq) {
      const sq = this.sentenceOf(pq, anchor);
      const ss = this.sentenceOf(ps, span.start);
      if (ss === sq) {
        const words = after ? this.wordsBetween(pq, sq, outer.end, span.start) : this.wordsBetween(pq, sq, span.end, outer.start);
        const i = WORDS_BETWEEN.edges.findIndex((edge) => words <= edge);
        return (after ? WHERE.afterInSentence : WHERE.beforeInSentence)[i < 0 ? WORDS_BETWEEN.edges.length : i];
      }
      return after ? WHERE.laterSentence : WHERE.earlierSentence;
    }
    if (after) return WHERE.laterParagraph;
    const back = pq - ps;
    return back === 1 ? WHERE.previousParagraph : back === 2 ? WHERE.twoBack : WHERE.threeOrMoreBack;
  }

  /**
   * Speech or thought words in the quotation's sentence other than its own cue: 0, 1 or 2+. A report inside a
   * report ("attorneys said police have said …") is where a speaker is most often someone else.
   */
  private otherCues(quote: Quote, p: number): string {
    const cue = quote.attribution.cueSpan;
    const anchor = quote.outer.start;
    const tokens = this.context.tokens[p]?.[this.sentenceOf(p, anchor)] ?? [];
    let n = 0;
    for (const t of tokens) {
      if (t.kind !== 'word' || (cue && t.start >= cue.start && t.end <= cue.end) || cueKind(t.lower) === null) continue;
      if (++n === 2) break;
    }
    return n === 2 ? '2+' : String(n);
  }

  /** What stands right before the cue: "has said" (perfect), "did not say" (negated), "would say" (modal), or "". */
  private cueAspect(cue: Span): string {
    const p = this.paragraphOf(cue.start);
    const tokens = this.context.tokens[p]?.[this.sentenceOf(p, cue.start)] ?? [];
    const k = firstStartingAt(tokens, cue.start);
    const before = tokens[k - 1];
    if (!before || before.kind !== 'word') return '';
    if (/^(not|never|n't|no)$/.test(before.lower)) return 'negated';
    if (/^(has|have|had|having)$/.test(before.lower)) return 'perfect';
    if (/^(would|will|could|can|may|might|should|must|to)$/.test(before.lower)) return 'modal';
    return '';
  }

  /** Entities other than the speaker's named in the quotation's sentence: 0, 1 or 2+. */
  private othersInSentence(quote: Quote, p: number, speaker: string | null): string {
    if (!this.namedMentions) {
      this.namedMentions = [];
      for (const e of this.context.entities) for (const m of e.mentions) if (NAMING.has(m.kind)) this.namedMentions.push({ start: m.start, end: m.end, id: e.id });
      this.namedMentions.sort((x, y) => x.start - y.start);
    }
    const sentence = this.context.sentences[p]?.[this.sentenceOf(p, quote.outer.start)];
    if (!sentence) return '0';
    const ids = new Set<string>();
    for (let k = firstStartingAt(this.namedMentions, sentence.start); k < this.namedMentions.length && this.namedMentions[k].start < sentence.end; k++) {
      if (this.namedMentions[k].id !== speaker) ids.add(this.namedMentions[k].id);
    }
    return ids.size >= 2 ? '2+' : String(ids.size);
  }

  /** What the facts read from the entity alone, once per entity. */
  private entityValues(entity: Entity): EntityValues {
    let found = this.ofEntity.get(entity.id);
    if (!found) {
      const words = entity.name.split(/\s+/).length;
      found = {
        namedMentions: bucket(this.namingParagraphs(entity).length, NAMED_MENTIONS.edges, NAMED_MENTIONS.labels),
        hasRole: entity.role !== null,
        nameWords: words >= 4 ? '4+' : String(words),
        capitals: entity.name === entity.name.toUpperCase(),
      };
      this.ofEntity.set(entity.id, found);
    }
    return found;
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

  /**
   * What the facts of one attributed quotation are read from, each value already reduced to a few cases:
   * quotations with the same values have the same facts (the engine weighs each set of values once).
   */
  values(quote: Quote): AttributionValues {
    const a = quote.attribution;
    const entity = a.entityId ? this.byId.get(a.entityId) : undefined;
    const pq = this.paragraphOf(quote.outer.start);
    const values: AttributionValues = {
      rule: a.rule,
      sieveConfidence: a.confidence,
      kind: quote.kind,
      quoteWords: quote.multiParagraph ? 'over paragraphs' : bucket(wordCount(quote.text, 10), QUOTE_WORDS.edges, QUOTE_WORDS.labels),
      cue: a.cue,
      entity: entity ? entity.type : 'none',
      mention: a.speakerSpan ? this.mentionKind(entity, a.speakerSpan) : 'none',
      opening: openingOf(quote),
      endsWithComma: quote.kind === 'direct' && endsWithComma(quote.text),
      where: a.speakerSpan ? this.where(quote, a.speakerSpan) : NOWHERE,
      firstParagraph: pq === 0,
      quoteOnly: this.context.quoteOnly[pq] === true,
      named: '',
      namedMentions: '',
      hasRole: false,
      nameWords: '',
      rivals: '',
      capitals: false,
      description: '',
      descriptionHead: '',
      otherCues: this.otherCues(quote, pq),
      othersInSentence: this.othersInSentence(quote, pq, a.entityId),
      cueAspect: a.cueSpan ? this.cueAspect(a.cueSpan) : '',
    };
    if (entity) {
      const named = this.namingParagraphs(entity);
      const pEnd = this.paragraphOf(Math.max(quote.outer.start, quote.outer.end - 1));
      const k = firstAbove(named, pq - 1);
      if (k < named.length && named[k] <= pEnd) values.named = 'in the paragraph';
      else if (k === 0) values.named = 'not before';
      else {
        const back = pq - named[k - 1];
        values.named = back === 1 ? 'previous paragraph' : back <= 3 ? '2-3 paragraphs back' : '4 or more paragraphs back';
      }
      const e = this.entityValues(entity);
      values.namedMentions = e.namedMentions;
      values.hasRole = e.hasRole;
      values.nameWords = e.nameWords;
      values.capitals = e.capitals;
      if (entity.type === 'person') values.rivals = RIVALS[this.rivalsNear(pq, entity.id)];
    } else if (a.speaker) {
      values.description = /^(a|an|one)\b/i.test(a.speaker) ? 'indefinite' : /^the\b/i.test(a.speaker) ? 'definite' : 'other';
      values.descriptionHead = a.speaker.slice(a.speaker.lastIndexOf(' ') + 1).toLowerCase();
    }
    return values;
  }

  /** The facts about one attributed quotation (its attribution has a speaker). */
  of(quote: Quote): string[] {
    return featuresOf(this.values(quote));
  }
}

interface EntityValues {
  namedMentions: string;
  hasRole: boolean;
  nameWords: string;
  capitals: boolean;
}

/** See `FeatureReader.values`. */
export interface AttributionValues {
  rule: string;
  sieveConfidence: number;
  kind: string;
  quoteWords: string;
  /** As written. */
  cue: string | null;
  entity: string;
  mention: string;
  opening: string;
  endsWithComma: boolean;
  where: readonly string[];
  firstParagraph: boolean;
  quoteOnly: boolean;
  named: string;
  namedMentions: string;
  hasRole: boolean;
  nameWords: string;
  rivals: string;
  capitals: boolean;
  description: string;
  descriptionHead: string;
  otherCues: string;
  othersInSentence: string;
  cueAspect: string;
}

/** The values as one string: equal strings, equal facts. */
export function valuesKey(v: AttributionValues): string {
  return (
    v.rule + '|' + v.sieveConfidence + '|' + v.kind + '|' + v.quoteWords + '|' + v.cue + '|' + v.entity + '|' + v.mention + '|' + v.opening + '|' +
    v.endsWithComma + '|' + v.where[0] + '|' + v.where[1] + '|' + v.firstParagraph + '|' + v.quoteOnly + '|' + v.named + '|' + v.namedMentions + '|' +
    v.hasRole + '|' + v.nameWords + '|' + v.rivals + '|' + v.capitals + '|' + v.description + '|' + v.descriptionHead + '|' + v.otherCues + '|' + v.othersInSentence + '|' + v.cueAspect
  );
}

/** The named facts the model weighs. */
export function featuresOf(v: AttributionValues): string[] {
  const base = ruleBase(v.rule);
  const { kind, mention, entity } = v;
  const features = [
    `rule:${base}`,
    `resolved as:${resolution(v.rule)}`,
    `sieve confidence:${v.sieveConfidence.toFixed(2)}`,
    `kind:${kind}`,
    `cue:${cueClass(v.cue)}`,
    `cue word:${v.cue === null ? 'none' : v.cue.toLowerCase()}`,
    `entity:${entity}`,
    v.quoteWords === 'over paragraphs' ? 'quotation runs over paragraphs' : `quote words:${v.quoteWords}`,
    `mention:${mention}`,
    `mention × entity:${mention} × ${entity}`,
    `rule × mention:${base} × ${mention}`,
    `kind × rule:${kind} × ${base}`,
    `kind × mention:${kind} × ${mention}`,
  ];
  // What makes a report inside a report likely: other speech words and other names in the sentence, "has said".
  if (kind !== 'direct') {
    features.push(`other cues in the sentence:${v.otherCues}`, `others named in the sentence:${v.othersInSentence}`);
    if (v.cueAspect) features.push(`cue:${v.cueAspect}`);
  }
  if (v.rule.endsWith('gender unknown')) features.push('gender unknown');
  if (v.opening === 'that') features.push('content opens with "that"');
  else if (v.opening === 'lower case') features.push('quotation opens in lower case');
  if (v.endsWithComma) features.push('quotation ends with a comma');
  if (v.where.length) features.push(...v.where, `mention × where:${mention} × ${v.where[0].slice('where:'.length)}`);
  if (v.firstParagraph) features.push('paragraph:first');
  if (v.quoteOnly) features.push('paragraph:quotation only');
  if (v.named) features.push(`named:${v.named}`, `named mentions:${v.namedMentions}`, `name words:${v.nameWords}`);
  if (v.hasRole) features.push('entity has a role');
  if (v.rivals) features.push(`other people named near:${v.rivals}`);
  if (v.capitals) features.push('name in capitals');
  if (v.description) {
    features.push(`description:${v.description}`, `description head:${v.descriptionHead}`);
    if (DOCUMENT_NOUN.test(v.descriptionHead)) features.push('description:a document');
    else if (/[^s]s$/.test(v.descriptionHead)) features.push('description:plural');
  }
  return features;
}

const NOBODY: readonly string[] = [];
const NOWHERE: readonly string[] = [];
const RIVALS = ['0', '1', '2+'];
const inSentence = (side: string): string[][] =>
  WORDS_BETWEEN.labels.map((label) => [`where:${side}, same sentence`, `words between:${label}`]);
const WHERE = {
  inside: ['where:inside the quotation'],
  afterInSentence: inSentence('after'),
  beforeInSentence: inSentence('before'),
  laterSentence: ['where:later sentence'],
  earlierSentence: ['where:earlier sentence'],
  laterParagraph: ['where:later paragraph'],
  previousParagraph: ['where:previous paragraph'],
  twoBack: ['where:two paragraphs back'],
  threeOrMoreBack: ['where:three or more paragraphs back'],
};

/** "that" opening reported speech, or a quotation opening in lower case ("", neither). */
function openingOf(quote: Quote): string {
  const text = quote.text;
  let i = 0;
  while (i < text.length && !isLetterOrDigit(text, i)) i++;
  if (i >= text.length) return '';
  if (quote.kind === 'reported' && /^that(?![\p{L}\p{N}'’-])/iu.test(text.slice(i, i + 5))) return 'that';
  const first = text[i];
  return first !== first.toUpperCase() && first === first.toLowerCase() ? 'lower case' : '';
}

function endsWithComma(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  return text[i] === ',';
}

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


const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isLetterOrDigit = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(text[i]);
};

/** Words up to `atMost`, counted as runs of letters or digits (so typing inside a word never changes the count). */
function wordCount(text: string, atMost: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words <= atMost; i++) {
    const letter = isLetterOrDigit(text, i);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}
