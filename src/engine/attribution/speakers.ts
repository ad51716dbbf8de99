/**
 * Speaker phrases next to a cue word: a name, a pronoun, a role noun ("the secretary"), an unnamed source
 * ("a senior official"), or a group ("both of the diplomats") that is nobody in particular.
 */
import type { EntityType, Span } from '../types';
import { isInitialismPeriod, type Token } from '../text/tokens';
import type { MentionDraft } from '../names/entities';
import { firstStartingAt } from '../text/spans';
import {
  DOCUMENT_NOUN, isDemonym, isHonorific, isKnownPersonName, isPluralNoun, isRoleNoun, isSourceNoun, isTitleAbbreviation, isVerbish, lexiconTags, VERBISH,
} from '../lexicon';

const isDemonymPlural = (t: Token): boolean => t.capitalized && /s$/.test(t.lower) && isDemonym(t.lower.slice(0, -1));

export type SpeakerPhraseKind = 'name' | 'pronoun' | 'role' | 'description' | 'group' | 'first-person';

export interface SpeakerPhrase extends Span {
  text: string;
  kind: SpeakerPhraseKind;
  /** For names: the mention. */
  mention?: MentionDraft;
  /** For role nouns: the head ("secretary"). For pronouns: the pronoun. */
  head?: string;
}

/** Words that may stand between a speaker and the cue: "Pompeo later said", "he has also noted". */
export const BETWEEN_SPEAKER_AND_CUE = new Set([
  'later', 'also', 'then', 'again', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'did', 'does', 'do', 'previously',
  'repeatedly', 'recently', 'publicly', 'privately', 'further', 'once', 'quickly', 'simply', 'separately', 'reportedly',
  'first', 'finally', 'never', 'already', 'often', 'frequently', 'subsequently', 'immediately', 'earlier', 'just', 'even',
  'still', 'flatly', 'bluntly', 'angrily', 'recently', 'initially', 'previously', 'confidently', 'emphatically', 'told',
  'famously', 'falsely', 'correctly', 'wrongly', 'openly', 'tweeted', 'jokingly', 'sarcastically', 'proudly', 'somewhat',
  // "Ford itself said", "the mayor herself said".
  'itself', 'himself', 'herself', 'themselves',
]);
/** The period of a name's suffix ("Joseph Biden Jr. said", "Acme Inc., which said"): the phrase ends at the word. */
const NAME_SUFFIX = /^(jr|sr|inc|co|corp|ltd|bros|esq)$/i;
/** A Map, not an object: a word such as "constructor" must not find Object's own members. */
export const PRONOUNS: ReadonlyMap<string, SpeakerPhraseKind> = new Map([
  ['he', 'pronoun'], ['she', 'pronoun'], ['it', 'pronoun'], ['they', 'group'], ['we', 'group'], ['i', 'first-person'], ['you', 'first-person'],
]);
export const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'one', 'two', 'three', 'several', 'many', 'other', 'another', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'both', 'all', 'each', 'most', 'few']);
/** "one of his aides", "one of the crew": one unnamed person out of a group. */
const ONE_OF = /^one of\b/i;
export const GROUP_STARTS = /^(both|all|each|the two|the three|the pair|the leaders|the men|the women|the officials|the diplomats|the candidates|the two men)\b/i;
/** Collective nouns that stand for several people: "his staff said" is nobody in particular. */
const COLLECTIVE_HEADS = new Set(['staff', 'crew', 'crowd', 'crowds', 'public', 'audience', 'family', 'children', 'people', 'men', 'women', 'folk']);
const SINGULAR_IN_S = /(ss|us|is|news|series|headquarters|politics)$/;

/**
 * Whether a description's head noun is plural ("residents", "several members", "heart specialists") or
 * collective: a group of people, which is no single speaker.
 */
export function isGroupHead(head: string): boolean {
  if (COLLECTIVE_HEADS.has(head)) return true;
  // "fishermen", "congressmen", "women": a plural in -men of a word for a person in -man.
  if (head.endsWith('men') && isRoleNoun(`${head.slice(0, -3)}man`)) return true;
  if (head === 'police' || !/s$/.test(head) || SINGULAR_IN_S.test(head)) return false;
  const singular = singularOf(head);
  if (DOCUMENT_NOUN.test(singular) || WRITINGS.test(singular)) return false; // "signs read", "records show"
  return isPluralNoun(head) || isRoleNoun(singular) || isSourceNoun(singular) || PEOPLE_SUFFIX.test(head) || lexiconTags(singular).includes('Singular');
}
const WRITINGS = /^(poll|survey|record|document|study|datum|figure|number|statistic|result|finding|paper|analysis|audit|review|estimate|tally|count|forecast|projection)$/;
/** A writing that speaks for whoever made it: "a statement from …", "a survey by …". */
const isWriting = (noun: string): boolean => DOCUMENT_NOUN.test(noun) || WRITINGS.test(noun);
/** The noun phrase from `from` to `index` as written ("the port authority"), a description of no one in particular. */
const objectPhrase = (tokens: Token[], from: number, index: number, text: string): SpeakerPhrase =>
  phrase(tokens, from, index, text, 'description', { head: tokens[index].lower });
const singularOf = (noun: string): string => noun.replace(/ies$/, 'y').replace(/(ch|sh|x)es$/, '$1').replace(/s$/, '');

/** Whether a source's head noun is a count or a record ("polls", "the numbers", "a survey"): it reports, never speaks. */
export function isRecordHead(head: string): boolean {
  return WRITINGS.test(SINGULAR_IN_S.test(head) ? head : singularOf(head));
}
/** Plurals of words for people the lexicon may not know: demonstrators, specialists, commuters. */
const PEOPLE_SUFFIX = /(ers|ors|ists|ians|ants|ents|ees)$/;

export { VERBISH };

export class MentionLookup {
  private readonly sorted: MentionDraft[];
  /** The furthest end of the mentions up to each index: no mention before it reaches further. */
  private readonly reach: number[];
  /** `typeOf` tells people from places and organizations (null: not known), for names inside longer phrases. */
  constructor(mentions: MentionDraft[], readonly typeOf: (m: MentionDraft) => EntityType | null = () => null) {
    this.sorted = [...mentions].sort((a, b) => a.start - b.start);
    let reach = -1;
    this.reach = this.sorted.map((m) => (reach = Math.max(reach, m.end)));
  }
  /**
   * The name mention that covers `token`, if any; of several that do ("Democratic" inside "longtime
   * Democratic pollster Pat Caddell"), the longest, the first of equals. Mentions overlap, so a search by
   * start alone could miss the one that covers the token; every mention that reaches the token is read.
   */
  at(token: Span): MentionDraft | undefined {
    // The first mention starting at or after the token's end; candidates lie before it.
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < token.end) lo = mid + 1;
      else hi = mid;
    }
    let best: MentionDraft | undefined;
    for (let i = lo - 1; i >= 0 && this.reach[i] > token.start; i--) {
      const m = this.sorted[i];
      if (m.end > token.start && (!best || m.end - m.start >= best.end - best.start)) best = m;
    }
    return best;
  }

  /** Whether the phrase names a place: places rarely speak except as governments ("Russia said"). */
  isPlace(phrase: SpeakerPhrase): boolean {
    return phrase.kind === 'name' && phrase.mention !== undefined && this.typeOf(phrase.mention) === 'place';
  }

  /** Mentions whose start lies in [from, to). */
  between(from: number, to: number): MentionDraft[] {
    const result: MentionDraft[] = [];
    for (let i = firstStartingAt(this.sorted, from); i < this.sorted.length && this.sorted[i].start < to; i++) result.push(this.sorted[i]);
    return result;
  }
}

function isNounPhraseWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.capitalized || /^['’]s$/i.test(t.text)) return true;
  if (DETERMINERS.has(t.lower)) return false;
  return !isVerbish(t.lower) || isRoleNoun(t.lower) || isSourceNoun(t.lower);
}

/** Words that join a clause to what came before: "But critics say", "While aides said" speak through "critics", "aides". */
const LEADING_CONNECTIVE = /^(but|and|yet|while|though|although|even|when|after|so|still|now|meanwhile)$/;
const TRAILING_FUNCTION_WORD = /^(for|to|of|at|in|on|with|by|from|about|the|a|an|and|or)$/;

/** The speaker phrase of tokens[from..to] (both included), without a leading connective or a trailing function word. */
export function phrase(
  tokens: Token[], from: number, to: number, text: string, kind: SpeakerPhraseKind, extra: Partial<SpeakerPhrase> = {},
): SpeakerPhrase {
  while (from < to && tokens[from].kind === 'word' && LEADING_CONNECTIVE.test(tokens[from].lower)) from++;
  // "according to the network for …": a preposition or article the phrase ran into is not part of it.
  while (to > from && tokens[to].kind === 'word' && TRAILING_FUNCTION_WORD.test(tokens[to].lower)) to--;
  const start = tokens[from].start;
  const end = tokens[to].end;
  return { start, end, text: text.slice(start, end).replace(/\s+/g, ' '), kind, ...extra };
}

/**
 * The speaker phrase that ends at tokens[index] (the subject before a cue), or null. "A senior aide to
 * the committee" and "a spokesman for Clinton" are the aide and the spokesman, not what follows them.
 */
export function phraseEndingAt(tokens: Token[], at: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  const suffix = tokens[at - 1];
  const index = tokens[at]?.text === '.' && suffix?.kind === 'word' && suffix.end === tokens[at].start && NAME_SUFFIX.test(suffix.text) ? at - 1 : at;
  const phrase = simplePhraseEndingAt(tokens, index, text, names);
  // "a spokeswoman for the local residents' association said": the object need not be a speaker phrase.
  let from = phrase ? tokens.findIndex((t) => t.start >= phrase.start) : objectStart(tokens, index);
  // "a source close to the pair said", "people familiar with the matter said": an unnamed source and what they know.
  const linkAt = from - 1 - sourceLinkLength(tokens, from - 1);
  if (linkAt < from - 1) {
    const holder = simplePhraseEndingAt(tokens, linkAt, text, names);
    if (holder && (holder.kind === 'description' || holder.kind === 'group') && holder.head && isSourceNoun(holder.head.replace(/s$/, ''))) {
      return { ...holder, end: tokens[index].end, text: text.slice(holder.start, tokens[index].end) };
    }
  }
  if (phrase?.kind === 'pronoun' || phrase?.kind === 'group') return phrase;
  // "with the Port Authority": a name's article stands between it and the preposition.
  if (phrase?.kind === 'name' && /^(the|a|an)$/.test(tokens[from - 1]?.lower ?? '')) from--;
  const preposition = tokens[from - 1];
  if (from <= index && preposition?.kind === 'word' && /^(to|of|for|at|with|from|in|by)$/.test(preposition.lower)) {
    const holder = simplePhraseEndingAt(tokens, from - 2, text, names);
    // "Sam Ward with the Port Authority says": the person, not the organization they are with.
    if (holder?.kind === 'name' && holder.mention && phrase?.kind === 'name' && phrase.mention && /^(with|of|at|from|for)$/.test(preposition.lower)) {
      if (names.typeOf(holder.mention) === 'person' && names.typeOf(phrase.mention) !== 'person') return holder;
      // "Anne Moir of Portnessock said": a person named in full, then one word for where they are from.
      if (names.typeOf(holder.mention) === 'person' && /\s/.test(holder.text) && !/\s/.test(phrase.text) && preposition.lower !== 'with') return holder;
    }
    const heldBy = holder && (holder.kind === 'description' || holder.kind === 'role' || holder.kind === 'group') && holder.head;
    // "members of the congregation", "fans of the rival club": a group of something is a group.
    const ofPerson = phrase?.kind === 'name' && phrase.mention !== undefined && names.typeOf(phrase.mention) === 'person';
    const groupOf = holder?.kind === 'group' && preposition.lower === 'of' && !ofPerson;
    // "the 34-year-old mother of three": a count after a role noun says whose children, not who speaks.
    const ofCount = preposition.lower === 'of' && /^(\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[index].lower) && from === index;
    // "a nurse at the hospital said", "a former pharmacist at MedRite": a person where they work.
    const roleAt = holder?.kind === 'description' && /^(at|with|for|from)$/.test(preposition.lower) && isRoleNoun(holder.head ?? '');
    if (heldBy && (isSourceNoun(holder.head!) || groupOf || roleAt || (ofCount && isRoleNoun(holder.head!)) || (holder.kind === 'group' && isSourceNoun(holder.head!.replace(/s$/, ''))))) {
      // "A spokeswoman for the Department of Health": the institution is itself what someone speaks for.
      const outerFrom = preposition.lower === 'of' ? firstStartingAt(tokens, holder.start) : -1;
      const outer = outerFrom > 1 && /^(for|with|at|from)$/.test(tokens[outerFrom - 1].lower) ? simplePhraseEndingAt(tokens, outerFrom - 2, text, names) : null;
      const speaksFor = outer?.kind === 'description' && outer.head !== undefined && (isSourceNoun(outer.head) || isRoleNoun(outer.head));
      const speaker = speaksFor ? outer : holder;
      // "A statement from the transit agency said": the agency, as written.
      if (!speaksFor && /^(from|by)$/.test(preposition.lower) && isWriting(holder.head ?? '')) return phrase ?? objectPhrase(tokens, from, index, text);
      // "an article in New York magazine by Gabriel Sherman": the person who wrote it.
      if (phrase?.kind === 'name' && phrase.mention && preposition.lower === 'by' && names.typeOf(phrase.mention) === 'person') return phrase;
      return { ...speaker, end: tokens[index].end, text: text.slice(speaker.start, tokens[index].end) };
    }
  }
  return phrase;
}

/**
 * How many words end at `at` that link an unnamed source to what they know: "close to", "familiar with", "briefed
 * on", "with knowledge of", "with direct knowledge of"; 0 when none.
 */
function sourceLinkLength(tokens: Token[], at: number): number {
  const word = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k].lower : '');
  const pair = `${word(at - 1)} ${word(at)}`;
  if (/^(close to|familiar with|briefed on|knowledgeable about|involved in)$/.test(pair)) return 2;
  if (pair === 'knowledge of') return word(at - 2) === 'with' ? 3 : /^(direct|firsthand|first-hand)$/.test(word(at - 2)) && word(at - 3) === 'with' ? 4 : 0;
  return 0;
}

/** Where a short noun phrase ending at `index` starts (its determiner, a possessive, up to five words), or -1. */
function objectStart(tokens: Token[], index: number): number {
  let from = index;
  while (from > 0 && index - from < 5) {
    const t = tokens[from];
    if (t.kind === 'word' && DETERMINERS.has(t.lower)) return from;
    if (!(t.kind === 'word' || /^['’]$/.test(t.text)) || (t.kind === 'word' && isVerbish(t.lower))) return from + 1;
    from--;
  }
  return from;
}

/** The head of a description that is two names joined by "and" ("Smith and Jones said"). */
const PAIR_HEAD = 'and';
export const isPairOfNames = (phrase: SpeakerPhrase): boolean => phrase.kind === 'description' && phrase.head === PAIR_HEAD;

function simplePhraseEndingAt(tokens: Token[], index: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  const t = tokens[index];
  if (!t || t.kind !== 'word') return null;
  const mention = names.at(t);
  if (mention) {
    let from = index;
    while (from > 0 && tokens[from - 1].start >= mention.start) from--;
    // "Smith and Jones said": two people speak together, not the second of them; both names are the speaker as
    // written, no one entity. ("He and Pompeo" is a group: see the pronoun below.)
    const other = tokens[from - 1]?.lower === 'and' && names.typeOf(mention) === 'person' ? tokens[from - 2] : undefined;
    const otherMention = other && names.at(other);
    if (otherMention && names.typeOf(otherMention) === 'person') {
      let first = from - 2;
      while (first > 0 && tokens[first - 1].start >= otherMention.start) first--;
      // The end of a list ("Will Smith, Patti LaBelle and Stevie Wonder, who joked"): the last name.
      if (tokens[first - 1]?.text !== ',') return phrase(tokens, first, index, text, 'description', { head: PAIR_HEAD });
    }
    return { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), kind: 'name', mention };
  }
  // "One of them said": one unnamed person out of the people just named.
  if (/^(them|us|those)$/.test(t.lower) && tokens[index - 1]?.lower === 'of' && tokens[index - 2]?.lower === 'one') {
    return phrase(tokens, index - 2, index, text, 'description', { head: 'one' });
  }
  const pronoun = PRONOUNS.get(t.lower);
  if (pronoun) {
    // "He and Pompeo" is a group; a lone pronoun is someone.
    if (tokens[index - 1]?.lower === 'and' || tokens[index - 1]?.lower === 'both') return phrase(tokens, index, index, text, 'group');
    return phrase(tokens, index, index, text, pronoun, { head: t.lower });
  }
  const share = shareOfPeopleEndingAt(tokens, index, text);
  if (share) return share;
  // "some chanted", "many said": a quantifier alone speaks for some of the people, a group.
  if (/^(some|many|several|few|most)$/.test(t.lower) && !/^(of|the|a|for|to|in)$/.test(tokens[index - 1]?.lower ?? '')) return phrase(tokens, index, index, text, 'group', { head: t.lower });
  // A description: walk left over the noun phrase to its determiner. Plural nouns speak for groups
  // ("Mexicans often say", "critics said").
  // A sentence's first word is capitalised by its place ("Officials said"): it names no one for that.
  const groupHead = (!t.capitalized || index === 0) && isGroupHead(t.lower);
  const plural = isPluralNoun(t.lower) || isDemonymPlural(t) || groupHead;
  if (!isSourceNoun(t.lower) && !isRoleNoun(t.lower) && !plural) return outletEndingAt(tokens, index, text) ?? unknownNameEndingAt(tokens, index, text);
  let from = index;
  while (from > 0 && index - from < 10) {
    // "the former U.S. senator": the periods of an initialism are tokens after its word.
    let step = 1;
    while (from - step > 0 && isInitialismPeriod(tokens, from - step)) step++;
    const prev = tokens[from - step];
    // "the former first lady and U.S. senator": two roles of one person under one determiner.
    if (prev.lower === 'and' && !plural && isRoleNoun(tokens[from - step - 1]?.lower ?? '') && isRoleNoun(t.lower)) {
      from -= step;
      continue;
    }
    if (prev.kind === 'word' && DETERMINERS.has(prev.lower)) {
      from -= step;
      if (tokens[from - 1]?.lower === 'of' && tokens[from - 2] && DETERMINERS.has(tokens[from - 2].lower)) from -= 2; // both of the diplomats
      break;
    }
    // "the retired neurosurgeon", "the outgoing senator": a participle right after the determiner describes the noun.
    const participle = prev.kind === 'word' && /(ed|ing)$/.test(prev.lower) && DETERMINERS.has(tokens[from - step - 1]?.lower ?? '');
    if (!isNounPhraseWord(prev) && !participle) break;
    from -= step;
  }
  // "found that analysts said", "reported that the company said": "that" opens the clause; it points at nobody.
  if (tokens[from].lower === 'that' && from < index && (plural || DETERMINERS.has(tokens[from + 1].lower))) from++;
  const described = phrase(tokens, from, index, text, 'description', { head: t.lower });
  if (ONE_OF.test(described.text)) return described; // "one of his aides said": one person, unnamed
  if (GROUP_STARTS.test(described.text) || groupHead) return { ...described, kind: 'group' };
  if (DOCUMENT_NOUN.test(t.lower)) {
    const author = authorOf(tokens, from, index, text, names);
    if (author) return author;
  }
  if (isRoleNoun(t.lower) && /^the\s/i.test(described.text) && index - from <= 2) return { ...described, kind: 'role' };
  return described;
}

/** "(a statement) from the transit agency", "(a report) by the inspectorate": the issuer of a writing, or null. */
function issuerAfter(tokens: Token[], k: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  if (!/^(from|by)$/.test(tokens[k]?.lower ?? '')) return null;
  const issuer = phraseStartingAt(tokens, k + 1, text, names);
  return issuer && (issuer.kind === 'name' || (issuer.kind === 'description' && !isWriting(issuer.head ?? ''))) ? issuer : null;
}

/**
 * "her statement read", "the agency's advisory said": a writing with a possessor speaks for its author.
 * `from`..`index` is the description; returns the possessor as a speaker phrase, or null.
 */
function authorOf(tokens: Token[], from: number, index: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  const first = tokens[from];
  if (first.lower === 'his' || first.lower === 'her') return phrase(tokens, from, from, text, 'pronoun', { head: first.lower === 'his' ? 'he' : 'she' });
  for (let k = from + 1; k < index; k++) {
    if (!/^['’]s?$/i.test(tokens[k].text) && !/^['’]s$/i.test(tokens[k].text)) continue;
    const possessor = simplePhraseEndingAt(tokens, k - 1, text, names);
    return possessor && possessor.kind !== 'group' ? possessor : null;
  }
  return null;
}

/**
 * `…,” The Hill reported.`: "The" in capitals within a sentence, before a word or two in capitals the lexicon knows as
 * common words, is the name of a paper or an outlet (The Hill, The Atlantic), written as a source.
 */
function outletEndingAt(tokens: Token[], index: number, text: string): SpeakerPhrase | null {
  for (let the = index - 1; the >= Math.max(1, index - 2); the--) {
    const t = tokens[the + 1];
    if (t.kind !== 'word' || !t.capitalized || isKnownPersonName(t.lower)) return null;
    if (tokens[the].text === 'The') return phrase(tokens, the, index, text, 'description', { head: tokens[index].lower });
  }
  return null;
}

/**
 * "columnist Ai Jun wrote": capitalised words the lexicon does not know, after a role noun, are a name
 * the entity pass could not confirm; the phrase (role included) is the speaker as written.
 */
function unknownNameEndingAt(tokens: Token[], index: number, text: string): SpeakerPhrase | null {
  let from = index;
  while (from >= 0 && tokens[from].kind === 'word' && tokens[from].capitalized && lexiconTags(tokens[from].lower).length === 0) from--;
  const role = tokens[from];
  if (from === index || !role || role.kind !== 'word' || role.capitalized || !isRoleNoun(role.lower)) return null;
  return phrase(tokens, from, index, text, 'description', { head: role.lower });
}

/** The speaker phrase that starts at tokens[index] (after a cue: `said Caddell`, `said a spokesman`), or null. */
export function phraseStartingAt(tokens: Token[], index: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  // "so odd that a spokesman for Sanders could only quip": "that" before a determiner opens a clause.
  if (tokens[index]?.lower === 'that' && tokens[index + 1]?.kind === 'word' && DETERMINERS.has(tokens[index + 1].lower)) index++;
  const t = tokens[index];
  if (!t || t.kind !== 'word') return null;
  const mention = names.at(t);
  if (mention) {
    let to = index;
    while (to + 1 < tokens.length && tokens[to + 1].end <= mention.end) to++;
    return personAfterDescriptor(tokens, to + 1, text, names) ?? { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), kind: 'name', mention };
  }
  const pronoun = PRONOUNS.get(t.lower);
  if (pronoun) return tokens[index + 1]?.lower === 'and' ? null : phrase(tokens, index, index, text, pronoun, { head: t.lower });
  if (!DETERMINERS.has(t.lower) && !isSourceNoun(t.lower) && !isRoleNoun(t.lower)) {
    // "said 9/11 widow Terry Strada", "said Del. Stacey Plaskett": a role before the name.
    for (let k = index; k < tokens.length && k - index < 6; k++) {
      const m = names.at(tokens[k]);
      if (m) return { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: 'name', mention: m };
      if (tokens[k].kind === 'punct' && tokens[k].text !== '.') break;
      // "so odd that a spokesman for Mayor Ortiz": a determiner or a preposition ends the words before a name.
      if (DETERMINERS.has(tokens[k].lower) || /^(for|of|at|in|on|with|from|to|by|about)$/.test(tokens[k].lower)) break;
      // "said lead researcher Dr. Michael Lin", "said study co-author …": a word before a role noun modifies it.
      const modifiesRole = tokens[k + 1]?.kind === 'word' && isRoleNoun(tokens[k + 1].lower);
      if (tokens[k].kind === 'word' && isVerbish(tokens[k].lower) && !isRoleNoun(tokens[k].lower) && !modifiesRole) break;
    }
    return null;
  }
  // "said one of his aides": one of a group, the group's noun phrase after "of".
  let to = t.lower === 'one' && tokens[index + 1]?.lower === 'of' ? index + 1 : index;
  let head = -1;
  while (to + 1 < tokens.length && to - index < 7) {
    const next = tokens[to + 1];
    // "said Dr. Amir Patel", "said Mr. Burman"
    const abbreviationStop = next.text === '.' && next.start === tokens[to].end && (isTitleAbbreviation(tokens[to].text) || isHonorific(tokens[to].text));
    const opensPhrase = to === index || (to === index + 1 && tokens[to].lower === 'of');
    if (!isNounPhraseWord(next) && !abbreviationStop && !(next.kind === 'word' && DETERMINERS.has(next.lower) && opensPhrase)) break;
    to++;
    if (isSourceNoun(next.lower) || isRoleNoun(next.lower)) head = to;
    const m = names.at(next);
    // "one Sanders supporter", "a Clinton aide": a name that qualifies the noun after it is not the speaker.
    const qualifies = m && isQualifyingName(tokens, m.end);
    if (m && !qualifies && (names.typeOf(m) ?? 'person') === 'person') {
      // "said campaign manager Robby Mook": the name is the speaker ("one Florida Republican strategist" is not Florida).
      return { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: 'name', mention: m };
    }
    // "said the New York Times.": an organization's name right after the determiner, ending the clause.
    if (m && !qualifies && to === index + 1 && names.typeOf(m) === 'organization' && endsAppositive(tokens[firstStartingAt(tokens, m.end)])) {
      return { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: 'name', mention: m };
    }
  }
  if (isSourceNoun(t.lower) || isRoleNoun(t.lower)) head = Math.max(head, index);
  // "said the band's drummer, Ruby Smith": the name set off after the description is the speaker.
  const named = appositiveNameAfter(tokens, to + 1, text, names);
  if (named) return named;
  if (head < 0) return null;
  const described = phrase(tokens, index, head, text, 'description', { head: tokens[head].lower });
  // "a statement from the transit agency read": a writing speaks for the one it comes from.
  const issuer = isWriting(tokens[head].lower) ? issuerAfter(tokens, head + 1, text, names) : null;
  if (issuer) return issuer;
  // "one of the woman's quotes": the noun after "of" owns something; no person is named.
  if (ONE_OF.test(described.text)) return /^['’]s?$/.test(tokens[head + 1]?.text ?? '') ? null : described;
  if (GROUP_STARTS.test(described.text) || (!tokens[head].capitalized && isGroupHead(tokens[head].lower))) return { ...described, kind: 'group' };
  if (/^the\s/i.test(described.text) && head - index <= 2 && isRoleNoun(tokens[head].lower)) return { ...described, kind: 'role' };
  return described;
}

/**
 * `said the band's drummer, Ruby Smith`: the last word of a capitalised run set off by a comma after a lowercase
 * description that opens right after the cue at tokens[cue]; what tells entity building the run names a person.
 */
export function appositiveNameWordAfterCue(tokens: Token[], cue: number): string | null {
  let k = cue + 1;
  if (!tokens[k] || tokens[k].kind !== 'word' || !DETERMINERS.has(tokens[k].lower)) return null;
  for (k++; k < tokens.length && k - cue < 8 && tokens[k].kind === 'word' && (!tokens[k].capitalized || /^['’]s$/i.test(tokens[k].text)); k++);
  if (tokens[k]?.text !== ',' || !tokens[k + 1]?.capitalized || tokens[k + 1].kind !== 'word') return null;
  for (k++; tokens[k + 1]?.kind === 'word' && tokens[k + 1].capitalized; k++);
  return endsAppositive(tokens[k + 1]) ? tokens[k].lower : null;
}

/** What may follow a name set off after a description: the end of the sentence, or punctuation closing the clause. */
const endsAppositive = (after: Token | undefined): boolean => !after || (after.kind === 'punct' && /^[,.;:!?—–)]$/.test(after.text));

/**
 * `, Ruby Smith.` at tokens[comma]: a person's name set off by a comma after a description, standing alone to the
 * end of the clause (not "…, Smith's rival").
 */
function appositiveNameAfter(tokens: Token[], comma: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  if (tokens[comma]?.text !== ',' || tokens[comma + 1]?.kind !== 'word') return null;
  const m = names.at(tokens[comma + 1]);
  if (!m || (names.typeOf(m) ?? 'person') !== 'person') return null;
  if (!endsAppositive(tokens[firstStartingAt(tokens, m.end)])) return null;
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: 'name', mention: m };
}

/**
 * `said Harbour Watch volunteer media coordinator Tom Baker`, `said Lt. Gov. Hélène Dubois's former
 * adviser, Paul Chen`: a name that only qualifies the role of the person named after it. `from` is the
 * token after the first name; returns the person, or null when the first name is the speaker.
 */
function personAfterDescriptor(tokens: Token[], from: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  let k = from;
  if (/^['’]s?$/.test(tokens[k]?.text ?? '') || /^['’]s$/i.test(tokens[k]?.text ?? '')) k++;
  k = roleDescriptionEnd(tokens, k, MOST_DESCRIPTOR_WORDS);
  if (k < 0) return null;
  if (tokens[k]?.text === ',') k++;
  const m = tokens[k] && names.at(tokens[k]);
  if (!m || (names.typeOf(m) ?? 'person') !== 'person') return null;
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: 'name', mention: m };
}

/** Words of the description in `said Harbour Watch volunteer media coordinator Tom Baker`, at most. */
const MOST_DESCRIPTOR_WORDS = 6;

/**
 * Lowercase description words from tokens[from], at most `most`, that hold a role noun ("volunteer media
 * coordinator", "presidential candidate"): the index after them; -1 when they hold none, or a determiner or a verb
 * ends them (`strict`) or stands among them.
 */
function roleDescriptionEnd(tokens: readonly Token[], from: number, most: number, strict = true): number {
  let role = false;
  let k = from;
  for (; k < tokens.length && k - from < most; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.capitalized) break;
    if (isRoleNoun(t.lower)) role = true;
    else if ((strict && DETERMINERS.has(t.lower)) || isVerbish(t.lower)) return -1;
  }
  return role ? k : -1;
}

const isLowercaseWord = (t: Token | undefined): t is Token => t?.kind === 'word' && !t.capitalized;

/** The last token of the run of capitalised words from `from` (`from` itself when it is none). */
function capitalisedRunEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (tokens[k + 1]?.kind === 'word' && tokens[k + 1].capitalized && tokens[k]?.capitalized) k++;
  return k;
}

/** Description words between an organization and the name after it, before entities exist (see below). */
const MOST_DESCRIPTION_WORDS_BEFORE_NAME = 4;

/**
 * `Caddell continued`: the capitalised word right before the cue at tokens[cue] (not the sentence's first word), which
 * tells entity building that it names a person. Not when the cue is also a role noun before more of a description
 * ("Harbour Watch volunteer media coordinator Tom Baker"): the capitalised words are then its organization.
 */
export function speakerWordBeforeCue(tokens: readonly Token[], cue: number, sentenceStart: number): string | null {
  const before = tokens[cue - 1];
  const cueIsRole = isRoleNoun(tokens[cue].lower) && isLowercaseWord(tokens[cue + 1]);
  // "Anne Moir of Portnessock said": after a name and "of", "from" or "in", the word says where, not who.
  const whereFrom = /^(of|from|in)$/.test(tokens[cue - 2]?.lower ?? '') && tokens[cue - 3]?.kind === 'word' && tokens[cue - 3].capitalized;
  if (before?.kind === 'word' && before.capitalized && before.start !== sentenceStart && !cueIsRole) return whereFrom ? null : before.lower;
  // "His daughter, Kirsty, wrote": a lone name set off by commas after a word for a person.
  const named = tokens[cue - 2];
  const described = tokens[cue - 4];
  const appositive = before?.text === ',' && tokens[cue - 3]?.text === ',' && named?.kind === 'word' && named.capitalized;
  return appositive && isLowercaseWord(described) && isRoleNoun(described.lower) && !cueIsRole ? named.lower : null;
}

/**
 * `said Soe Min, a member`: the last word of the capitalised run after the cue at tokens[cue]. When a description
 * holding a role noun follows the run ("said Harbour Watch volunteer media coordinator Tom Baker"), the run is the
 * organization, and the word is the last of the name after the description (none when no name follows).
 */
export function speakerWordAfterCue(tokens: readonly Token[], cue: number): string | null {
  const runEnd = capitalisedRunEnd(tokens, cue + 1);
  if (tokens[runEnd]?.kind !== 'word' || !tokens[runEnd].capitalized) return null;
  const descriptionEnd = roleDescriptionEnd(tokens, runEnd + 1, MOST_DESCRIPTION_WORDS_BEFORE_NAME, false);
  const name = descriptionEnd < 0 ? undefined : tokens[descriptionEnd];
  if (name?.kind === 'word' && name.capitalized) return tokens[capitalisedRunEnd(tokens, descriptionEnd)].lower;
  const roleFollows = isLowercaseWord(tokens[runEnd + 1]) && isRoleNoun(tokens[runEnd + 1].lower);
  return roleFollows ? null : tokens[runEnd].lower;
}

/**
 * "boldly", "quietly": a word in -ly that the lexicon does not know is an adverb of manner (the lexicon lists
 * the nouns and adjectives in -ly: "family", "ally", "early").
 */
export const isMannerAdverb = (lower: string): boolean => lower.length > 4 && lower.endsWith('ly') && lexiconTags(lower).length === 0;

const isBetweenSpeakerAndCue = (t: Token): boolean => t.kind === 'word' && t.lower !== 'told' && BETWEEN_SPEAKER_AND_CUE.has(t.lower);

/**
 * Skips the adverbs and auxiliaries between a speaker and the cue, leftwards from `index`. `manner`: an adverb of
 * manner too stands between them ("Clinton boldly suggested that …").
 */
export function skipLeftOverAdverbs(tokens: Token[], index: number, manner = false): number {
  let j = index;
  while (j >= 0 && (isBetweenSpeakerAndCue(tokens[j]) || (manner && tokens[j].kind === 'word' && !tokens[j].capitalized && isMannerAdverb(tokens[j].lower)))) j--;
  return j;
}

export function skipRightOverAdverbs(tokens: Token[], index: number): number {
  let j = index;
  while (j < tokens.length && isBetweenSpeakerAndCue(tokens[j])) j++;
  return j;
}

/**
 * The source after "according to": a speaker phrase, or else any short noun phrase, since the words
 * say it is a source ("according to exit polls", "according to a count by The Associated Press",
 * "according to the FBI"). A determiner and a name alone are the name.
 */
export function sourceAfterAccordingTo(tokens: Token[], index: number, text: string, names: MentionLookup): SpeakerPhrase | null {
  // "according to her account": a writing of hers speaks for her, as "her statement said" does.
  if (/^(his|her)$/.test(tokens[index]?.lower ?? '') && DOCUMENT_NOUN.test(tokens[index + 1]?.lower ?? '')) return authorOf(tokens, index, index + 1, text, names);
  const found = phraseStartingAt(tokens, index, text, names);
  if (found) return found;
  let to = index - 1;
  let head = -1;
  while (to + 1 < tokens.length && to + 1 - index < 12) {
    const next = tokens[to + 1];
    if (next.kind !== 'word' || SOURCE_PHRASE_STOPS.test(next.lower)) break;
    const link = SOURCE_PHRASE_LINKS.test(next.lower) || /^['’]s$/.test(next.text);
    const linking = link || DETERMINERS.has(next.lower);
    // A verb ends it, unless it modifies the source noun after it ("exit polls").
    if (!linking && !next.capitalized && isVerbish(next.lower) && !isSourceNoun(tokens[to + 2]?.lower ?? '')) break;
    if (link && to < index) return null; // it begins with a noun or a determiner
    to++;
    if (!linking && head < 0 && SOURCE_PHRASE_LINKS.test(tokens[to + 1]?.lower ?? '')) head = to;
  }
  while (to >= index && (SOURCE_PHRASE_LINKS.test(tokens[to].lower) || DETERMINERS.has(tokens[to].lower))) to--;
  if (to < index || (to === index && DETERMINERS.has(tokens[index].lower))) return null;
  const mention = names.at(tokens[to]);
  const start = DETERMINERS.has(tokens[index].lower) ? index + 1 : index;
  if (mention && mention.start <= tokens[start].start && mention.end >= tokens[to].end)
    return { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), kind: 'name', mention };
  return phrase(tokens, index, to, text, 'description', { head: tokens[head < 0 ? to : head].lower });
}
/** Words inside a source phrase: "a count by The Associated Press", "a study of voters at Duke University". */
const SOURCE_PHRASE_LINKS = /^(of|by|from|at|for|with|and)$/;
/** Words that end it: a clause, a time, a quotation that follows. */
const SOURCE_PHRASE_STOPS = /^(who|whom|whose|which|that|when|while|where|because|but|as|on|in|last|this|since|after|before|during)$/;

/** `Christie, who later said`: the relative pronoun between a subject phrase and its cue at `cueStart`, or null. */
export function relativePronounBefore(text: string, phrase: Span, cueStart: number): Span | null {
  const between = RELATIVE_SUBJECT.exec(text.slice(phrase.end, Math.min(cueStart, phrase.end + 80)));
  if (!between) return null;
  const start = phrase.end + between.index + between[0].length - 3;
  return { start, end: start + 3 };
}
/** A comma (a parenthesis before it at most: `Rep. Jim Jordan (R-Ohio), who`) and "who". */
const RELATIVE_SUBJECT = /^\s*(?:\([^()]{0,30}\)\s*)?,\s*who(?=\s)/i;

/** A number word or digits: "52", "two", "10". */
const NUMBER = /^(\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
/** Words that may lead a share: "only 7 percent", "nearly two in three". */
const SHARE_LEAD = /^(only|just|about|some|nearly|almost|roughly|around|over|under|fewer|more|than|less|at|least|most|exactly)$/;

/**
 * A share of people who answered a poll: "52 percent said", "two in three say", "a third said", "half
 * said". A group, as written: no single speaker.
 */
function shareOfPeopleEndingAt(tokens: Token[], index: number, text: string): SpeakerPhrase | null {
  const t = tokens[index];
  let from = -1;
  if ((t.lower === 'percent' || t.text === '%') && NUMBER.test(tokens[index - 1]?.lower ?? '')) from = index - 1;
  else if (NUMBER.test(t.lower) && tokens[index - 1]?.lower === 'in' && NUMBER.test(tokens[index - 2]?.lower ?? '')) from = index - 2;
  else if (/^(third|quarter|majority|minority)$/.test(t.lower) && /^(a|the)$/.test(tokens[index - 1]?.lower ?? '')) from = index - 1;
  else if (t.lower === 'half' && !DETERMINERS.has(tokens[index - 1]?.lower ?? '')) from = index;
  if (from < 0) return null;
  while (from > 0 && tokens[from - 1].kind === 'word' && SHARE_LEAD.test(tokens[from - 1].lower)) from--;
  return phrase(tokens, from, index, text, 'group', { head: t.lower });
}

/** Whether the word after a name ending at `end` is a lower-case role or source noun the name qualifies. */
function isQualifyingName(tokens: Token[], end: number): boolean {
  const after = tokens[firstStartingAt(tokens, end)];
  return after !== undefined && after.kind === 'word' && !after.capitalized && (isSourceNoun(after.lower) || isRoleNoun(after.lower));
}
