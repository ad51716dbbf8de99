/** Word facts the rules consult: the project's own lexicon files, backed by compromise's lexicon. */
import cues from './lexicon/cues.json';
import roles from './lexicon/roles.json';
import { lexiconTags, isOrganizationWord, isPlaceWord } from './nlp';

const toSet = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], feel: ['felt'], know: ['knew', 'known'],
  begin: ['began'], speak: ['spoke', 'spoken'], read: ['read'], shoot: ['shot'], fight: ['fought'], cry: ['cried'],
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
  const lower = word.toLowerCase();
  const particles = NEEDS_PARTICLE[lower];
  if (particles && !(next && particles.includes(next.toLowerCase()))) return null;
  if (SPEECH.has(lower)) return 'speech';
  if (THOUGHT.has(lower)) return 'thought';
  return null;
}

export const isTitleHead = (word: string): boolean => TITLE_HEADS.has(word.toLowerCase().replace(/\.$/, ''));
export const isTitleComplement = (word: string): boolean => TITLE_COMPLEMENTS.has(word.toLowerCase());
export const isHonorific = (word: string): boolean => HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
/** Nouns for writings that speak for their authors: "the statement said", "her statement read", "a notice says". */
export const DOCUMENT_NOUN =
  /^(article|letter|statement|sign|signs|tweet|post|headline|email|report|note|message|memo|ad|banner|placard|caption|text|release|transcript|filing|complaint|order|ruling|opinion|editorial|advisory|notice|bulletin|paper|card|poster|flyer|leaflet|plaque)$/;

/** A title written short before a name, with or without its period: Dr., Prof., Rev., Sgt., Lt., Insp., Cllr. */
export const isTitleAbbreviation = (word: string): boolean => TITLE_ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''));
export const isSourceNoun = (word: string): boolean => SOURCE_NOUNS.has(word.toLowerCase());

const has = (word: string, ...tags: string[]): boolean => lexiconTags(word).some((t) => tags.includes(t));

export const isFirstName = (word: string): boolean => has(word, 'FirstName', 'MaleName', 'FemaleName');
export const isMaleName = (word: string): boolean => has(word, 'MaleName');
export const isFemaleName = (word: string): boolean => has(word, 'FemaleName');
export const isKnownPersonName = (word: string): boolean => has(word, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person');
export const isKnownPlace = (word: string): boolean => has(word, 'Country', 'City', 'Region', 'Place');
export const isKnownOrganization = (word: string): boolean => has(word, 'Organization', 'SportsTeam', 'Company');
export const isDemonym = (word: string): boolean => has(word, 'Demonym');
export const isDateWord = (word: string): boolean => has(word, 'WeekDay', 'Month', 'Date', 'Holiday');

/** Capitalised words that start sentences or headlines without naming anything. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.length === 0) return false;
  return !tags.some((t) =>
    ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam', 'ProperNoun'].includes(t),
  );
}

/** An occupational noun in compromise's lexicon ("secretary", "minister") or the project's title list. */
export const isRoleNoun = (word: string): boolean =>
  isTitleHead(word) || (isTitleAbbreviation(word) && !isHonorific(word)) || AGE_AS_ROLE.test(word) || has(word, 'Actor');
/** "the 22-year-old said": an age stands for the person as a role noun does. */
const AGE_AS_ROLE = /^\d+-year-old$/;

export { isOrganizationWord, isPlaceWord, lexiconTags };

const EXTRA_ORGANIZATION_WORDS = toSet([
  'department', 'committee', 'party', 'council', 'agency', 'bureau', 'commission', 'court', 'congress', 'senate',
  'times', 'post', 'news', 'journal', 'network', 'institute', 'foundation', 'university', 'campaign', 'administration',
  'inc', 'corp', 'press', 'association', 'union', 'fund', 'pac', 'ministry', 'office', 'service', 'services', 'group',
  'center', 'centre', 'reuters', 'tribune', 'herald', 'gazette', 'magazine', 'radio', 'television', 'tv', 'cnn', 'nbc',
  'abc', 'cbs', 'npr', 'fox', 'msnbc', 'breitbart', 'kremlin', 'pentagon', 'army', 'navy', 'force', 'police', 'bank',
]);
const EXTRA_PLACE_WORDS = toSet(['sea', 'ocean', 'gulf', 'peninsula', 'river', 'lake', 'mountains', 'county', 'city', 'state', 'island', 'islands', 'valley', 'street', 'avenue', 'square']);

export const endsOrganization = (word: string): boolean => EXTRA_ORGANIZATION_WORDS.has(word.toLowerCase()) || isOrganizationWord(word);
export const endsPlace = (word: string): boolean => EXTRA_PLACE_WORDS.has(word.toLowerCase()) || isPlaceWord(word);

const EVENT_WORDS = toSet(['olympics', 'games', 'cup', 'championship', 'summit', 'war', 'convention', 'debate', 'election', 'day', 'act', 'bill', 'law', 'amendment', 'show', 'award', 'awards', 'prize', 'festival', 'series', 'conference', 'forum', 'treaty', 'accord', 'plan', 'report', 'program', 'crisis']);
/** Words that end names of events, laws and works ("Winter Olympics", "Affordable Care Act"): never a person. */
export const endsEvent = (word: string): boolean => EVENT_WORDS.has(word.toLowerCase());
