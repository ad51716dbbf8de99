/**
 * The one place that imports compromise. The engine uses its lexicon (names, places, organizations,
 * parts of speech of common words) and abbreviation list; running compromise's full tagger on every
 * sentence is what makes it slow, and the rules here need only word-level facts.
 */
import nlp from 'compromise';
import { detached } from '../detach';

type LexiconEntry = string | string[] | undefined;

const model = nlp.model() as {
  one: { lexicon: Record<string, LexiconEntry>; abbreviations: Record<string, true> };
  two: { orgWords: Record<string, true>; placeWords: Record<string, true> };
};

const NO_TAGS: readonly string[] = [];

/** Tags by the word as asked for: the rules ask about the same few thousand words again and again. */
const TAGS = new Map<string, readonly string[]>();
const MAX_TAGGED_WORDS = 250_000;

/** compromise's lexicon tags for a word ("sergey" -> ["MaleName"]), or none. The array is shared: do not change it. */
export function lexiconTags(word: string): readonly string[] {
  let tags = TAGS.get(word);
  if (tags === undefined) {
    const entry = model.one.lexicon[word.toLowerCase()];
    tags = entry === undefined ? NO_TAGS : typeof entry === 'string' ? [entry] : entry;
    if (TAGS.size >= MAX_TAGGED_WORDS) TAGS.clear(); // a text of random words: start the table again
    TAGS.set(detached(word), tags);
  }
  return tags;
}

/** Abbreviations that end with a period without ending a sentence ("approx.", "misc."). */
export function isKnownAbbreviation(word: string): boolean {
  return model.one.abbreviations[word.toLowerCase()] === true;
}

/** Words that end organization names ("Association", "Bureau"). */
export function isOrganizationWord(word: string): boolean {
  return model.two.orgWords[word.toLowerCase()] === true;
}

/** Words that end place names ("Bay", "Gulf"). */
export function isPlaceWord(word: string): boolean {
  return model.two.placeWords[word.toLowerCase()] === true;
}
