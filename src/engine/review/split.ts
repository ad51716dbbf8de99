/**
 * Splitting a mention from the entity the engine took it for: the mention, the pronouns that resolve
 * through it (those after it, before the entity is named again) and the quotes that rest on those become
 * an entity of their own, named as the mention is written. A quote without a mention of its own (a
 * quote-only paragraph) goes with the quote of the same entity before it.
 */
import { entityOf, mentionOf, quoteOf } from '../shapes';
import type { Analysis, Entity, Mention, MentionKind, Quote } from '../types';
import { placeMentionAnchors } from './anchor';
import type { EntityDecision } from './format';

/** Mentions that name the entity; the others (pronouns) follow the naming mention before them. */
const NAMING: ReadonlySet<MentionKind> = new Set(['name', 'surname', 'title', 'role']);
export const canSplit = (mention: Pick<Mention, 'kind'>): boolean => NAMING.has(mention.kind);

/**
 * Whether `mention` can be split from `entity`: it names it otherwise than by its whole name ("Whitfield",
 * "Mayor Whitfield", not "Mayor Dan Whitfield"), and another mention names it.
 */
export function splittable(entity: Entity, mention: Mention): boolean {
  if (!canSplit(mention) || mention.text.replace(/\s+/g, ' ').toLowerCase().includes(entity.name.toLowerCase())) return false;
  return entity.mentions.some((m) => m !== mention && m.start !== mention.start && canSplit(m));
}

const key = (name: string): string => name.trim().toLowerCase();

export function applySplits(text: string, analysis: Analysis, decisions: readonly EntityDecision[]): Analysis {
  const splits = decisions.filter((d) => d.split);
  if (splits.length === 0) return analysis;
  let entities = analysis.entities;
  let quotes = analysis.quotes;
  const ids = new Set(entities.map((e) => e.id));
  for (const [name, mine] of groupByName(splits)) {
    const entity = entities.find((e) => key(e.name) === name);
    if (!entity) continue;
    const naming = entity.mentions.filter(canSplit);
    const placed = placeMentionAnchors(text, naming, mine.map((d) => d.split!)).filter((i) => i >= 0);
    // The entity keeps at least one name: a split of every naming mention splits nothing.
    if (placed.length === 0 || placed.length >= naming.length) continue;
    const result = splitMentions(entity, new Set(placed.map((i) => naming[i])), quotes, ids);
    entities = entities.flatMap((e) => (e === entity ? [result.kept, ...result.split] : [e]));
    quotes = result.quotes;
  }
  return entities === analysis.entities ? analysis : { ...analysis, entities, quotes };
}

function groupByName(decisions: readonly EntityDecision[]): Map<string, EntityDecision[]> {
  const groups = new Map<string, EntityDecision[]>();
  for (const d of decisions) groups.set(key(d.name), [...(groups.get(key(d.name)) ?? []), d]);
  return groups;
}

function splitMentions(entity: Entity, splitOff: Set<Mention>, quotes: readonly Quote[], ids: Set<string>): { kept: Entity; split: Entity[]; quotes: Quote[] } {
  /** Each mention's group: the naming mention it is or follows (the entity's own when it is not split off). */
  const groupOf = new Map<Mention, Mention | null>();
  let current: Mention | null = null;
  for (const m of entity.mentions) {
    if (canSplit(m)) current = splitOff.has(m) ? m : null;
    groupOf.set(m, current);
  }
  const newEntity = new Map<Mention, Entity>();
  for (const m of entity.mentions) {
    if (!splitOff.has(m)) continue;
    const name = m.text.replace(/\s+/g, ' ');
    const existing = [...newEntity.values()].find((e) => key(e.name) === key(name));
    if (existing) {
      newEntity.set(m, existing);
      continue;
    }
    let id = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'entity';
    for (let n = 2, base = id; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    newEntity.set(m, entityOf({ id, name, type: entity.type, role: null }, [], []));
  }
  const targetOf = (m: Mention): Entity | undefined => {
    const group = groupOf.get(m);
    return group ? newEntity.get(group) : undefined;
  };
  const keptMentions: Mention[] = [];
  const moved = new Map<Entity, Mention[]>();
  for (const m of entity.mentions) {
    const target = targetOf(m);
    if (!target) keptMentions.push(m);
    else moved.set(target, [...(moved.get(target) ?? []), mentionOf({ ...m, entityId: target.id })]);
  }
  const mentionUnder = (span: { start: number; end: number }): Mention | undefined => entity.mentions.find((m) => m.start < span.end && span.start < m.end);
  let previous: Entity | undefined;
  const nextQuotes = quotes.map((quote) => {
    if (quote.attribution.entityId !== entity.id) return quote;
    const span = quote.attribution.speakerSpan;
    const mention = span ? mentionUnder(span) : undefined;
    const target = mention ? targetOf(mention) : previous;
    previous = target;
    return target ? quoteOf({ ...quote, attribution: { ...quote.attribution, speaker: target.name, entityId: target.id } } as Quote) : quote;
  });
  const split = [...new Set(newEntity.values())].map((e) => withMentions(e, moved.get(e) ?? []));
  return { kept: withMentions(entity, keptMentions), split, quotes: nextQuotes };
}

function withMentions(entity: Entity, mentions: Mention[]): Entity {
  const seen = new Set([key(entity.name)]);
  const aliases: string[] = [];
  for (const m of mentions) {
    const written = m.kind === 'pronoun' ? m.text.toLowerCase() : m.text.replace(/\s+/g, ' ');
    if (seen.has(key(written)) || written.includes(entity.name)) continue;
    seen.add(key(written));
    aliases.push(written);
  }
  return entityOf(entity, aliases, mentions);
}
