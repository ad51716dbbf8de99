/**
 * Clusters name chunks into entities: a full name is the canonical form, a surname or first name alone
 * is the person introduced with it, a role written before any mention becomes the entity's role.
 */
import type { Span, Entity, EntityType, MentionKind } from '../types';
import { genderOfWordFirstName, isWordFirstName, type NameChunk } from './names';
import { endsOrganization, isCommonWord, isFemaleName, isFirstName, isMaleName, isPeoplePlural, isRoleNoun, isTitleComplement, isTitleHead } from '../lexicon';
import { detached } from '../detach';
import { entityOf, mentionOf, type Move } from '../shapes';

export type Gender = 'male' | 'female' | null;

export interface EntityDraft {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  gender: Gender;
  words: string[];
  mentions: MentionDraft[];
}

export interface MentionDraft {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  entityId: string | null;
  inQuote: boolean;
}

const key = (words: string[]): string => words.join(' ').toLowerCase();

/**
 * A title with no name ("Prime Minister", "Home Secretary", "the Mayor"): the person is known by the role alone.
 * It ends with a title word, and the words before it are titles, their complements or common words, no first name.
 */
function isTitleAlone(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (!isTitleHead(lower[lower.length - 1])) return false;
  return lower.every((w) => !isFirstName(w) && (isTitleHead(w) || isTitleComplement(w) || isCommonWord(w)));
}

function genderOf(chunk: NameChunk): Gender {
  if (chunk.honorific) return /^mr/i.test(chunk.honorific) && !/^mrs/i.test(chunk.honorific) ? 'male' : /^m(r?s|iss)/i.test(chunk.honorific) ? 'female' : null;
  const first = chunk.words[0]?.toLowerCase();
  if (!first || chunk.words.length < 2) return null;
  if (isWordFirstName(first)) return genderOfWordFirstName(first);
  if (isMaleName(first) && !isFemaleName(first)) return 'male';
  if (isFemaleName(first) && !isMaleName(first)) return 'female';
  return null;
}

/**
 * An entity's id comes from its name ("mike-pompeo"), not from the order names appear in: a name added or
 * changed elsewhere leaves every other entity's id as it was (for exports and for re-analysis alike).
 */
function idFor(key: string, taken: ReadonlyMap<string, unknown>): string {
  let base = idBases.get(key);
  if (base === undefined) {
    if (idBases.size > 50_000) idBases.clear();
    base = key.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'entity';
    idBases.set(detached(key), base);
  }
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const idBases = new Map<string, string>();

export interface EntityIndex {
  entities: EntityDraft[];
  byId: Map<string, EntityDraft>;
  /** Every name mention in document order (pronouns and role nouns are added later by coreference). */
  mentions: MentionDraft[];
  /** For each of `mentions`, the chunk it was made from (its index in the chunks given), to move it along. */
  mentionChunks: number[];
  /** How many mentions each entity had from names alone, before coreference added its own. */
  namedMentionCounts: Map<EntityDraft, number>;
}

/**
 * `chunks` in document order. `speakerWords` are lone capitalised words that stand before a speech verb:
 * a name we could not type otherwise ("Caddell continued").
 */
export function buildEntities(chunks: NameChunk[], speakerWords: ReadonlySet<string>): EntityIndex {
  const entities: EntityDraft[] = [];
  const byKey = new Map<string, EntityDraft>();
  const byId = new Map<string, EntityDraft>();
  const mentions: MentionDraft[] = [];
  const mentionChunks: number[] = [];

  /** Each entity's words in lower case, joined (what `byKey` holds it under). */
  const keyOf = new Map<EntityDraft, string>();
  const create = (words: string[], type: EntityType, chunk: NameChunk): EntityDraft => {
    const entityKey = key(words);
    // Shown as the role it is: "the Prime Minister" said it, and the role is Prime Minister.
    const titleAlone = type === 'person' && isTitleAlone(words);
    const entity: EntityDraft = {
      id: idFor(entityKey, byId),
      name: titleAlone ? `the ${chunk.text}` : chunk.text,
      type,
      role: titleAlone ? chunk.text : null,
      gender: type === 'person' ? genderOf(chunk) : null,
      words,
      mentions: [],
    };
    entities.push(entity);
    byKey.set(entityKey, entity);
    keyOf.set(entity, entityKey);
    byId.set(entity.id, entity);
    return entity;
  };

  // Full names first, so that a surname anywhere (even in a headline above) finds its person.
  const speaks = (c: NameChunk): boolean => c.type === 'unknown' && !c.surnameOnly && speakerWords.has(c.words[c.words.length - 1].toLowerCase());
  const people = chunks.filter((c) => (c.type === 'person' || speaks(c)) && c.words.length > 1);
  for (const c of people) if (!byKey.has(c.key)) create(c.words, 'person', c);
  // Full names by their last and first words, for surnames and first names alone.
  const byWord = new Map<string, EntityDraft[]>();
  for (const e of entities) {
    if (e.type !== 'person' || e.words.length < 2) continue;
    for (const w of new Set([e.words[e.words.length - 1].toLowerCase(), e.words[0].toLowerCase()])) byWord.set(w, [...(byWord.get(w) ?? []), e]);
  }
  const lastSeen = new Map<string, number>();

  /** The person a partial name points to: the one named most recently before, else the first introduced. */
  const personFor = (chunk: NameChunk): EntityDraft | undefined => {
    // Compared as keys: "mike pompeo" ends with " pompeo" (a surname) or starts with "mike " (a first name).
    const n = chunk.words.length;
    const candidates = byWord.get(chunk.key.slice(chunk.key.lastIndexOf(' ') + 1));
    if (!candidates) return undefined;
    // "Mrs. Clinton" is not Bill Clinton: an honorific's gender must fit the person's.
    const gender = genderOf(chunk);
    const matches = candidates.filter((e) => {
      if (n >= e.words.length || (gender && e.gender && gender !== e.gender)) return false;
      const entityKey = keyOf.get(e)!;
      return entityKey.endsWith(` ${chunk.key}`) || (n === 1 && entityKey.startsWith(`${chunk.key} `) && isFirstName(chunk.key));
    });
    if (matches.length <= 1) return matches[0];
    return [...matches].sort((a, b) => (lastSeen.get(b.id) ?? -1) - (lastSeen.get(a.id) ?? -1))[0];
  };

  chunks.forEach((chunk, chunkIndex) => {
    let entity = byKey.get(chunk.key);
    let kind: MentionKind = chunk.role ? 'title' : 'name';
    if (!entity || entity.type !== 'person') {
      const person = chunk.words.length <= 2 ? personFor(chunk) : undefined;
      if (person && (chunk.type === 'person' || chunk.type === 'unknown' || !entity)) {
        entity = person;
        if (!chunk.role) kind = 'surname';
      }
    }
    if (!entity) {
      let type: EntityType | null = chunk.type === 'unknown' ? null : chunk.type;
      const last = chunk.words[chunk.words.length - 1].toLowerCase();
      // "Democrats said", "the Department said": a plural for people or an institution speaks as a body, no person;
      // "her fellow Democrats" is no person even where the name's words alone would make one.
      const peoplePlural = chunk.words.length === 1 && isPeoplePlural(last);
      const body = peoplePlural || (chunk.words.length === 1 && endsOrganization(last));
      if (!type && speakerWords.has(last)) type = body ? 'organization' : 'person';
      else if (type === 'person' && peoplePlural) type = 'organization';
      if (!type || chunk.surnameOnly) return;
      entity = create(chunk.words, type, chunk);
    }
    if (!entity.role && entity.type === 'person') entity.role = chunk.role?.text ?? chunk.appositive?.text ?? null;
    if (!entity.gender && entity.type === 'person') entity.gender = genderOf(chunk);
    const mention: MentionDraft = { start: 0, end: 0, text: '', kind, entityId: entity.id, inQuote: chunk.inQuote };
    placeMention(mention, chunk);
    mentions.push(mention);
    mentionChunks.push(chunkIndex);
    entity.mentions.push(mention);
    lastSeen.set(entity.id, chunk.start);
  });
  // A title mention starts at its role, before names read earlier ("Democratic" in "longtime Democratic
  // pollster Pat Caddell"): sorted by start, as the lookups that search them expect.
  const order = mentions.map((_, i) => i);
  if (mentions.some((m, i) => i > 0 && m.start < mentions[i - 1].start)) order.sort((a, b) => mentions[a].start - mentions[b].start || a - b);
  return {
    entities,
    byId,
    mentions: order.map((i) => mentions[i]),
    mentionChunks: order.map((i) => mentionChunks[i]),
    namedMentionCounts: new Map(entities.map((e) => [e, e.mentions.length])),
  };
}

/** A title mention starts with its role ("Secretary of State Mike Pompeo"); the others are the name. */
function placeMention(mention: MentionDraft, chunk: NameChunk): void {
  mention.start = chunk.role && mention.kind === 'title' ? Math.min(chunk.role.start, chunk.start) : chunk.start;
  mention.end = chunk.end;
}

/**
 * The index again for chunks that read the same to entity building as the ones it was built from (the
 * same names in the same order, only moved): every name mention is moved to its chunk, and the mentions
 * coreference added last time are dropped.
 */
export function reuseEntityIndex(index: EntityIndex, chunks: NameChunk[]): EntityIndex {
  index.mentions.forEach((m, i) => placeMention(m, chunks[index.mentionChunks[i]]));
  for (const [entity, count] of index.namedMentionCounts) entity.mentions.length = count;
  return index;
}

/**
 * The index moved along with an edit that changed no name (the typing fast path), so that the next
 * comparison with it (`entitiesChangedAway`) sees its mentions where they stand now.
 */
export function moveEntityIndex(index: EntityIndex, movedTo: Move): void {
  for (const m of index.mentions) {
    m.start = movedTo(m.start, true);
    m.end = movedTo(m.end, false);
  }
}

/** The words of a role in lower case, by the role as written: every role noun a sieve meets asks about every entity's role. */
const ROLE_WORDS = new Map<string, readonly string[]>();
const MAX_ROLES = 50_000;

function roleWordsOf(role: string): readonly string[] {
  let words = ROLE_WORDS.get(role);
  if (words === undefined) {
    words = role.toLowerCase().split(/\s+/).map(detached);
    if (ROLE_WORDS.size >= MAX_ROLES) ROLE_WORDS.clear();
    ROLE_WORDS.set(detached(role), words);
  }
  return words;
}

/** The entity whose role's head noun is `head` ("secretary" -> Secretary of State Mike Pompeo), most recently named before `before`. */
export function entityByRole(index: EntityIndex, head: string, before: number): EntityDraft | undefined {
  if (!isRoleNoun(head)) return undefined;
  let best: EntityDraft | undefined;
  let bestAt = -1;
  const wanted = head.toLowerCase();
  for (const e of index.entities) {
    if (!e.role || !roleWordsOf(e.role).includes(wanted)) continue;
    let last: MentionDraft | undefined;
    for (const m of e.mentions) if (m.start < before && (!last || m.start > last.start)) last = m;
    if (last && last.start > bestAt) {
      best = e;
      bestAt = last.start;
    }
  }
  return best;
}

/** The public shape: aliases are the other names used, without the canonical one. */
export function toEntity(draft: EntityDraft, text: string): Entity {
  const sorted = [...draft.mentions].sort((a, b) => a.start - b.start);
  const mentions = sorted.map((m) => mentionOf(m, undefined, text.slice(m.start, m.end)));
  // Other names: not the canonical one nor a title form that contains it ("Secretary of State Mike Pompeo").
  const aliases: string[] = [];
  const seen = new Set<string>([draft.name.toLowerCase()]);
  for (const m of mentions) {
    const written = /\s\s|[\n\r\t]/.test(m.text) ? m.text.replace(/\s+/g, ' ') : m.text;
    const key = written.toLowerCase();
    if (seen.has(key) || written.includes(draft.name)) continue;
    seen.add(key);
    aliases.push(m.kind === 'pronoun' ? key : written);
  }
  return entityOf(draft, aliases, mentions);
}

/** How the entities differ away from a changed stretch of text (see `entitiesChangedAway`). */
export interface EntityChange {
  /** Entities named outside the stretch that came, went, or changed name, type, gender or mentions. */
  affected: Set<string>;
  /** Where their mentions outside the stretch stand now, or stood (moved to the text now). */
  affectedAt: number[];
}

/** Beyond this many affected entities the whole document is sieved again: it would be anyway. */
const MOST_AFFECTED = 40;

/**
 * How `next` differs from `previous` outside a changed stretch of text (`before` in the previous text, `now`
 * in this one): entities named only inside it may come and go (a lookup in the whole list is asked again,
 * see reuse/paragraphQuery.ts); the others that differ are affected, and
 * where they are named (before and after) tells which paragraphs must be sieved again. Null when too many differ.
 */
export function entitiesChangedAway(previous: EntityIndex, next: EntityIndex, before: Span, now: Span): EntityChange | null {
  const inside = (m: MentionDraft, stretch: Span): boolean => m.end > stretch.start && m.start < stretch.end;
  // Entities on one side only that are named nowhere but inside the stretch only come or go.
  const namedOnlyInside = (index: EntityIndex, entity: EntityDraft, stretch: Span): boolean =>
    entity.mentions.slice(0, index.namedMentionCounts.get(entity)).every((m) => inside(m, stretch));
  const affected = new Set<string>();
  for (const a of previous.entities) {
    const b = next.byId.get(a.id);
    if (!b) {
      if (!namedOnlyInside(previous, a, before)) affected.add(a.id);
    } else if (a.name !== b.name || a.type !== b.type || a.gender !== b.gender || a.words.join(' ') !== b.words.join(' ')) affected.add(a.id);
    // A role alone that changed ("press secretxary Josh Earnest") is read only by lookups by role, asked again.
  }
  for (const b of next.entities) {
    if (previous.byId.has(b.id)) continue;
    if (!namedOnlyInside(next, b, now)) affected.add(b.id);
  }
  // The mentions outside the stretch, in order, those after it moved: where two differ, both entities are affected.
  const delta = now.end - before.end;
  const was = previous.mentions.filter((m) => !inside(m, before));
  const is = next.mentions.filter((m) => !inside(m, now));
  const startOf = (m: MentionDraft): number => (m.start >= before.end ? m.start + delta : m.start);
  const endOf = (m: MentionDraft): number => (m.start >= before.end ? m.end + delta : m.end);
  for (let i = 0, j = 0; i < was.length || j < is.length; ) {
    const w = was[i];
    const n = is[j];
    if (w && n && startOf(w) === n.start && endOf(w) === n.end && w.kind === n.kind && w.entityId === n.entityId && w.inQuote === n.inQuote) {
      i++;
      j++;
      continue;
    }
    const wStart = w ? startOf(w) : Infinity;
    const nStart = n ? n.start : Infinity;
    if (w && wStart <= nStart) {
      affected.add(w.entityId!);
      i++;
    }
    if (n && nStart <= wStart) {
      affected.add(n.entityId!);
      j++;
    }
  }
  if (affected.size > MOST_AFFECTED) return null;
  const affectedAt: number[] = [];
  for (const m of was) if (affected.has(m.entityId!)) affectedAt.push(startOf(m));
  for (const m of is) if (affected.has(m.entityId!)) affectedAt.push(m.start);
  return { affected, affectedAt };
}
