/**
 * The attribution sieve. One pass over the document in reading order: each sentence's cue words are found
 * with their speakers, then each quotation is attributed by the first rule that has evidence, most certain
 * first. Pronouns resolve against who spoke last, which is why the pass goes in order.
 */
import type { Attribution, FixedAttribution, Span } from '../types';
import { SET_BY_PERSON } from '../types';
import type { MarkedQuote } from '../text/quotes';
import type { EntityIndex, MentionDraft } from '../names/entities';
import type { Token } from '../text/tokens';
import { cueKindOfLowerCase, DOCUMENT_NOUN } from '../lexicon';
import { MentionLookup, phraseEndingAt, phraseStartingAt, skipLeftOverAdverbs, skipRightOverAdverbs, type SpeakerPhrase } from './speakers';
import { resolvePronoun, resolveRoleNoun, type Salience } from '../names/coreference';
import { firstStartingAt, SpanCover } from '../text/spans';
import { detached, detachedAttribution } from '../detach';
import {
  decidedWithAny, linkEvent, movedAttribution, movedMention, movedSpan, rememberedEvent, rememberSalience, sameSalience, type ParagraphMemo, type ReplayedEvent,
} from '../reuse/sieveMemo';
import type { CueHit, SpeechEvent } from './speechEvents';

export interface DocumentLayout {
  text: string;
  paragraphs: Span[];
  /** Sentences of each paragraph. */
  sentences: Span[][];
  /** Tokens of each sentence of each paragraph, each quotation collapsed into one token. */
  tokens: Token[][][];
  /** Indices of the cue words in each sentence's tokens (see `cueCandidates`). */
  cues: number[][][];
  /** Paragraphs that hold nothing but quotation. */
  quoteOnly: boolean[];
  /** Attributions a person decided, by where the quotation's words start: taken as given, and as evidence. */
  fixed?: ReadonlyMap<number, FixedAttribution>;
  /**
   * For remembering decisions across analyses (see sieveMemo.ts): an object per paragraph that stays the
   * same while the paragraph's text and quotations do, and a number that stays the same while the
   * document's entities do. Without them every paragraph is sieved.
   */
  memo?: {
    /** The document's remembered decisions, by paragraph identity. */
    memos: WeakMap<object, ParagraphMemo>;
    identities: readonly object[];
    entityVersion: number;
    /**
     * Decisions made with entity version `version` still hold outside the `blocked` paragraphs, except
     * those that looked a speaker up in the list of entities when entities came or went, those that looked
     * for an entity by its role when one with a role was named in the change, and those made with an
     * entity that changed.
     */
    compatible?: {
      version: number;
      entitiesChanged: boolean;
      rolesChanged: boolean;
      affected: ReadonlySet<string>;
      /** The changed paragraphs, those naming an affected entity, and the four after each (pronouns look back four). */
      blocked: readonly boolean[];
    };
  };
}

export { DOCUMENT_NOUN };

const isRead = (lower: string): boolean => lower === 'read' || lower === 'reads';
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'dubbed', 'dubs', 'labeled', 'labelled', 'branded', 'described', 'describes']);

/** Where cue words stand in a sentence: a word-level fact, cached with the paragraph. */
export function cueCandidates(tokens: Token[]): number[] {
  const found: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const next = tokens[k + 1];
    if ((t.lower === 'according' && next?.lower === 'to') || cueKindOfLowerCase(t.lower, next?.kind === 'word' ? next.lower : undefined)) found.push(k);
    // "the article read": a document reads what it says.
    else if (isRead(t.lower) && tokens.slice(Math.max(0, k - 2), k).some((x) => DOCUMENT_NOUN.test(x.lower))) found.push(k);
    // `"…," read a banner outside the clinic`: the document after the verb, right after the quotation.
    else if (isRead(t.lower) && tokens[k - 1]?.kind === 'quote' && tokens.slice(k + 1, k + 4).some((x) => DOCUMENT_NOUN.test(x.lower))) found.push(k);
    // "called his rival 'totally scripted'": to call something a quoted name is to say it.
    else if (NAMING_VERBS.has(t.lower) && tokens.slice(k + 1, k + 6).some((x) => x.kind === 'quote'))
      found.push(k);
  }
  return found;
}

/** What the sieve decided for a quotation, before it is made public. */
export interface Decision {
  phrase: SpeakerPhrase | null;
  cue: CueHit | null;
  confidence: number;
  rule: string;
}

export const UNATTRIBUTED = (rule: string): Attribution => ({ speaker: null, entityId: null, speakerSpan: null, cue: null, cueSpan: null, confidence: 0, rule });

/** Whether the cue candidate at `k` is a cue word (see `findCues`), without reading the speakers around it. */
export function isCueAt(tokens: Token[], k: number, names: MentionLookup): boolean {
  const t = tokens[k];
  if (isAccordingTo(tokens, k)) return true;
  if (names.at(t)) return false; // "Said" inside a name, or a capitalised cue that is part of a title
  const previous = tokens[k - 1];
  // After a determiner or a possessive the word is a noun: "Mueller's report".
  return !(previous && /^(the|a|an|his|her|their|its|this|that|['’]s)$/.test(previous.lower) && !/(ed|ing)$/.test(t.lower));
}

function hasQuotation(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'quote') return true;
  return false;
}

const isAccordingTo = (tokens: Token[], k: number): boolean => tokens[k].lower === 'according' && tokens[k + 1]?.lower === 'to';

/** Cue words of a sentence (quotations collapsed into single tokens). */
export function findCues(tokens: Token[], text: string, names: MentionLookup, candidates: number[] = cueCandidates(tokens)): CueHit[] {
  const hits: CueHit[] = [];
  for (const k of candidates) {
    if (!isCueAt(tokens, k, names)) continue;
    const t = tokens[k];
    const next = tokens[k + 1];
    if (isAccordingTo(tokens, k)) {
      const inverted = phraseStartingAt(tokens, k + 2, text, names);
      hits.push({ index: k, token: t, text: 'according to', span: { start: t.start, end: next.end }, subject: null, inverted });
      continue;
    }
    const withParticle = next && /^(on|for|out|it)$/.test(next.lower) && ['call', 'calls', 'called', 'calling', 'point', 'points', 'pointed', 'went'].includes(t.lower);
    hits.push({
      index: k,
      token: t,
      text: withParticle ? `${t.text} ${next.text}` : t.text,
      span: { start: t.start, end: withParticle ? next.end : t.end },
      subject: subjectBefore(tokens, k, text, names),
      inverted: phraseStartingAt(tokens, k + (withParticle ? 2 : 1), text, names),
    });
  }
  return hits;
}

/** The subject of the cue at `k`: skips adverbs ("later said"), appositives ("Caddell, a pollster, said") and "who". */
function subjectBefore(tokens: Token[], k: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  let j = skipLeftOverAdverbs(tokens, k - 1);
  if (tokens[j]?.text === ')') {
    // Rep. Gwen Moore (D-Wis.) said
    const open = tokens.slice(Math.max(0, j - 8), j).map((t) => t.text).lastIndexOf('(');
    if (open >= 0) j = Math.max(0, j - 8) + open - 1;
  }
  if (tokens[j]?.lower === 'who') {
    j--;
    if (tokens[j]?.text === ',') j--;
  } else if (tokens[j]?.text === ',') {
    const named = nameAfterDescription(tokens, j, text, names);
    if (named) return named;
    // An appositive: "Leonard E. Burman, director of the Tax Policy Center, said".
    for (let a = j - 1; a >= Math.max(0, j - 35); a--) {
      if (tokens[a].kind === 'quote') break;
      if (tokens[a].text !== ',') continue;
      let end = a - 1;
      if (tokens[end]?.text === ')') while (end > 0 && tokens[end].text !== '(') end--; // Rep. Jim Jordan (R-Ohio), a member, said
      if (tokens[end]?.text === '(') end--;
      const before = phraseEndingAt(tokens, end, text, names);
      // "One Club for Growth ad, which is airing, argues": a description speaks only with a relative clause;
      // a place before a comma is where, not who ("…in South Carolina, and …").
      if (before && !names.isPlace(before) && (before.kind !== 'description' || /^(which|who|that)$/.test(tokens[a + 1]?.lower ?? ''))) return before;
    }
    return null;
  }
  return phraseEndingAt(tokens, j, text, names);
}

/**
 * `The Conservative group leader, Cllr Martin Hughes, said`, `Her coach, Peter Rono, said`: a person's
 * name set off by commas after a description is the speaker. `comma` is the comma before the cue.
 */
function nameAfterDescription(tokens: Token[], comma: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  const inner = phraseEndingAt(tokens, comma - 1, text, names);
  if (inner?.kind !== 'name' || !inner.mention || (names.typeOf(inner.mention) ?? 'person') !== 'person') return null;
  const first = indexAfter(tokens, inner.start);
  if (tokens[first - 1]?.text !== ',') return null;
  const outer = phraseEndingAt(tokens, first - 2, text, names);
  return !outer || outer.kind === 'description' || outer.kind === 'role' ? inner : null;
}

/** The index of the first token starting at or after `offset` (tokens are in order). */
const indexAfter = (tokens: Token[], offset: number): number => firstStartingAt(tokens, offset);

/**
 * `"…," Lavrov said`, `"…," said Lavrov`, `"…," Tulsa police Chief Chuck Jordan said Monday`, and the
 * byline form `"…" ― Pamela Padilla`: the tag right after the quotation.
 */
function trailingTag(tokens: Token[], qi: number, cues: CueHit[], text: string, names: MentionLookup): Decision | null {
  let j = qi + 1;
  let dashed = false;
  while (j < tokens.length && tokens[j].kind === 'punct' && /[,—–―\-(]/.test(tokens[j].text)) {
    if (/[—–―\-]/.test(tokens[j].text)) dashed = true;
    j++;
  }
  if (j >= tokens.length || tokens[j].kind !== 'word') return null;
  const first = cues.find((c) => c.index === skipRightOverAdverbs(tokens, j));
  if (first?.inverted) {
    if (first.text === 'according to') return { phrase: first.inverted, cue: first, confidence: 0.9, rule: 'according to' };
    // "said Lavrov.", "said Ms. Warren, who …", "says a source involved in …"; not "adding that Russia …".
    const after = tokens[indexAfter(tokens, first.inverted.end)];
    if (!after || after.kind === 'punct' || (after.kind === 'word' && !after.capitalized && !/^(that|is|was|has|had|will|would|can|could)$/.test(after.lower)))
      return { phrase: first.inverted, cue: first, confidence: 0.95, rule: 'trailing tag (cue, speaker)' };
  }
  // The first cue of the tag, with the subject phrase that ends right before it.
  for (let k = j; k < tokens.length && k - j < 30; k++) {
    const t = tokens[k];
    const nickname = t.kind === 'quote' && t.end - t.start <= 14; // Del. Marcia "Cia" Price
    if ((t.kind === 'quote' && !nickname) || (t.kind === 'punct' && /[.!?;:]/.test(t.text) && !/^\p{Lu}/u.test(tokens[k - 1]?.text ?? ''))) break;
    const cue = cues.find((c) => c.index === k);
    if (!cue) continue;
    if (cue.subject && cue.subject.start >= tokens[j].start) return { phrase: cue.subject, cue, confidence: 0.95, rule: 'trailing tag (speaker, cue)' };
    break;
  }
  // "…" ― Pamela Padilla
  const byline = dashed ? phraseStartingAt(tokens, j, text, names) : null;
  // Only a name standing alone: "— U.S. citizen Paul Whelan, …" is the writer's aside, not a signature.
  if (byline && byline.kind === 'name' && byline.start === tokens[j].start) {
    const after = tokens[indexAfter(tokens, byline.end)];
    if (!after || after.kind === 'punct') return { phrase: byline, cue: null, confidence: 0.85, rule: 'byline after the quotation' };
  }
  return null;
}

/** `Lavrov told Pompeo, "…"`, `Pompeo said the two spoke about "…"`: the last cue before the quotation in its sentence. */
function leadingTag(tokens: Token[], qi: number, cues: CueHit[], text: string, names: MentionLookup): Decision | null {
  let from = qi - 1;
  while (from >= 0 && tokens[from].kind !== 'quote') from--;
  const before = cues.filter((c) => c.index > from && c.index < qi);
  const last = before[before.length - 1];
  if (!last) return null;
  if (last.text === 'according to' && last.inverted) return { phrase: last.inverted, cue: last, confidence: 0.9, rule: 'according to' };
  if (last.subject) return { phrase: last.subject, cue: last, confidence: 0.9, rule: 'leading tag (speaker, cue)' };
  if (last.inverted) {
    const after = indexAfter(tokens, last.inverted.end);
    if (after === qi || (tokens[after]?.kind === 'punct' && /[,:]/.test(tokens[after].text) && after + 1 === qi))
      return { phrase: last.inverted, cue: last, confidence: 0.9, rule: 'leading tag (cue, speaker)' };
  }
  // "…, adding that …": a participle cue speaks for the subject of an earlier cue in the sentence.
  const main = cues.filter((c) => c.index < last.index && c.subject).pop();
  if (main?.subject) return { phrase: main.subject, cue: last, confidence: 0.8, rule: 'participle cue (main clause subject)' };
  if (/ing$/.test(last.token.lower)) {
    // "Mr. Trump …, asserting, '…'", "During a speech, Trump attacked Clinton, saying '…'": the sentence's subject.
    const subject = clauseSubject(tokens, last.index, text, names);
    if (subject) return { phrase: subject, cue: last, confidence: 0.7, rule: 'participle cue (sentence subject)' };
  }
  return null;
}

/** `Loretta Lynch: 'Be the voice…'`: a name and a colon right before the quotation, with no cue. */
function labelBefore(tokens: Token[], qi: number, text: string, names: MentionLookup): Decision | null {
  if (tokens[qi - 1]?.text !== ':') return null;
  const phrase = phraseEndingAt(tokens, qi - 2, text, names);
  if (phrase && phrase.kind === 'name') return { phrase, cue: null, confidence: 0.75, rule: 'name and colon before the quotation' };
  // "he returned to his familiar lines: '…'": the clause's subject introduces the quotation.
  const subject = clauseSubject(tokens, qi - 1, text, names);
  return subject ? { phrase: subject, cue: null, confidence: 0.65, rule: 'subject of the clause the colon closes' } : null;
}

/** `'We moved too slowly': the mayor on the flood`: a headline quotation, a colon and who said it. */
function labelAfter(tokens: Token[], qi: number, text: string, names: MentionLookup): Decision | null {
  if (tokens[qi + 1]?.text !== ':') return null;
  const phrase = phraseStartingAt(tokens, qi + 2, text, names);
  if (!phrase || phrase.kind === 'group' || phrase.kind === 'pronoun' || phrase.kind === 'first-person') return null;
  return { phrase, cue: null, confidence: 0.7, rule: 'headline quotation and colon before its speaker' };
}

/** The first name, pronoun or description before `limit` that is not inside a prepositional phrase. */
function clauseSubject(tokens: Token[], limit: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  for (let k = 0; k < limit; k++) {
    if (tokens[k].kind === 'quote') return null;
    if (tokens[k].kind !== 'word') continue;
    const subject = phraseStartingAt(tokens, k, text, names);
    if (!subject || subject.kind === 'group' || subject.kind === 'first-person' || names.isPlace(subject)) continue;
    if (/^(in|on|at|during|of|for|with|to|from|by|about|after|before|against|like|than|over|under|as)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    return subject;
  }
  return null;
}

/** A transcript: `"WALLACE: Let's start…"`, the speaker's name in capitals opening the quotation. */
const TRANSCRIPT_RULE = 'transcript speaker label';

function transcriptLabel(text: string, quote: MarkedQuote, index: EntityIndex): Attribution | null {
  const m = /^([A-Z][A-Z.'’ -]{1,40}):\s/.exec(text.slice(quote.start, quote.start + 45));
  if (!m) return null;
  const label = m[1].trim();
  const surname = label.split(/\s+/).pop()!.toLowerCase();
  const entity = index.entities.find((e) => e.type === 'person' && e.words[e.words.length - 1].toLowerCase() === surname);
  const span = { start: quote.start, end: quote.start + m[1].length };
  return {
    speaker: entity?.name ?? label,
    entityId: entity?.id ?? null,
    speakerSpan: span,
    cue: null,
    cueSpan: null,
    confidence: 0.85,
    rule: TRANSCRIPT_RULE,
  };
}

interface AttributedQuote {
  quote: MarkedQuote;
  sentence: Span;
  paragraph: number;
  decision: Decision | null;
  attribution: Attribution;
}

export interface SieveResult {
  attributions: Map<MarkedQuote, Attribution>;
  /** Pronoun and role mentions that the sieve resolved, to add to their entities. */
  resolvedMentions: MentionDraft[];
  /** Every speech event, in order (reported speech builds on these); a replayed paragraph's are remembered ones. */
  speechEvents: (SpeechEvent | ReplayedEvent)[];
}

/** Paragraphs whose remembered decisions were replayed, and paragraphs sieved (the checks report both). */
export const sieveCounts = { replayed: 0, sieved: 0 };

export function attribute(layout: DocumentLayout, quotes: MarkedQuote[], index: EntityIndex): SieveResult {
  const { text, paragraphs, sentences } = layout;
  const names = new MentionLookup(index.mentions, (m) => (m.entityId ? index.byId.get(m.entityId)?.type ?? null : null));
  const topLevel = quotes.filter((q) => q.depth === 0);
  const byOpen = new Map(topLevel.map((q) => [q.open, q]));
  const salience: Salience = { lastSpeaker: null, lastSource: null };
  const paragraphStarts = paragraphs.map((p) => p.start);
  const results = new Map<MarkedQuote, AttributedQuote>();
  const resolvedMentions: MentionDraft[] = [];
  const speechEvents: SieveResult['speechEvents'] = [];

  /** Whether the paragraph being sieved looked an entity up by its role ("the secretary said"). */
  let askedForRole = false;

  const toAttribution = (decision: Decision, paragraph: number, sentenceStart: number): Attribution => {
    const { phrase, cue } = decision;
    const cueFields = { cue: cue ? cue.text : null, cueSpan: cue ? cue.span : null };
    if (!phrase) return { ...UNATTRIBUTED(decision.rule), ...cueFields };
    const span = { start: phrase.start, end: phrase.end };
    if (phrase.kind === 'group') return { ...UNATTRIBUTED('group speaker'), ...cueFields, speakerSpan: span };
    if (phrase.kind === 'first-person') return { ...UNATTRIBUTED('first-person speaker'), ...cueFields, speakerSpan: span };
    if (phrase.kind === 'name' && phrase.mention?.entityId) {
      const entity = index.byId.get(phrase.mention.entityId)!;
      return { speaker: entity.name, entityId: entity.id, speakerSpan: span, ...cueFields, confidence: decision.confidence, rule: decision.rule };
    }
    if (phrase.kind === 'pronoun' && phrase.head === 'it') {
      // "it added": the last source that is not a person (a newspaper, a report, an organization).
      const source = salience.lastSource;
      const sourceEntity = source?.attribution.entityId ? index.byId.get(source.attribution.entityId) : undefined;
      if (source && source.paragraph >= paragraph - 2 && source.attribution.speaker && sourceEntity?.type !== 'person')
        return { ...source.attribution, speakerSpan: span, ...cueFields, confidence: Math.min(decision.confidence, 0.7), rule: `${decision.rule}; it = the last source` };
      return { ...UNATTRIBUTED('pronoun without antecedent'), ...cueFields, speakerSpan: span };
    }
    const resolved =
      phrase.kind === 'pronoun'
        ? resolvePronoun(phrase.head ?? phrase.text, { at: phrase.start, sentenceStart, paragraph, paragraphStarts, index, salience })
        : phrase.kind === 'role'
          ? ((askedForRole = true), resolveRoleNoun(phrase.head ?? '', phrase.start, index))
          : null;
    if (resolved) {
      const kind = phrase.kind === 'pronoun' ? 'pronoun' : 'role';
      if (!resolvedMentions.some((m) => m.start === phrase.start)) {
        resolvedMentions.push({ start: phrase.start, end: phrase.end, text: phrase.text, kind, entityId: resolved.entity.id, inQuote: false });
      }
      return {
        speaker: resolved.entity.name,
        entityId: resolved.entity.id,
        speakerSpan: span,
        ...cueFields,
        confidence: Math.min(decision.confidence, resolved.confidence),
        rule: `${decision.rule}; ${phrase.text} = ${resolved.how}`,
      };
    }
    if (phrase.kind === 'pronoun') return { ...UNATTRIBUTED('pronoun without antecedent'), ...cueFields, speakerSpan: span };
    // An unnamed source ("a senior official"): the phrase itself is the speaker.
    return { speaker: phrase.text, entityId: null, speakerSpan: span, ...cueFields, confidence: Math.min(decision.confidence, 0.8), rule: decision.rule };
  };

  const noteSpeaker = (a: Attribution, at: number, paragraph: number, span = a.speakerSpan): void => {
    if (a.entityId && span && index.byId.has(a.entityId)) salience.lastSpeaker = { entity: index.byId.get(a.entityId)!, at, paragraph, span };
    if (a.speaker) salience.lastSource = { attribution: a, at, paragraph };
  };

  /** "Cruz called them on it:" ending the previous paragraph introduces the quotation below it. */
  const introducedByColon = (sentence: Span | undefined, p: number): Attribution | null => {
    if (!sentence) return null;
    const tokens = layout.tokens[p][layout.sentences[p].indexOf(sentence)];
    const subject = clauseSubject(tokens, tokens.length - 1, text, names);
    if (!subject) return null;
    const a = toAttribution({ phrase: subject, cue: null, confidence: 0.7, rule: 'introduced by a colon in the previous paragraph' }, p, sentence.start);
    return a.speaker ? a : null;
  };

  /**
   * `— Harbour Ferries (@harbourferries) March 3, 2024`: the line after a quote-only paragraph that signs
   * it as an embedded post; `p` is the signing paragraph. A name right after the dash, then its handle,
   * a date or nothing.
   */
  /** Capitalised words before a handle ("Harbour Ferries (@harbourferries)"): an account's name, though no entity. */
  const accountName = (tokens: Token[]): SpeakerPhrase | null => {
    let k = 1;
    while (tokens[k]?.kind === 'word' && tokens[k].capitalized) k++;
    if (k === 1 || tokens[k]?.text !== '(' || text[tokens[k].end] !== '@') return null;
    const start = tokens[1].start;
    const end = tokens[k - 1].end;
    return { start, end, text: text.slice(start, end), kind: 'description' };
  };

  const signatureIn = (p: number): Attribution | null => {
    const tokens = layout.tokens[p]?.[0];
    if (!tokens || tokens[0]?.kind !== 'punct' || !/^[—–―-]$/.test(tokens[0].text)) return null;
    const named = phraseStartingAt(tokens, 1, text, names);
    const phrase = named?.kind === 'name' ? named : accountName(tokens);
    if (!phrase || phrase.start !== tokens[1].start) return null;
    const after = tokens[indexAfter(tokens, phrase.end)];
    if (after && !/^[(,]$/.test(after.text)) return null;
    const a = toAttribution({ phrase, cue: null, confidence: 0.8, rule: 'signed below the post' }, p, paragraphs[p].start);
    return a.speaker ? a : null;
  };

  /**
   * `City captain Rhys Morgan was blunt. "We gave it away."`: a short sentence without a cue or a quotation
   * right before the quotation's own, in the same paragraph, whose subject is a person, introduces it.
   */
  const personNamedBefore = (entry: AttributedQuote, p: number): Attribution | null => {
    const si = sentences[p].indexOf(entry.sentence);
    if (si < 1 || entry.sentence.start !== entry.quote.open) return null;
    const tokens = layout.tokens[p][si - 1];
    if (tokens.length === 0 || tokens.length > INTRODUCING_SENTENCE_TOKENS || layout.cues[p][si - 1].length > 0 || tokens.some((t) => t.kind === 'quote')) return null;
    const subject = clauseSubject(tokens, tokens.length, text, names);
    if (subject?.kind !== 'name' || !subject.mention || names.typeOf(subject.mention) !== 'person') return null;
    const a = toAttribution({ phrase: subject, cue: null, confidence: 0.65, rule: 'a person named in the sentence before' }, p, sentences[p][si - 1].start);
    return a.speaker ? a : null;
  };

  // Paragraphs a quotation runs across are sieved every time: their decisions depend on one another.
  const acrossParagraphs = new Set<number>();
  for (const q of topLevel) {
    if (!q.multiParagraph) continue;
    for (let p = Math.max(0, firstStartingAt(paragraphs, q.open) - 1); p < paragraphs.length && paragraphs[p].start < q.close; p++) acrossParagraphs.add(p);
  }
  // So are paragraphs holding a person's decision: the memo knows nothing of decisions.
  for (const q of topLevel) if (layout.fixed?.has(q.start)) acrossParagraphs.add(Math.max(0, firstStartingAt(paragraphs, q.open + 1) - 1));

  /** Replays the paragraph's remembered decisions when it and the state the sieve reaches it in are unchanged. */
  const replay = (memo: ParagraphMemo, p: number): boolean => {
    const delta = paragraphs[p].start - memo.start;
    const { entityVersion, compatible } = layout.memo!;
    if (
      memo.entityVersion !== entityVersion &&
      !(
        compatible &&
        memo.entityVersion === compatible.version &&
        !compatible.blocked[p] &&
        !(compatible.entitiesChanged && memo.readsEntityList) &&
        !(compatible.rolesChanged && memo.readsRoles) &&
        !decidedWithAny(memo, compatible.affected)
      )
    )
      return false;
    if (memo.previous !== undefined && (memo.previous !== layout.memo!.identities[p - 1] || paragraphs[p - 1].start - memo.previousStart !== delta)) return false;
    if (memo.next !== undefined && (memo.next !== layout.memo!.identities[p + 1] || paragraphs[p + 1].start - memo.nextStart! !== delta)) return false;
    if (!sameSalience(salience, p, delta, memo.salienceIn)) return false;
    const quotesHere = memo.attributions.map(([open]) => byOpen.get(open + delta));
    if (quotesHere.some((q) => q === undefined)) return false;
    memo.attributions.forEach(([, attribution], i) => {
      const quote = quotesHere[i]!;
      results.set(quote, { quote, sentence: paragraphs[p], paragraph: p, decision: null, attribution: movedAttribution(attribution, delta) });
    });
    for (const m of memo.resolvedMentions) resolvedMentions.push(movedMention(m, delta));
    for (const remembered of memo.events) speechEvents.push({ remembered, delta });
    const { lastSpeaker, lastSource } = memo.salienceOut;
    salience.lastSpeaker = lastSpeaker && {
      entity: index.byId.get(lastSpeaker.entityId)!,
      at: lastSpeaker.at + delta,
      paragraph: p - lastSpeaker.paragraphsBack,
      span: movedSpan(lastSpeaker.span, delta),
    };
    salience.lastSource = lastSource && { attribution: movedAttribution(lastSource.attribution, delta), at: lastSource.at + delta, paragraph: p - lastSource.paragraphsBack };
    memo.entityVersion = entityVersion; // checked against the entities of this analysis
    return true;
  };

  paragraphs.forEach((_paragraph, p) => {
    const identity = layout.memo && !acrossParagraphs.has(p) ? layout.memo.identities[p] : undefined;
    const memo = identity && layout.memo!.memos.get(identity);
    if (memo && replay(memo, p)) {
      sieveCounts.replayed++;
      return;
    }
    if (identity) sieveCounts.sieved++;
    const salienceIn = identity ? rememberSalience(salience, p) : undefined;
    askedForRole = false;
    const eventsBefore = speechEvents.length;
    const mentionsBefore = resolvedMentions.length;
    const inParagraph: AttributedQuote[] = [];
    sentences[p].forEach((sentence, si) => {
      const tokens = layout.tokens[p][si];
      // A sentence without a cue word or a quotation decides nothing (one the sieve never reads has no tokens).
      if (layout.cues[p][si].length === 0 && !hasQuotation(tokens)) return;
      const cues = findCues(tokens, text, names, layout.cues[p][si]);
      const here: AttributedQuote[] = [];
      const tokenIndex = new Map<AttributedQuote, number>();
      tokens.forEach((t, qi) => {
        if (t.kind !== 'quote') return;
        const quote = byOpen.get(t.start)!;
        const previous = results.get(quote);
        if (previous && previous.decision) return; // a multi-paragraph quote attributed where it began
        const decision =
          trailingTag(tokens, qi, cues, text, names) ?? leadingTag(tokens, qi, cues, text, names) ?? labelBefore(tokens, qi, text, names) ??
          (p === 0 ? labelAfter(tokens, qi, text, names) : null);
        const entry: AttributedQuote = previous ?? { quote, sentence, paragraph: p, decision: null, attribution: UNATTRIBUTED('no cue') };
        if (decision) {
          entry.decision = decision;
          entry.attribution = toAttribution(decision, p, sentence.start);
        }
        const fixed = layout.fixed?.get(quote.start);
        if (fixed) {
          entry.decision = decision ?? { phrase: null, cue: null, confidence: 1, rule: SET_BY_PERSON };
          entry.attribution = fixedAttribution(fixed, entry.attribution, index);
        }
        results.set(quote, entry);
        here.push(entry);
        tokenIndex.set(entry, qi);
      });
      // Quotes that share a sentence with an attributed one share its speaker: the nearest one, counted in
      // words (so that typing inside a quotation never changes which one is nearest).
      const attributed = here.filter((o) => o.decision && o.attribution.speaker); // in token order
      let next = 0; // the first attributed quote after the entry
      for (const entry of here) {
        while (next < attributed.length && tokenIndex.get(attributed[next])! < tokenIndex.get(entry)!) next++;
        if (entry.decision) continue;
        const before = attributed[next - 1];
        const after = attributed[next];
        // The nearer one; on a tie, the one before.
        const mate = !after || (before && tokenIndex.get(entry)! - tokenIndex.get(before)! <= tokenIndex.get(after)! - tokenIndex.get(entry)!) ? before : after;
        if (mate) entry.attribution = { ...mate.attribution, confidence: Math.min(mate.attribution.confidence, 0.85), rule: 'same sentence as an attributed quote' };
      }
      // Cues outside quotations move the salience (who spoke last) in reading order.
      const byCue = new Map<number, AttributedQuote>();
      // A group tags its quotation too ("…," fans chanted), though it is no speaker.
      const tags = (e: AttributedQuote): boolean => e.attribution.speaker !== null || e.attribution.rule === 'group speaker';
      for (const e of here) if (e.attribution.cueSpan && tags(e) && !byCue.has(e.attribution.cueSpan.start)) byCue.set(e.attribution.cueSpan.start, e);
      for (const cue of cues) {
        const phrase = cue.subject ?? cue.inverted;
        const quoteAttributed = byCue.get(cue.span.start);
        const attribution = quoteAttributed?.attribution ?? (phrase ? toAttribution({ phrase, cue, confidence: 0.85, rule: 'speech cue' }, p, sentence.start) : null);
        if (attribution) {
          if (cue.subject || quoteAttributed) noteSpeaker(attribution, cue.span.start, p);
          speechEvents.push({ cue, attribution, sentence, tokens, tagsQuote: quoteAttributed !== undefined });
        }
      }
      // A speaker a person set is who spoke last, as if the text had named them.
      for (const entry of here) {
        if (entry.attribution.rule === SET_BY_PERSON && entry.attribution.speaker) noteSpeaker(entry.attribution, entry.quote.open, p, { start: entry.quote.open, end: entry.quote.close });
      }
      for (const item of here) inParagraph.push(item);
    });
    // A quotation with no cue continues the speaker of the paragraph, or of the previous one when the
    // paragraph holds nothing but quotation.
    const quoteOnly = layout.quoteOnly[p];
    let readsNext = false;
    let earlier: AttributedQuote | undefined; // the last quote before the entry with a speaker
    for (const entry of inParagraph) {
      if (entry.attribution.speaker || entry.attribution.rule !== 'no cue') {
        if (entry.attribution.speaker) earlier = entry;
        continue;
      }
      const label = transcriptLabel(text, entry.quote, index);
      const last = salience.lastSource;
      const introduced = !label && quoteOnly && p > 0 && /:\s*$/.test(text.slice(paragraphs[p - 1].start, paragraphs[p - 1].end))
        ? introducedByColon(sentences[p - 1][sentences[p - 1].length - 1], p - 1)
        : null;
      const signed = !label && quoteOnly ? signatureIn(p + 1) : null;
      const namedBefore = !label && !signed && (!last || last.paragraph !== p) ? personNamedBefore(entry, p) : null;
      if (label) {
        entry.attribution = label;
      } else if (signed) {
        entry.attribution = signed;
        readsNext = true;
      } else if (namedBefore) {
        entry.attribution = namedBefore;
      } else if (introduced && (!last || last.paragraph < p - 1)) {
        entry.attribution = introduced;
      } else if (earlier && (!last || last.paragraph !== p || last.at < earlier.quote.open || last.at > entry.quote.open)) {
        entry.attribution = { ...earlier.attribution, confidence: Math.min(earlier.attribution.confidence, 0.8), rule: "continues the paragraph's speaker" };
      } else if (last && ((last.paragraph === p && last.at < entry.quote.open) || (quoteOnly && last.paragraph === p - 1))) {
        entry.attribution = {
          ...last.attribution,
          cue: null,
          cueSpan: null,
          confidence: Math.min(last.attribution.confidence, last.paragraph === p ? 0.8 : 0.75),
          rule: last.paragraph === p ? "continues the paragraph's speaker" : 'quote-only paragraph continues the previous speaker',
        };
      }
      if (entry.attribution.speaker) {
        noteSpeaker(entry.attribution, entry.quote.open, p);
        earlier = entry;
      }
    }
    if (identity) {
      const memo: ParagraphMemo = {
        start: paragraphs[p].start,
        // Only a quote-only paragraph reads the one before it (a colon ending it introduces the quotation).
        previous: layout.quoteOnly[p] && p > 0 ? layout.memo!.identities[p - 1] : undefined,
        previousStart: p > 0 ? paragraphs[p - 1].start : 0,
        ...(readsNext ? { next: layout.memo!.identities[p + 1], nextStart: paragraphs[p + 1].start } : {}),
        entityVersion: layout.memo!.entityVersion,
        salienceIn: salienceIn!,
        attributions: inParagraph.map((e) => [e.quote.open, detachedAttribution(e.attribution)]),
        readsEntityList: readsNext || inParagraph.some((e) => e.attribution.rule === TRANSCRIPT_RULE),
        readsRoles: askedForRole,
        resolvedMentions: resolvedMentions.slice(mentionsBefore).map((m) => ({ ...m, text: detached(m.text) })),
        // A sieved paragraph's events are its own, not replayed ones.
        events: (speechEvents.slice(eventsBefore) as SpeechEvent[]).map((e) => {
          const remembered = rememberedEvent(e);
          linkEvent(e, remembered);
          return remembered;
        }),
        salienceOut: rememberSalience(salience, p),
      };
      layout.memo!.memos.set(identity, memo);
    }
  });

  const attributions = new Map<MarkedQuote, Attribution>();
  for (const q of quotes) {
    if (q.depth > 0) attributions.set(q, UNATTRIBUTED('quoted inside another quotation'));
    else attributions.set(q, results.get(q)?.attribution ?? UNATTRIBUTED('no cue'));
  }
  return { attributions, resolvedMentions, speechEvents };
}

/** The longest sentence that may introduce the quotation after it without a cue (`personNamedBefore`). */
export const INTRODUCING_SENTENCE_TOKENS = 14;

/** The attribution a person decided, keeping the cue the text gives (the worksheet lists it). */
function fixedAttribution(fixed: FixedAttribution, automatic: Attribution, index: EntityIndex): Attribution {
  const cueFields = { cue: automatic.cue, cueSpan: automatic.cueSpan };
  const chosen = fixed.notQuotation ? null : fixed.speaker;
  if (!chosen || (!chosen.entityId && !chosen.name)) return { ...UNATTRIBUTED(SET_BY_PERSON), ...cueFields };
  const named = chosen.name?.toLowerCase();
  const entity =
    (chosen.entityId ? index.byId.get(chosen.entityId) : undefined) ?? (named ? index.entities.find((e) => e.name.toLowerCase() === named) : undefined);
  const speaker = entity?.name ?? chosen.name ?? chosen.entityId!;
  return { speaker, entityId: entity?.id ?? null, speakerSpan: null, ...cueFields, confidence: 1, rule: SET_BY_PERSON };
}

/** A paragraph made of quotations and little else (a trailing attribution-free sentence at most). */
export function isQuoteOnly(text: string, paragraph: Span, quotes: readonly Span[]): boolean {
  if (quotes.length === 0) return false; // no letter is inside a quotation
  let inside = 0;
  let letters = 0;
  const cover = new SpanCover(quotes);
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || (code < 128 && !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)))) continue;
    letters++;
    if (cover.inside(i)) inside++;
  }
  return letters > 0 && inside / letters >= 0.9;
}
