/**
 * Whether a quote's source is named: a speaker resolved to a named entity is; a speaker phrase kept as written
 * ("officials", "a senior official", "a neighbourhood group") or an entity that is only a source noun is not.
 */
// The lexicon file itself, not lexicon.ts: that one loads compromise, which the editor's bundle must not carry.
import roles from '../lexicon/roles.json';
import { isTwoPeopleNamed, type Analysis, type Attribution, type Entity } from '../types';

const SOURCE_NOUNS = new Set(roles.sourceNouns.map((w: string) => w.toLowerCase()));
const isSourceNoun = (word: string): boolean => SOURCE_NOUNS.has(word);

/** "Officials", "Sources", "The spokesman": an entity whose every word is a determiner or a source noun. */
function isVagueName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter((w) => !/^(a|an|the|some|several|two|three|senior|local)$/.test(w));
  return words.length > 0 && words.every(isSourceNoun);
}

export function entityOf(analysis: Pick<Analysis, 'entities'>, attribution: Attribution): Entity | undefined {
  return attribution.entityId === null ? undefined : analysis.entities.find((e) => e.id === attribution.entityId);
}

/** True for a speaker that is named; false for an unnamed (anonymous) one; undefined when there is no speaker. */
export function isNamedSource(attribution: Attribution, entity: Entity | undefined): boolean | undefined {
  if (attribution.speaker === null) return undefined;
  if (!entity) return isTwoPeopleNamed(attribution);
  return !isVagueName(entity.name);
}
