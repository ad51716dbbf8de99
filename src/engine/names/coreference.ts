/**
 * Pronouns and role nouns to entities. A pronoun that speaks ("he added") is most often the person who
 * spoke last; failing that, the subject of its own sentence, then the person named most recently.
 */
import type { Attribution } from '../types';
import type { EntityDraft, EntityIndex, Gender, MentionDraft } from './entities';
import { firstStartingAt } from '../text/spans';

export interface Salience {
  /** The last entity that spoke, with where its speech cue was and in which paragraph. */
  lastSpeaker: { entity: EntityDraft; at: number; paragraph: number; span: { start: number; end: number } } | null;
  /** The last source of any kind, unnamed ones included ("the letter", "a spokesman"). */
  lastSource: { attribution: Attribution; at: number; paragraph: number } | null;
}

export interface Resolved {
  entity: EntityDraft;
  confidence: number;
  how: string;
}

const compatible = (entity: EntityDraft, gender: Gender): boolean =>
  entity.type === 'person' && (gender === null || entity.gender === null || entity.gender === gender);

export function genderOfPronoun(pronoun: string): Gender {
  return /^(he|him|his)$/i.test(pronoun) ? 'male' : /^(she|her|hers)$/i.test(pronoun) ? 'female' : null;
}

/** Where a pronoun stands, and what the document knows so far. */
export interface PronounSite {
  /** The pronoun's offset, and its sentence's. */
  at: number;
  sentenceStart: number;
  /** The pronoun's paragraph, and where every paragraph starts (to bound how far back an antecedent may be). */
  paragraph: number;
  paragraphStarts: readonly number[];
  index: EntityIndex;
  salience: Salience;
}

export function resolvePronoun(pronoun: string, site: PronounSite): Resolved | null {
  if (!anyoneToResolveTo(site)) return null;
  const strict = resolveWithGender(genderOfPronoun(pronoun), site);
  if (strict) return strict;
  // A first name's usual gender is only a hint (Terry, Jordan): without a match, ignore it, less surely.
  const loose = resolveWithGender(null, site);
  return loose && { ...loose, confidence: Math.min(loose.confidence, 0.55), how: `${loose.how}, gender unknown` };
}

/** Mentions outside quotations, starting in [from, to), of people of a compatible gender. */
function peopleBetween(index: EntityIndex, from: number, to: number, gender: Gender): MentionDraft[] {
  const found: MentionDraft[] = [];
  for (let i = firstStartingAt(index.mentions, from); i < index.mentions.length && index.mentions[i].start < to; i++) {
    const m = index.mentions[i];
    if (!m.inQuote && m.entityId && compatible(index.byId.get(m.entityId)!, gender)) found.push(m);
  }
  return found;
}

/** Whether a recent speaker or a person named in the last few paragraphs could be the antecedent at all. */
function anyoneToResolveTo({ at, paragraph, paragraphStarts, index, salience }: PronounSite): boolean {
  const last = salience.lastSpeaker;
  if (last && last.paragraph >= paragraph - 2) return true;
  return peopleBetween(index, paragraphStarts[Math.max(0, paragraph - 4)] ?? 0, at, null).length > 0;
}

function resolveWithGender(gender: Gender, { at, sentenceStart, paragraph, paragraphStarts, index, salience }: PronounSite): Resolved | null {
  const people = (from: number, to: number): MentionDraft[] => peopleBetween(index, from, to, gender);

  // The subject of the pronoun's own sentence ("Lavrov said, citing what he called ...").
  const inSentence = people(sentenceStart, at);
  if (inSentence.length) {
    const distinct = new Set(inSentence.map((m) => m.entityId));
    return { entity: index.byId.get(inSentence[0].entityId!)!, confidence: distinct.size > 1 ? 0.65 : 0.85, how: 'subject of the same sentence' };
  }
  const last = salience.lastSpeaker;
  if (last && last.paragraph >= paragraph - 2 && compatible(last.entity, gender)) {
    // Another person named since the last speaker spoke makes the pronoun less certain.
    const since = people(last.at, at).filter((m) => m.entityId !== last.entity.id);
    // "Heat coach Erik Spoelstra was blunt. ¶ “We did not guard anybody,” he said.": the one person the paragraph
    // before names, after the last speaker spoke, is whom the pronoun picks up.
    const previous = paragraphStarts[paragraph - 1];
    if (since.length && previous !== undefined && last.at < previous) {
      const before = people(previous, paragraphStarts[paragraph]);
      if (before.length && before.every((m) => m.entityId === before[0].entityId)) {
        return { entity: index.byId.get(before[0].entityId!)!, confidence: 0.7, how: 'the person the paragraph before names' };
      }
    }
    return { entity: last.entity, confidence: since.length ? 0.7 : 0.85, how: 'the last speaker' };
  }
  const recent = people(paragraphStarts[Math.max(0, paragraph - 4)] ?? 0, at);
  if (recent.length) {
    const m = recent[recent.length - 1];
    const distinct = new Set(recent.map((r) => r.entityId));
    return { entity: index.byId.get(m.entityId!)!, confidence: distinct.size > 1 ? 0.6 : 0.75, how: 'the person named last' };
  }
  return null;
}

/** "the secretary" resolved: `entity` is the one whose role has that head noun, named before it (see `entityByRole`). */
export function roleNounResolved(entity: EntityDraft | undefined): Resolved | null {
  return entity ? { entity, confidence: 0.8, how: `the entity whose role is ${entity.role}` } : null;
}
