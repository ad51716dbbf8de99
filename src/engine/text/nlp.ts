/**
 * Word-level facts from compromise's lexicon (names, places, organizations, parts of speech of common words)
 * and abbreviation list; running compromise's full tagger on every sentence is what makes it slow, and the
 * rules here need only these. The lists are plain objects: a word is looked up as an own key only, so that
 * "constructor" or "toString" are words like any other.
 */
import { LEXICON_MODEL as model } from './lexiconModel';
import { detached } from '../detach';

const NO_TAGS: readonly string[] = [];
const has = (list: Record<string, unknown>, word: string): boolean => Object.prototype.hasOwnProperty.call(list, word);

/** Tags by the word as asked for: the rules ask about the same few thousand words again and again. */
const TAGS = new Map<string, readonly string[]>();
const MAX_TAGGED_WORDS = 250_000;

/** compromise's lexicon tags for a word ("sergey" -> ["MaleName"]), or none. The array is shared: do not change it. */
export function lexiconTags(word: string): readonly string[] {
  let tags = TAGS.get(word);
  if (tags === undefined) {
    const lower = word.toLowerCase();
    const entry = has(model.lexicon, lower) ? model.lexicon[lower] : undefined;
    tags = entry === undefined ? NO_TAGS : typeof entry === 'string' ? [entry] : entry;
    if (TAGS.size >= MAX_TAGGED_WORDS) TAGS.clear(); // a text of random words: start the table again
    TAGS.set(detached(word), tags);
  }
  return tags;
}

/** Abbreviations that end with a period without ending a sentence ("approx.", "misc."). */
export function isKnownAbbreviation(word: string): boolean {
  return has(model.abbreviations, word.toLowerCase());
}

/** Words that end organization names ("Association", "Bureau"). */
export function isOrganizationWord(word: string): boolean {
  return has(model.orgWords, word.toLowerCase());
}

/** Words that end place names ("Bay", "Gulf"). */
export function isPlaceWord(word: string): boolean {
  return has(model.placeWords, word.toLowerCase());
}
