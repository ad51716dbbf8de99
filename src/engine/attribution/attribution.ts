/**
 * The attribution sieve's rules for quotation marks: the cue words of a sentence with their speakers, and
 * the tags that attribute a quotation from its own sentence (most certain first). The sieve (sieve.ts)
 * reads the document in order and applies them; quotations with no tag of their own are untaggedQuotes.ts's.
 */
import type { Attribution, FixedAttribution, Span } from '../types';
import type { MarkedQuote } from '../text/quotes';
import { isInitialismPeriod, type Token } from '../text/tokens';
import { cueKindOfLowerCase, DOCUMENT_NOUN, isDateWord, isPluralNoun, isRoleNoun, isTitleAbbreviation, isTitleComplement, isVerbish, lexiconTags, wordFacts } from '../lexicon';
import { isRoleModifier } from '../names/names';
import {
  DETERMINERS, isGroupHead, isPairOfNames, MentionLookup, phrase as phraseSpanning, phraseEndingAt, phraseStartingAt, skipLeftOverAdverbs, skipRightOverAdverbs,
  sourceAfterAccordingTo, type SpeakerPhrase,
} from './speakers';
import { firstStartingAt, SpanCover } from '../text/spans';
import type { CueHit } from './speechEvents';

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
}

export { DOCUMENT_NOUN };

const isRead = (lower: string): boolean => lower === 'read' || lower === 'reads';
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'dubbed', 'dubs', 'labeled', 'labelled', 'branded', 'described', 'describes', 'termed', 'terms']);
/** "called his rival 'scripted'", "described her as a 'disgrace'": verbs that name something in quoted words. */
export const isNamingVerb = (lower: string): boolean => NAMING_VERBS.has(lower);

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
    // `"Come back in winter," she calls from the boat`: to call out words after them is to say them.
    else if (/^(call|calls|called|calling)$/.test(t.lower) && (tokens[k - 1]?.kind === 'quote' || (tokens[k - 2]?.kind === 'quote' && tokens[k - 1].kind === 'word')))
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

/** A quotation with what the sieve decided for it so far. */
export interface AttributedQuote {
  quote: MarkedQuote;
  sentence: Span;
  paragraph: number;
  decision: Decision | null;
  attribution: Attribution;
}

/** Whether the cue candidate at `k` is a cue word (see `findCues`), without reading the speakers around it. */
export function isCueAt(tokens: Token[], k: number, names: MentionLookup): boolean {
  const t = tokens[k];
  if (isAccordingTo(tokens, k)) return true;
  if (names.at(t)) return false; // "Said" inside a name, or a capitalised cue that is part of a title
  const previous = tokens[k - 1];
  // After a determiner or a possessive the word is a noun: "Mueller's report".
  if (previous && /^(the|a|an|his|her|their|its|this|that|['’]s)$/.test(previous.lower) && !/(ed|ing)$/.test(t.lower)) return false;
  // "raised his concerns in writing": how, not a cue.
  if (previous?.lower === 'in' && t.lower === 'writing') return false;
  // "a statement read to the court": read out, not what the writing says.
  if (t.lower === 'read' && /^(to|out|aloud|by)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // "who asked not to be named": a condition of anonymity, not a question.
  if (/^ask(s|ed|ing)?$/.test(t.lower) && tokens[k + 1]?.lower === 'not' && tokens[k + 2]?.lower === 'to') return false;
  // "his attorney offered to have Pagliano appear": an offer to act, not words.
  if (/^offer(s|ed|ing)?$/.test(t.lower) && tokens[k + 1]?.lower === 'to') return false;
  // "The four loopholes he cited are …": a cue that takes a thing as its object, right before "is" or "are", sits in a
  // clause about that thing, which the writer goes on to describe.
  if (OBJECT_CUE.test(t.lower) && BE_FINITE.test(tokens[k + 1]?.lower ?? '')) return false;
  // "known to generations of pupils as 'Mr. B.'": a name people use, not words anyone said.
  if (t.lower === 'known' && tokens.slice(k + 1, k + 7).some((x) => x.lower === 'as')) return false;
  // "Butler added 22 points", "added another goal": a tally, not words.
  if (/^add(s|ed|ing)?$/.test(t.lower) && ADDED_TALLY.test(tokens[k + 1]?.lower ?? '')) return false;
  // "The Orlando attack now ranks": the bare form after a determiner and a name that modifies it is a noun (a
  // verb after a name in the singular takes -s: "the White House says").
  if (isBareForm(t.lower) && modifiedByNameAfterDeterminer(tokens, k)) return false;
  // "The online publication of DNC emails by WikiLeaks": writings followed by who made them are a noun.
  if (/s$/.test(t.lower) && DOCUMENT_NOUN.test(t.lower.slice(0, -1)) && /^(by|from)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // "a host of other challenges", "several reports": a plural after a quantifier is a noun.
  if (previous && /^(other|many|several|few|such|these|those|more|numerous)$/.test(previous.lower) && t.lower !== 'says' && /s$/.test(t.lower)) return false;
  // "Mr. Trump's Twitter attacks.", "After the Paris attacks,": a plural noun after a possessive or a preposition's
  // determiner and a name that modifies it, ending the clause, is a noun too ("Trump's spokesman says." keeps its verb).
  const next = tokens[k + 1];
  const determinerAfterPreposition = DETERMINER.test(tokens[k - 2]?.lower ?? '') && PREPOSITION_BEFORE_SUBJECT.test(tokens[k - 3]?.lower ?? '');
  const compound = previous?.kind === 'word' && previous.capitalized && (/^['’]s$/.test(tokens[k - 2]?.lower ?? '') || determinerAfterPreposition);
  return !(compound && (!next || next.kind === 'punct') && t.lower !== 'says' && isPluralNoun(t.lower));
}

const OBJECT_CUE = /^(cite|describe|highlight|mention|offer|pledge|promise|propose|recommend|tout)(s|d|ed)?$/;
const BE_FINITE = /^(is|are|was|were)$/;
const ADDED_TALLY = /^(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

export const isPastTenseWord = (word: string): boolean => /ed$/.test(word) || lexiconTags(word).includes('PastTense');

const DETERMINER = /^(the|a|an|this|that)$/;
/** Cue words whose past tense is spelt as the bare form ("the Times put it"). */
const PAST_AS_BARE = new Set(['put', 'read', 'quit', 'bet', 'set']);
const isBareForm = (word: string): boolean => !/(s|ing)$/.test(word) && !PAST_AS_BARE.has(word) && !isPastTenseWord(word);

/** Whether one or two capitalised words and a determiner stand before `k` ("the Orlando …", "a White House …"). */
function modifiedByNameAfterDeterminer(tokens: Token[], k: number): boolean {
  // "The Democrats say …": a name in the plural takes the bare form as its verb ("the Critical Threats Project" is a name).
  if (!tokens[k].capitalized && isPluralName(tokens[k - 1])) return false;
  for (let names = 1; names <= 2; names++) {
    const determiner = tokens[k - names - 1];
    if (!tokens.slice(k - names, k).every((t) => t.kind === 'word' && t.capitalized)) return false;
    if (isDeterminerOrPossessive(determiner)) return true;
    // "Blige's upcoming Apple Music show": one word between the determiner or possessive and the name.
    if (determiner?.kind === 'word' && !determiner.capitalized && isDeterminerOrPossessive(tokens[k - names - 2])) return true;
  }
  return false;
}

const isDeterminerOrPossessive = (token: Token | undefined): boolean =>
  token !== undefined && ((token.kind === 'word' && DETERMINER.test(token.lower)) || /^['’]s$/.test(token.text));

/** "Democrats", "the Clintons" (not "the Times", "Kansas"): a capitalised word in the plural. */
const isPluralName = (token: Token | undefined): boolean => {
  if (token?.kind !== 'word' || !token.capitalized || !/[^su]s$/.test(token.lower)) return false;
  const facts = wordFacts(token.text);
  return !facts.endsOrganization && !facts.place;
};

const isPassiveAsk = (tokens: Token[], k: number): boolean =>
  /^ask(ed)?$/.test(tokens[k].lower) && /^(was|were|been|being|is|are|be|get|got|gets)$/.test(tokens[k - 1]?.lower ?? '');

const isAccordingTo = (tokens: Token[], k: number): boolean => tokens[k].lower === 'according' && tokens[k + 1]?.lower === 'to';

/** Cue words of a sentence (quotations collapsed into single tokens). */
export function findCues(tokens: Token[], text: string, names: MentionLookup, candidates: number[] = cueCandidates(tokens)): CueHit[] {
  const hits: CueHit[] = [];
  for (const k of candidates) {
    if (!isCueAt(tokens, k, names)) continue;
    const t = tokens[k];
    const next = tokens[k + 1];
    if (isAccordingTo(tokens, k)) {
      const inverted = sourceAfterAccordingTo(tokens, k + 2, text, names);
      hits.push({ index: k, token: t, text: 'according to', span: { start: t.start, end: next.end }, subject: null, inverted });
      continue;
    }
    const particle = next && (/^(on|for|out|it)$/.test(next.lower) || (next.lower === 'to' && /^point/.test(t.lower)));
    const withParticle = particle && ['call', 'calls', 'called', 'calling', 'point', 'points', 'pointed', 'went'].includes(t.lower);
    hits.push({
      index: k,
      token: t,
      text: withParticle ? `${t.text} ${next.text}` : t.text,
      span: { start: t.start, end: withParticle ? next.end : t.end },
      // "Clinton was asked if she believed …": who was asked did not ask; the one who did is not named here.
      subject: isPassiveAsk(tokens, k) ? null : agreeingSubject(subjectBefore(tokens, k, text, names), t, text),
      // A participle never comes before its speaker: "saying he understood …" names the clause's subject.
      // After a naming verb stands what is named: "called his rival 'scripted'" is no tag naming "his rival".
      // After the cue, "that" opens what was said ("noted that the company offers …"): nobody speaks after it.
      // After "told" stands the one told ("told Fox News: '…'"), never the speaker.
      inverted: /ing$/.test(t.lower) || (NAMING_VERBS.has(t.lower) && !withParticle) || next?.lower === 'that' || isVerbOfTelling(t.lower)
        ? null
        : phraseStartingAt(tokens, k + (withParticle ? 2 : 1), text, names),
    });
  }
  return hits;
}

/**
 * "A slide they carry as they speak to business and political leaders shows that …": people in the plural do not
 * take a verb in -s; they belong to a phrase inside the subject, which is not this one.
 */
function agreeingSubject(subject: SpeakerPhrase | null, cue: Token, text: string): SpeakerPhrase | null {
  if (!subject || subject.kind !== 'group' || !/[^su]s$/.test(cue.lower)) return subject;
  const head = /[\p{L}-]+$/u.exec(text.slice(subject.start, subject.end))?.[0] ?? '';
  return head === head.toLowerCase() && isPluralNoun(head) ? null : subject;
}

/** The subject of the cue at `k`: skips adverbs ("later said"), appositives ("Caddell, a pollster, said") and "who". */
function subjectBefore(tokens: Token[], k: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  // An adverb of manner before a cue that opens what was said ("boldly suggested that", "quietly added, '…'");
  // before one with an object it is the writer's ("openly described her opponent as …").
  const next = tokens[k + 1];
  const contentFollows = next !== undefined && (next.lower === 'that' || next.kind === 'quote' || next.text === ',' || next.text === ':');
  const beforeAdverbs = skipLeftOverAdverbs(tokens, k - 1, contentFollows);
  let j = beforeDashedAside(tokens, beforeAdverbs, text);
  // After an aside, "John Dickey, the chief executive of Ora Media": the appositive before it, as before a comma.
  const asideAfterAppositive = j !== beforeAdverbs && tokens[j]?.text !== ',' && tokens.slice(Math.max(0, j - 12), j).some((t) => t.text === ',');
  // "The campaign on Tuesday responded", "Priebus later Thursday told": a day between the speaker and the cue.
  if (tokens[j]?.kind === 'word' && isDateWord(tokens[j].text) && tokens[j - 1]?.lower === 'on') j = skipLeftOverAdverbs(tokens, j - 2);
  else if (tokens[j]?.kind === 'word' && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[j].lower)) j = skipLeftOverAdverbs(tokens, j - 1);
  j = beforeParenthetical(tokens, j); // Rep. Gwen Moore (D-Wis.) said
  j = beforeReducedRelative(tokens, j); // Treasury modelling released on Monday shows
  // "Theo Grant '25 said": a class year after the name.
  if (tokens[j]?.kind === 'word' && /^\d\d$/.test(tokens[j].text) && /['’]/.test(text[tokens[j].start - 1] ?? '')) j--;
  // "Carson admitted the error but said his campaign …": a verb joined to the clause's own speaks for its subject.
  if (/^(and|but)$/.test(tokens[j]?.lower ?? '') && j > 1 && !/ing$/.test(tokens[k].lower) && (tokens[j - 1].kind === 'word' || tokens[j - 1].text === ',')) {
    // "I laughed and said": the subject right before the joined verb, not the first one of the sentence; "residents
    // held placards and chanted": before the verb and its one-word object.
    const isVerbAt = (at: number): boolean => tokens[at]?.kind === 'word' && !tokens[at].capitalized && isPastTenseWord(tokens[at].lower);
    const verb = isVerbAt(j - 1) ? j - 1 : tokens[j - 1].kind === 'word' && isVerbAt(j - 2) ? j - 2 : -1;
    const nextToVerb = verb > 0 ? phraseEndingAt(tokens, verb - 1, text, names) : null;
    return nextToVerb ?? antecedentOfJoinedRelative(tokens, j, text, names) ?? clauseSubject(tokens, j, text, names);
  }
  if (tokens[j]?.lower === 'who') {
    j--;
    if (tokens[j]?.text === ',') return personBeforeRelative(tokens, j - 1, text, names);
  } else if (tokens[j]?.text === ',' || asideAfterAppositive) {
    if (asideAfterAppositive) j++; // as if a comma stood after the appositive
    const named = nameAfterDescription(tokens, j, text, names);
    if (named) return named;
    // "The department, in a statement, said": an aside of how or where stands between the speaker and the cue.
    const aside = circumstanceBefore(tokens, j);
    if (aside > 0) {
      const before = phraseEndingAt(tokens, aside - 1, text, names);
      if (before && !names.isPlace(before) && before.kind !== 'first-person') return before;
    }
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
      // A description of a person ("A former pharmacist at MedRite, one of …, says") speaks as a name does.
      const person = before?.kind === 'description' && before.head !== undefined && isRoleNoun(before.head);
      if (person) {
        // …unless it is itself an appositive: "Dean, a former party chairman, poked at …, tweeting".
        const opening = firstStartingAt(tokens, before.start) - 1;
        const named = tokens[opening]?.text === ',' ? phraseEndingAt(tokens, opening - 1, text, names) : null;
        if (named?.kind === 'name') return named;
      }
      // "The study, published Wednesday in Nature, found that …": a participle sets off what the study is.
      const participle = tokens[a + 1]?.kind === 'word' && !tokens[a + 1].capitalized && /ed$/.test(tokens[a + 1].lower);
      const relative = /^(which|who|that)$/.test(tokens[a + 1]?.lower ?? '') || participle;
      if (before && !names.isPlace(before) && (before.kind !== 'description' || person || relative)) return before;
    }
    return null;
  }
  return phraseEndingAt(tokens, j, text, names);
}

/** Participles that tell which writing or which people: "modelling released on Monday", "documents obtained by the AP". */
const REDUCED_RELATIVE = /^(released|published|issued|obtained|reviewed|seen|conducted|commissioned|briefed|filed|posted|interviewed|surveyed|polled)$/;

/** Verbs of telling: after them stands the one told ("told Fox News: …"), who is not the one who speaks. */
export const isVerbOfTelling = (lower: string): boolean => /^(tell|tells|told|telling)$/.test(lower);

/** Verbs of talking to someone: "a source speaking to Fox News", "officials who spoke with the Post". */
const SPOKE_TO = /^(speaking|talking|spoke|talked)$/;

/**
 * "Treasury modelling released on Monday shows …", "Documents obtained by the AP show …": the noun before a participle
 * and its phrase (up to six words) is the subject; the index of its last word, else `j` unchanged.
 */
function beforeReducedRelative(tokens: Token[], j: number): number {
  for (let k = j; k >= Math.max(1, j - 6); k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return j;
    if (!t.capitalized && REDUCED_RELATIVE.test(t.lower) && /^(on|in|by|at|last|this|earlier|to|since|for)$/.test(tokens[k + 1].lower)) {
      return tokens[k - 1].kind === 'word' ? k - 1 : j;
    }
    // "Another intelligence source speaking to Fox News said", "officials who spoke with The Huffington Post said":
    // to whom they spoke is not who speaks.
    if (!t.capitalized && SPOKE_TO.test(t.lower) && /^(to|with)$/.test(tokens[k + 1].lower)) {
      // The participle follows its noun; the past tense follows "who" after it.
      const head = /ing$/.test(t.lower) ? k - 1 : tokens[k - 1]?.lower === 'who' ? k - 2 : -1;
      return head >= 0 && tokens[head].kind === 'word' ? head : j;
    }
  }
  return j;
}

/** The comma that opens ", in a statement," or ", on Tuesday," ending at the comma tokens[j]; -1 when none. */
function circumstanceBefore(tokens: Token[], j: number): number {
  for (let c = j - 2; c >= Math.max(1, j - 8); c--) {
    if (tokens[c].kind === 'quote') return -1;
    if (tokens[c].text !== ',') continue;
    return /^(in|on|at|during|via|through|after|before|speaking|writing)$/.test(tokens[c + 1]?.lower ?? '') ? c : -1;
  }
  return -1;
}

/**
 * "Senator Jeff Flake, Republican of Arizona, who echoed …": who a relative clause after a comma speaks for, the
 * phrase ending at `end`; past a place that ends an appositive, the name before the appositive.
 */
function personBeforeRelative(tokens: Token[], end: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  const phrase = phraseEndingAt(tokens, end, text, names);
  if (!phrase || !names.isPlace(phrase)) return phrase;
  for (let a = end - 1; a >= Math.max(0, end - 8); a--) {
    if (tokens[a].kind === 'quote') break;
    if (tokens[a].text !== ',') continue;
    const before = phraseEndingAt(tokens, a - 1, text, names);
    return before && before.kind === 'name' && !names.isPlace(before) ? before : phrase;
  }
  return phrase;
}

/**
 * "demonstrators here, who have taken to the streets and called for …": a verb joined to a relative clause's own
 * speaks for what "who" stands for. `and` is the index of the joining word; null when no "who" opens the clause.
 */
function antecedentOfJoinedRelative(tokens: Token[], and: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  for (let w = and - 2; w >= Math.max(1, and - 12); w--) {
    const t = tokens[w];
    if (t.kind !== 'word') return null;
    if (t.lower !== 'who') continue;
    let end = tokens[w - 1].text === ',' ? w - 2 : w - 1;
    if (tokens[end]?.kind === 'word' && /^(here|there|nationwide|too)$/.test(tokens[end].lower)) end--; // "demonstrators here, who"
    return end >= 0 ? personBeforeRelative(tokens, end, text, names) : null;
  }
  return null;
}

/** When tokens[j] closes a short parenthesis ("(D-Wis.)"), the token before it opens; `j` otherwise. */
function beforeParenthetical(tokens: Token[], j: number): number {
  if (tokens[j]?.text !== ')') return j;
  const open = tokens.slice(Math.max(0, j - 8), j).map((t) => t.text).lastIndexOf('(');
  return open >= 0 ? Math.max(0, j - 8) + open - 1 : j;
}

const isDash = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && /^[—–]$/.test(t.text);

/**
 * "John Dickey, the chief executive of Ora Media -- the company that owns …, which is … -- told me": when the
 * text before the cue ends an aside between two dashes, the token before the aside (`j` itself otherwise).
 */
function beforeDashedAside(tokens: Token[], j: number, text: string): number {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next) return j;
  if (!isDash(t) && !/(?:--|[—–])\s*$/.test(text.slice(t.end, next.start))) return j;
  const end = isDash(t) ? t.start : t.end;
  for (let a = j - 1; a >= Math.max(0, j - 40); a--) {
    const gap = text.slice(tokens[a].end, tokens[a + 1].start);
    if (/(?:--|[—–])/.test(gap) && tokens[a + 1].start < end) return a;
    if (isDash(tokens[a])) return a - 1;
    if (tokens[a].kind === 'quote' || endsClause(tokens, a)) break;
  }
  return j;
}

/**
 * `The Conservative group leader, Cllr Martin Hughes, said`, `Her coach, Peter Rono, said`: a person's
 * name set off by commas after a description is the speaker. `comma` is the comma before the cue.
 */
function nameAfterDescription(tokens: Token[], comma: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  // "…, state Del. Marcia Price (D-Newport News), said": the party and place after the name.
  const inner = phraseEndingAt(tokens, beforeParenthetical(tokens, comma - 1), text, names);
  if (inner?.kind !== 'name' || !inner.mention || (names.typeOf(inner.mention) ?? 'person') !== 'person') return null;
  // The comma before the name, or before the title that opens it ("…, state Del. Marcia Price, said").
  let before = indexAfter(tokens, inner.start) - 1;
  for (let title = 0; title < 4 && tokens[before] && tokens[before].text !== ','; title++, before--) {
    const t = tokens[before];
    const titleWord = isTitleAbbreviation(t.text) || isRoleNoun(t.lower) || isTitleComplement(t.lower) || isRoleModifier(t);
    if (!(t.text === '.' || (t.kind === 'word' && titleWord))) return null;
  }
  if (tokens[before]?.text !== ',') return null;
  const outer = phraseEndingAt(tokens, before - 1, text, names);
  return !outer || outer.kind === 'description' || outer.kind === 'role' ? inner : null;
}

/** The index of the first token starting at or after `offset` (tokens are in order). */
export const indexAfter = (tokens: Token[], offset: number): number => firstStartingAt(tokens, offset);

/**
 * `"…," Lavrov said`, `"…," said Lavrov`, `"…," Tulsa police Chief Chuck Jordan said Monday`, and the
 * byline form `"…" ― Pamela Padilla`: the tag right after the quotation.
 */
export function trailingTag(tokens: Token[], qi: number, cues: CueHit[], text: string, names: MentionLookup): Decision | null {
  let j = qi + 1;
  let dashed = false;
  while (j < tokens.length && tokens[j].kind === 'punct' && /[,—–―\-(]/.test(tokens[j].text)) {
    if (/[—–―\-]/.test(tokens[j].text)) dashed = true;
    j++;
  }
  if (j >= tokens.length || tokens[j].kind !== 'word') return null;
  // `Baker said: "We are ready." Ortiz said nothing.`: a quotation its tag introduces with a colon, ending its
  // sentence, is not tagged again by the next one.
  if (j === qi + 1 && /[.!?]["”’»']*$/.test(tokens[qi].text) && tokens[qi - 1]?.text === ':' && cues.some((c) => c.index < qi && c.subject)) return null;
  // "“That makes me smart,” when Clinton blasted him": a clause of time or reason after the quotation is no tag.
  if (/^(when|after|before|while|because|since|until|although|though|if)$/.test(tokens[j].lower)) return null;
  // "tweeted" may also stand between a speaker and a cue; right after the quotation it is the cue.
  const first = cues.find((c) => c.index === j) ?? cues.find((c) => c.index === skipRightOverAdverbs(tokens, j));
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
    if ((t.kind === 'quote' && !nickname) || endsClause(tokens, k)) break;
    const cue = cues.find((c) => c.index === k);
    if (!cue) continue;
    // "describing as “unhinged” a Donald Trump tweet attacking …": a participle after a noun is no tag ("is saying" is).
    const participle = /ing$/.test(cue.token.lower) && !/^(is|are|was|were|be|been|am)$/.test(tokens[k - 1]?.lower ?? '');
    // "“anybodybuttrump.us,” a website linked to a group called the “…”": a naming verb names, it tags nothing.
    if (NAMING_VERBS.has(cue.token.lower) && (tokens[k + 1]?.kind === 'quote' || DETERMINERS.has(tokens[k + 1]?.lower ?? ''))) break;
    if (cue.subject && cue.subject.start >= tokens[j].start && !participle) return { phrase: cue.subject, cue, confidence: 0.95, rule: 'trailing tag (speaker, cue)' };
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

/**
 * Whether the token at `k` is a stop that ends the tag: not the period of a title abbreviation ("Del."), nor one
 * of the periods inside an initialism ("N.C.", which are tokens of their own after the word).
 */
function endsClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'punct' || !/[.!?;:]/.test(t.text) || isInitialismPeriod(tokens, k)) return false;
  return !/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '');
}

/**
 * "…, including the former candidate Mitt Romney -- '…' -- and …": a person named right before a dash that opens
 * the quotation, in a sentence whose cue came earlier.
 */
function personBeforeDash(tokens: Token[], qi: number, cues: CueHit[], text: string, names: MentionLookup): SpeakerPhrase | null {
  const dashToken = isDash(tokens[qi - 1]);
  const word = dashToken ? qi - 2 : qi - 1;
  if (!tokens[word] || tokens[word].kind !== 'word') return null;
  if (!dashToken && !/^\s*--\s*$/.test(text.slice(tokens[word].end, tokens[qi].start))) return null;
  if (!cues.some((c) => c.index < word)) return null;
  const phrase = phraseEndingAt(tokens, word, text, names);
  return phrase?.kind === 'name' && phrase.mention && names.typeOf(phrase.mention) === 'person' ? phrase : null;
}

/** `Lavrov told Pompeo, "…"`, `Pompeo said the two spoke about "…"`: the last cue before the quotation in its sentence. */
export function leadingTag(tokens: Token[], qi: number, cues: CueHit[], text: string, names: MentionLookup): Decision | null {
  const dashed = personBeforeDash(tokens, qi, cues, text, names);
  if (dashed) return { phrase: dashed, cue: null, confidence: 0.8, rule: 'a name and a dash before the quotation' };
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
  const participle = participleSpeaker(tokens, last, cues, text, names);
  return participle && { phrase: participle.phrase, cue: last, confidence: participle.confidence, rule: participle.rule };
}

/**
 * Who speaks through a cue with no subject of its own: "…, adding that …" speaks for the subject of an earlier cue
 * in the sentence; "Mr. Trump …, asserting, '…'" and "Trump attacked Clinton, saying '…'" for the sentence's subject.
 */
export function participleSpeaker(
  tokens: Token[],
  cue: CueHit,
  cues: CueHit[],
  text: string,
  names: MentionLookup,
): { phrase: SpeakerPhrase; confidence: number; rule: string } | null {
  const main = cues.filter((c) => c.index < cue.index && c.subject).pop();
  if (main?.subject) return { phrase: main.subject, confidence: 0.8, rule: 'participle cue (main clause subject)' };
  if (!/ing$/.test(cue.token.lower)) return null;
  const subject = clauseSubject(tokens, cue.index, text, names);
  return subject && { phrase: subject, confidence: 0.7, rule: 'participle cue (sentence subject)' };
}

/** `Loretta Lynch: 'Be the voice…'`: a name and a colon right before the quotation, with no cue. */
export function labelBefore(tokens: Token[], qi: number, text: string, names: MentionLookup): Decision | null {
  if (tokens[qi - 1]?.text !== ':') return null;
  // "Smith was asked: 'Will you resign?'": the question is the asker's, and the asker is not named.
  if (tokens[qi - 2]?.kind === 'word' && isPassiveAsk(tokens, qi - 2)) return { phrase: null, cue: null, confidence: 0, rule: 'a question put to the person named' };
  const phrase = phraseEndingAt(tokens, qi - 2, text, names);
  // "Priebus told Fox News: '…'", "delivered a blunt message to Trump: '…'": the one told is not the one who speaks.
  const told = phrase && (isVerbOfTelling(tokens[firstStartingAt(tokens, phrase.start) - 1]?.lower ?? '') ||
    isPrepositionObject(tokens, firstStartingAt(tokens, phrase.start)));
  if (phrase && !told && (phrase.kind === 'name' || isPairOfNames(phrase))) return { phrase, cue: null, confidence: 0.75, rule: 'name and colon before the quotation' };
  // "…so erratically that I had to change my answer: '…'": the narrator's words, not the main clause's subject's.
  const narrator = firstPersonAfterThat(tokens, qi - 1, text, names);
  if (narrator) return { phrase: narrator, cue: null, confidence: 0.65, rule: 'subject of the clause the colon closes' };
  // "he returned to his familiar lines: '…'": the clause's subject introduces the quotation.
  const subject = clauseSubject(tokens, qi - 1, text, names);
  return subject ? { phrase: subject, cue: null, confidence: 0.65, rule: 'subject of the clause the colon closes' } : null;
}

/** The most words a line's speaker label may have before its colon ("Sen. Elizabeth Warren:"). */
const LINE_LABEL_TOKENS = 6;

/**
 * `Sanders: Clinton needs to 'get away from all of this personality stuff'`: a name and a colon opening the
 * sentence label all of it as the named one's words, whatever verbs stand after the colon ("Hillary Asking …").
 * The colon's index and the name, or null.
 */
export function lineLabel(tokens: Token[], text: string, names: MentionLookup): { colon: number; phrase: SpeakerPhrase } | null {
  let colon = 0;
  while (colon < LINE_LABEL_TOKENS && colon < tokens.length && (tokens[colon].kind === 'word' || tokens[colon].text === '.')) colon++;
  if (colon < 1 || tokens[colon]?.text !== ':' || !tokens.slice(colon + 1).some((t) => t.kind === 'quote')) return null;
  if (!tokens.slice(0, colon).every((t) => t.kind !== 'word' || t.capitalized)) return null;
  const phrase = phraseEndingAt(tokens, colon - 1, text, names);
  // One word before the name may be a first name read as a word ("Rush Limbaugh:"); more is a phrase of its own.
  if (!phrase || (tokens[1]?.start ?? -1) < phrase.start || !(phrase.kind === 'name' || isPairOfNames(phrase))) return null;
  return { colon, phrase };
}

/** `'We moved too slowly': the mayor on the flood`: a headline quotation, a colon and who said it. */
export function labelAfter(tokens: Token[], qi: number, text: string, names: MentionLookup): Decision | null {
  if (tokens[qi + 1]?.text !== ':') return null;
  const phrase = phraseStartingAt(tokens, qi + 2, text, names) ?? capitalisedRoleAt(tokens, qi + 2, text);
  if (!phrase || phrase.kind === 'group' || phrase.kind === 'pronoun' || phrase.kind === 'first-person') return null;
  return { phrase, cue: null, confidence: 0.7, rule: 'headline quotation and colon before its speaker' };
}

/**
 * `'Farmers need water': Agriculture Minister`: a headline's capitalised words that end in a role noun, with nothing
 * after them but the line's end or a preposition ("PM at summit"), are the role that speaks.
 */
function capitalisedRoleAt(tokens: Token[], from: number, text: string): SpeakerPhrase | null {
  let to = from;
  while (to < tokens.length && to - from < 4 && tokens[to].kind === 'word' && tokens[to].capitalized) to++;
  const last = tokens[to - 1];
  if (to === from || !isRoleNoun(last.lower)) return null;
  const next = tokens[to];
  if (next && !(next.kind === 'word' && /^(at|on|in|after|before|ahead|over|as)$/.test(next.lower))) return null;
  return phraseSpanning(tokens, from, to - 1, text, 'role', { head: last.lower });
}

/**
 * Whether the phrase starting at tokens[start] is a preposition's object: "to Trump", "to the Dutch newspaper NRC
 * Handelsblad", "on CNN" (up to four words that are no verbs between).
 */
function isPrepositionObject(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    // "A lesson from Loretta Lynch: '…'": from whom, or by whom, is who speaks.
    if (/^(from|by)$/.test(t.lower)) return false;
    if (PREPOSITION_BEFORE_SUBJECT.test(t.lower)) return true;
    if (!DETERMINERS.has(t.lower) && isVerbish(t.lower)) return false;
  }
  return false;
}

const PREPOSITION_BEFORE_SUBJECT = /^(?:in|on|at|during|of|for|with|to|from|by|about|after|before|against|like|than|over|under|as)$/;

/** "I" or "we" opening the last "that" clause before `limit` in the sentence, or null. */
function firstPersonAfterThat(tokens: Token[], limit: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  for (let k = limit - 2; k >= 0 && tokens[k].kind !== 'quote'; k--) {
    if (tokens[k].lower !== 'that') continue;
    const subject = phraseStartingAt(tokens, k + 1, text, names);
    return subject?.kind === 'first-person' ? subject : null;
  }
  return null;
}

/** The first name, pronoun or description before `limit` that is not inside a prepositional phrase. */
export function clauseSubject(tokens: Token[], limit: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  // "With Democratic leaders worried about Hillary Clinton, President Obama is …": the main clause, after the comma.
  // …and "Seeking a fourth term as prime minister, Netanyahu rallied …": a participle opening the sentence.
  const opening = /^(with|as|after|while|when|although|though|if|because|since|despite|amid|before)$/.test(tokens[0]?.lower ?? '') ||
    (tokens[0]?.kind === 'word' && tokens[0].capitalized && /[a-z]ing$/.test(tokens[0].lower) && tokens[1]?.kind === 'word' && !tokens[1].capitalized);
  const comma = opening ? tokens.findIndex((t, k) => k < limit && t.text === ',') : -1;
  for (let k = Math.max(comma + 1, datelineEnd(tokens)); k < limit; k++) {
    if (tokens[k].kind === 'quote') return null;
    if (tokens[k].kind !== 'word') continue;
    const subject = phraseStartingAt(tokens, k, text, names);
    if (!subject || subject.kind === 'group' || subject.kind === 'first-person' || names.isPlace(subject)) continue;
    if (subject.mention && subject.mention.start < tokens[k].start) continue; // the middle of a name met earlier
    // "at the LNP function", "in Brisbane": a name inside a prepositional phrase is no subject.
    const before = /^(the|a|an)$/.test(tokens[k - 1]?.lower ?? '') ? tokens[k - 2] : tokens[k - 1];
    // "told Fox News: …": the one told is no subject either.
    if (PREPOSITION_BEFORE_SUBJECT.test(before?.lower ?? '') || isVerbOfTelling(before?.lower ?? '')) continue;
    // "Scott's relatives, including his wife, … said": people who belong to a person are not that person.
    const possessive = subject.kind === 'name' ? firstStartingAt(tokens, subject.end) : -1;
    if (possessive > 0 && possessesPeople(tokens, possessive)) return phraseSpanning(tokens, k, possessive + 1, text, 'group');
    return subject;
  }
  return null;
}

/** Whether tokens[k] is a possessive "'s" before people in the plural ("Scott's relatives", "her aides'"). */
function possessesPeople(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return /^['’]s$/.test(tokens[k]?.text ?? '') && next?.kind === 'word' && !next.capitalized && isPluralNoun(next.lower) && isGroupHead(next.lower);
}

/**
 * Where the sentence starts after a wire dateline ("ORLANDO, Fla. (Reuters) - ", "WASHINGTON — "): the place in
 * capitals and what follows it up to the dash is where the story was filed, never the clause's subject. 0 when none.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first || first.kind !== 'word' || first.text.length < 3 || first.text !== first.text.toUpperCase() || !/\p{Lu}/u.test(first.text)) return 0;
  for (let k = 1; k < Math.min(tokens.length - 1, 12); k++) {
    if (tokens[k].kind === 'quote') return 0;
    if (tokens[k].kind === 'punct' && /^[-—–]$/.test(tokens[k].text)) return tokens[k + 1].kind === 'word' && tokens[k + 1].capitalized ? k + 1 : 0;
  }
  return 0;
}

/** The longest sentence that may introduce the quotation after it without a cue (`personNamedBefore`). */
export const INTRODUCING_SENTENCE_TOKENS = 14;

/** "12:34 p.m. PT — ", "09.15 — ": the time that opens a live blog's entry stands outside its quotation. */
const LIVE_BLOG_TIME = /^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?\s*[—–-]\s*/u;

/** A paragraph made of quotations and little else (a trailing attribution-free sentence at most). */
export function isQuoteOnly(text: string, paragraph: Span, quotes: readonly Span[]): boolean {
  if (quotes.length === 0) return false; // no letter is inside a quotation
  let inside = 0;
  let letters = 0;
  const cover = new SpanCover(quotes);
  const stamp = LIVE_BLOG_TIME.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 40)));
  for (let i = paragraph.start + (stamp?.[0].length ?? 0); i < paragraph.end; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || (code < 128 && !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)))) continue;
    letters++;
    if (cover.inside(i)) inside++;
  }
  return letters > 0 && inside / letters >= 0.9;
}
