/** Word facts the rules consult: the project's own lexicon files, backed by compromise's lexicon. */
import cues from './cues.json';
import roles from './roles.json';
import { lexiconTags, isOrganizationWord, isPlaceWord } from '../text/nlp';
import { detached } from '../detach';

const toSet = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], feel: ['felt'], know: ['knew', 'known'],
  begin: ['began'], find: ['found'], speak: ['spoke', 'spoken'], read: ['read'], shoot: ['shot'], fight: ['fought'], cry: ['cried'],
  // Ends in "ing" without being a participle.
  sing: ['sang', 'sung', 'sings', 'singing'],
};

/** A verb's other forms: adds, added, adding; urges, urged, urging; denies, denied; quipped. */
export function inflections(verb: string): string[] {
  const forms = [verb, ...(IRREGULAR[verb] ?? [])];
  if (/(s|ed|ing)$/.test(verb) && !/(ss|ess)$/.test(verb)) return forms;
  const stem = verb.replace(/e$/, '');
  const doubled = /^[^aeiou]*[aeiou][bdgkmnprt]$/.test(verb) || /^(admit|commit|regret|refer|prefer|occur|compel|rebut)$/.test(verb) ? verb + verb.slice(-1) : verb;
  if (/[^aeiou]y$/.test(verb)) forms.push(verb.slice(0, -1) + 'ies', verb.slice(0, -1) + 'ied', verb + 'ing');
  else forms.push(/(s|sh|ch|x|z)$/.test(verb) ? verb + 'es' : verb + 's', /e$/.test(verb) ? verb + 'd' : doubled + 'ed', (/e$/.test(verb) ? stem : doubled) + 'ing');
  return forms;
}

const withInflections = (words: string[]): Set<string> => new Set(words.flatMap((w) => inflections(w.toLowerCase())));
const SPEECH = withInflections(cues.speech);
const THOUGHT = withInflections(cues.thought);
const NEEDS_PARTICLE = cues.needsParticle as Record<string, string[]>;
const TITLE_HEADS = toSet(roles.titleHeads);
const TITLE_COMPLEMENTS = toSet(roles.titleComplements);
const HONORIFICS = toSet(roles.honorifics);
const TITLE_ABBREVIATIONS = toSet(roles.titleAbbreviations);
const SOURCE_NOUNS = toSet(roles.sourceNouns);

export type CueKind = 'speech' | 'thought';

/** Whether a word is a speech or thought verb; `next` is the following word, for verbs that need a particle. */
export function cueKind(word: string, next?: string): CueKind | null {
  return cueKindOfLowerCase(word.toLowerCase(), next?.toLowerCase());
}

/** `cueKind` of words already in lower case (a token's `lower`): asked about every word of every sentence. */
export function cueKindOfLowerCase(word: string, next?: string): CueKind | null {
  const verb = CUE_VERBS.get(word);
  if (verb === undefined) return null;
  if (verb.particles && !(next && verb.particles.includes(next))) return null;
  return verb.cue;
}

function cueKindOfVerb(lower: string): CueKind | null {
  if (SPEECH.has(lower)) return 'speech';
  if (THOUGHT.has(lower)) return 'thought';
  return null;
}

/**
 * The few hundred words `cueKind` knows, in a table small enough to stay in the processor's cache: it is
 * asked about every word of every sentence.
 */
const CUE_VERBS = new Map<string, { cue: CueKind | null; particles: string[] | undefined }>(
  [...SPEECH, ...THOUGHT, ...Object.keys(NEEDS_PARTICLE)].map((lower) => [
    lower,
    { cue: cueKindOfVerb(lower), particles: Object.prototype.hasOwnProperty.call(NEEDS_PARTICLE, lower) ? NEEDS_PARTICLE[lower] : undefined },
  ]),
);

const titleHead = (word: string): boolean => TITLE_HEADS.has(word.toLowerCase().replace(/\.$/, ''));
const honorific = (word: string): boolean => HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
export const isTitleHead = (word: string): boolean => factsOf(word).titleHead;
export const isTitleComplement = (word: string): boolean => factsOf(word).titleComplement;
export const isHonorific = (word: string): boolean => factsOf(word).honorific;
/** Nouns for writings that speak for their authors: "the statement said", "her statement read", "a notice says". */
export const DOCUMENT_NOUN =
  /^(article|letter|statement|sign|signs|tweet|post|headline|email|report|note|message|memo|ad|banner|placard|caption|text|release|transcript|filing|complaint|order|ruling|opinion|editorial|advisory|warning|alert|notice|bulletin|paper|card|poster|flyer|leaflet|plaque|account|memoir|testimony|book)$/;

/** A title written short before a name, with or without its period: Dr., Prof., Rev., Sgt., Lt., Insp., Cllr. */
const titleAbbreviation = (word: string): boolean => TITLE_ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''));
export const isTitleAbbreviation = (word: string): boolean => factsOf(word).titleAbbreviation;
export const isSourceNoun = (word: string): boolean => factsOf(word).sourceNoun;

export const isFirstName = (word: string): boolean => factsOf(word).firstName;
export const isMaleName = (word: string): boolean => factsOf(word).maleName;
export const isFemaleName = (word: string): boolean => factsOf(word).femaleName;
export const isKnownPersonName = (word: string): boolean => factsOf(word).knownPerson;
export const isKnownPlace = (word: string): boolean => factsOf(word).place;
export const isKnownOrganization = (word: string): boolean => factsOf(word).organization;
export const isDemonym = (word: string): boolean => factsOf(word).demonym;
export const isDateWord = (word: string): boolean => factsOf(word).date;

/** Plural endings of words for kinds of people: Democrats, Islamists, Republicans, Hispanics, Christians. */
const PEOPLE_PLURAL_SUFFIX = /(ists|ians|ans|ites|ics|crats)$/;
/**
 * A capitalised plural for people ("Democrats", "Islamists", "Hispanics"): a group, never one person; a surname
 * in -s ("Williams", "Sanders") is a name.
 */
export function isPeoplePlural(lower: string): boolean {
  if (!/[a-z]s$/.test(lower) || isKnownPersonName(lower) || isKnownPlace(lower) || isKnownOrganization(lower)) return false;
  const singular = lower.slice(0, -1);
  return isPluralNoun(lower) || isRoleNoun(singular) || isDemonym(singular) || PEOPLE_PLURAL_SUFFIX.test(lower);
}

const NAMING_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam', 'ProperNoun'];

/** Capitalised words that start sentences or headlines without naming anything. */
export const isCommonWord = (word: string): boolean => factsOf(word).common;

/** Tags of words that cannot stand inside a noun phrase: verbs, prepositions, adverbs, pronouns. */
export const VERBISH = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Preposition', 'Conjunction', 'Modal', 'Copula', 'Adverb', 'Pronoun', 'QuestionWord'];
/** Whether compromise's lexicon gives the word one of the `VERBISH` tags. */
export const isVerbish = (word: string): boolean => factsOf(word).verbish;
/** Whether compromise's lexicon tags the word as a plural noun. */
export const isPluralNoun = (word: string): boolean => factsOf(word).plural;

/** An occupational noun in compromise's lexicon ("secretary", "minister") or the project's title list. */
export const isRoleNoun = (word: string): boolean => factsOf(word).roleNoun;
/** Occupations the lexicon may lack, by their endings: neurosurgeon, sociologist, physicist, biographer, technician. */
const ROLE_SUFFIX = /^[a-z-]{2,}(surgeon|ologist|icist|ographer|ician)$/;
/**
 * "the guitarist", "said pianist …": a word the lexicon does not know that ends in -ist names what a person does,
 * as compromise's own tagger reads it (the verbs and adjectives in -ist, insist or racist, are in the lexicon).
 */
const UNKNOWN_ROLE_SUFFIX = /^[a-z]{3,}ist$/;
/** "the 22-year-old said", "the mother-of-two said": an age or a family stands for the person as a role noun does. */
const AGE_AS_ROLE = /^(?:\d+-year-old|(?:mother|mum|mom|father|dad)-of-(?:one|two|three|four|five|six|\d))$/;

/** What the rules ask about a word, worked out once per spelling: the same few thousand words come up again and again. */
interface WordFacts {
  titleHead: boolean;
  titleAbbreviation: boolean;
  honorific: boolean;
  firstName: boolean;
  maleName: boolean;
  femaleName: boolean;
  knownPerson: boolean;
  place: boolean;
  organization: boolean;
  demonym: boolean;
  date: boolean;
  common: boolean;
  roleNoun: boolean;
  verbish: boolean;
  plural: boolean;
  titleComplement: boolean;
  sourceNoun: boolean;
  endsOrganization: boolean;
  endsPlace: boolean;
  endsEvent: boolean;
}

const FACTS = new Map<string, WordFacts>();
const MAX_WORDS = 250_000;

/** All the facts of a word at once, for a rule that asks several of them about one word. */
export const wordFacts = (word: string): Readonly<WordFacts> => factsOf(word);

function factsOf(word: string): WordFacts {
  let facts = FACTS.get(word);
  if (facts === undefined) {
    facts = factsFromLexicon(word);
    if (FACTS.size >= MAX_WORDS) FACTS.clear(); // a text of random words: start the table again
    FACTS.set(detached(word), facts);
  }
  return facts;
}

function factsFromLexicon(word: string): WordFacts {
  const lower = word.toLowerCase();
  const tags = lexiconTags(word);
  const tagged = (...wanted: string[]): boolean => tags.some((t) => wanted.includes(t));
  const isTitleHead = titleHead(word);
  const isTitleAbbreviation = titleAbbreviation(word);
  const isHonorific = honorific(word);
  return {
    titleHead: isTitleHead,
    titleAbbreviation: isTitleAbbreviation,
    honorific: isHonorific,
    firstName: tagged('FirstName', 'MaleName', 'FemaleName'),
    maleName: tagged('MaleName'),
    femaleName: tagged('FemaleName'),
    knownPerson: tagged('FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'),
    place: tagged('Country', 'City', 'Region', 'Place') || EXTRA_PLACES.has(lower),
    organization: tagged('Organization', 'SportsTeam', 'Company'),
    demonym: tagged('Demonym'),
    date: tagged('WeekDay', 'Month', 'Date', 'Holiday'),
    common: tags.length > 0 && !tags.some((t) => NAMING_TAGS.includes(t)),
    roleNoun: isTitleHead || (isTitleAbbreviation && !isHonorific) || AGE_AS_ROLE.test(word) || tagged('Actor') || ROLE_SUFFIX.test(lower) || (tags.length === 0 && UNKNOWN_ROLE_SUFFIX.test(lower)),
    verbish: tagged(...VERBISH),
    plural: tagged('Plural'),
    titleComplement: TITLE_COMPLEMENTS.has(lower),
    sourceNoun: SOURCE_NOUNS.has(lower),
    endsOrganization: EXTRA_ORGANIZATION_WORDS.has(lower) || isOrganizationWord(word),
    endsPlace: EXTRA_PLACE_WORDS.has(lower) || isPlaceWord(word),
    endsEvent: EVENT_WORDS.has(lower),
  };
}

export { isOrganizationWord, isPlaceWord, lexiconTags };

const EXTRA_ORGANIZATION_WORDS = toSet([
  'department', 'committee', 'party', 'council', 'agency', 'bureau', 'commission', 'court', 'congress', 'senate',
  'times', 'post', 'news', 'journal', 'network', 'institute', 'foundation', 'university', 'campaign', 'administration',
  'inc', 'corp', 'press', 'association', 'union', 'fund', 'pac', 'ministry', 'office', 'service', 'services', 'group',
  'center', 'centre', 'reuters', 'tribune', 'herald', 'gazette', 'magazine', 'radio', 'television', 'tv', 'cnn', 'nbc',
  'abc', 'cbs', 'npr', 'fox', 'msnbc', 'breitbart', 'kremlin', 'pentagon', 'army', 'navy', 'force', 'police', 'bank',
]);
/**
 * Places compromise's lexicon lacks or knows only as a first name: alone, "Britain" and "Virginia" are the country
 * and the state ("Virginia Foxx" stays a person: the word is still a known first name).
 */
const EXTRA_PLACES = toSet(['britain', 'virginia']);
const EXTRA_PLACE_WORDS = toSet(['sea', 'ocean', 'gulf', 'peninsula', 'river', 'lake', 'mountains', 'county', 'city', 'state', 'island', 'islands', 'valley', 'street', 'avenue', 'square']);

export const endsOrganization = (word: string): boolean => factsOf(word).endsOrganization;
export const endsPlace = (word: string): boolean => factsOf(word).endsPlace;

const EVENT_WORDS = toSet(['olympics', 'games', 'cup', 'championship', 'summit', 'war', 'convention', 'debate', 'election', 'day', 'act', 'bill', 'law', 'amendment', 'show', 'award', 'awards', 'prize', 'festival', 'series', 'conference', 'forum', 'treaty', 'accord', 'plan', 'report', 'program', 'crisis']);
/** Words that end names of events, laws and works ("Winter Olympics", "Affordable Care Act"): never a person. */
export const endsEvent = (word: string): boolean => factsOf(word).endsEvent;
