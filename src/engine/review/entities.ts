/**
 * Decisions about names applied to an analysis: mentions a person split off become entities of their own
 * (split.ts), a name that is no person or organization is dropped (the quotes credited to it are
 * unattributed), and two entities a person says are one are merged (the second's mentions, names and
 * quotes go to the first).
 */
import { entityOf, mentionOf, quoteOf } from '../shapes';
import { SET_BY_PERSON, type Analysis, type Attribution, type Entity, type Quote } from '../types';
import type { EntityDecision } from './format';
import { applySplits } from './split';

export const NOT_A_PERSON_RULE = `${SET_BY_PERSON}: not a person`;

const key = (name: string): string => name.trim().toLowerCase();

export function applyEntityDecisions(text: string, automatic: Analysis, decisions: readonly EntityDecision[] | undefined): Analysis {
  if (!decisions?.length) return automatic;
  // Split first, so that a mention split off can be said to be someone else (Same Person As) or nobody.
  const analysis = applySplits(text, automatic, decisions);
  const byName = new Map(analysis.entities.map((e) => [key(e.name), e]));
  const dropped = new Set<string>();
  /** Entity id → the entity it is merged into. */
  const mergedInto = new Map<string, Entity>();
  const target = (entity: Entity): Entity => {
    let current = entity;
    for (let guard = 0; mergedInto.has(current.id) && guard < 20; guard++) current = mergedInto.get(current.id)!;
    return current;
  };
  for (const decision of decisions) {
    const entity = byName.get(key(decision.name));
    if (!entity) continue;
    if (decision.notAPerson) dropped.add(entity.id);
    else if (decision.sameAs) {
      const other = byName.get(key(decision.sameAs));
      if (other && target(other).id !== entity.id) mergedInto.set(entity.id, other);
    }
  }
  if (dropped.size === 0 && mergedInto.size === 0) return analysis;

  const finalOf = (id: string | null): Entity | null | undefined => {
    if (id === null) return undefined;
    const entity = analysis.entities.find((e) => e.id === id);
    if (!entity) return undefined;
    const final = target(entity);
    return dropped.has(final.id) || dropped.has(id) ? null : final;
  };
  const quotes = analysis.quotes.map((quote) => {
    const final = finalOf(quote.attribution.entityId);
    if (final === undefined || (final !== null && final.id === quote.attribution.entityId)) return quote;
    const attribution: Attribution =
      final === null
        ? { speaker: null, entityId: null, speakerSpan: quote.attribution.speakerSpan, cue: quote.attribution.cue, cueSpan: quote.attribution.cueSpan, confidence: 0, rule: NOT_A_PERSON_RULE }
        : { ...quote.attribution, speaker: final.name, entityId: final.id };
    return quoteOf({ ...quote, attribution } as Quote);
  });
  const entities: Entity[] = [];
  for (const entity of analysis.entities) {
    if (mergedInto.has(entity.id) || dropped.has(entity.id)) continue;
    const parts = analysis.entities.filter((e) => e === entity || (mergedInto.has(e.id) && target(e).id === entity.id && !dropped.has(e.id)));
    if (parts.length === 1) {
      entities.push(entity);
      continue;
    }
    const names = new Set<string>();
    for (const part of parts) for (const name of [part.name, ...part.aliases]) if (name !== entity.name) names.add(name);
    const mentions = parts
      .flatMap((part) => part.mentions)
      .map((m) => mentionOf({ ...m, entityId: entity.id }))
      .sort((a, b) => a.start - b.start);
    entities.push(entityOf({ ...entity, role: entity.role ?? parts.find((p) => p.role)?.role ?? null }, [...names], mentions));
  }
  return { ...analysis, quotes, entities };
}
