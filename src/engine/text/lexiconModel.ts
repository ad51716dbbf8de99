/**
 * What the engine takes from compromise: its lexicon (word -> tags), its abbreviations and the words that end
 * organization and place names. The one place that imports compromise. The bundles hold this module's value as
 * computed when they were built (see scripts/build.mjs), so that a program does not unpack compromise's
 * compressed model, a quarter of a second, every time it starts.
 */
import nlp from 'compromise';

export type LexiconEntry = string | string[];

export interface LexiconModel {
  lexicon: Record<string, LexiconEntry>;
  abbreviations: Record<string, true>;
  orgWords: Record<string, true>;
  placeWords: Record<string, true>;
}

const model = nlp.model() as {
  one: { lexicon: Record<string, LexiconEntry>; abbreviations: Record<string, true> };
  two: { orgWords: Record<string, true>; placeWords: Record<string, true> };
};

export const LEXICON_MODEL: LexiconModel = {
  lexicon: model.one.lexicon,
  abbreviations: model.one.abbreviations,
  orgWords: model.two.orgWords,
  placeWords: model.two.placeWords,
};
