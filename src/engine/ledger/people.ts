/**
 * Who is who across articles. Each article names its people on its own ("Mayor Dana Whitfield" in one,
 * "Mayor Whitfield" in the next); two entities are taken for one person when they have the same full name, or
 * when one is known by its surname alone and both hold the same role with that surname. Nothing is guessed
 * beyond that: a lone "Whitfield" with no role stays apart from "Dana Whitfield".
 */
import type { Entity } from '../types';

/** One entity of one article. */
export interface FileEntity {
  file: string;
  entity: Entity;
}

export interface Person {
  /** Stable within one ledger: the lower-case fullest name. */
  id: string;
  /** The fullest name any article gives ("Dana Whitfield"). */
  name: string;
  type: Entity['type'];
  /** Every role the articles give, as first written. */
  roles: string[];
  members: FileEntity[];
}

const NAME_SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

function nameWords(name: string): string[] {
  const words = name.trim().split(/\s+/).map((w) => w.replace(/[,.]$/, ''));
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1])) words.pop();
  return words;
}

const normalRole = (role: string | null): string | null => (role ? role.trim().toLowerCase().replace(/\s+/g, ' ') : null);

/** Groups entities that name one person (or organisation, or place) across files. */
export function matchPeople(entities: readonly FileEntity[]): Person[] {
  const parent = entities.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Each entity's name read once: a workspace has tens of thousands.
  const facts = entities.map(({ entity }) => {
    const words = nameWords(entity.name);
    const surname = words[words.length - 1].toLowerCase();
    return { words: words.length, full: words.join(' ').toLowerCase(), surname, role: normalRole(entity.role) };
  });

  const byFullName = new Map<string, number>();
  entities.forEach(({ entity }, i) => {
    const key = `${entity.type}|${facts[i].full}`;
    const first = byFullName.get(key);
    if (first === undefined) byFullName.set(key, i);
    else union(first, i);
  });

  // A surname alone joins the full names with that surname and the same role.
  const fullBySurnameRole = new Map<string, number[]>();
  entities.forEach(({ entity }, i) => {
    const { role, words, surname } = facts[i];
    if (entity.type === 'person' && role !== null && words >= 2) pushTo(fullBySurnameRole, `${surname}|${role}`, i);
  });
  entities.forEach(({ entity }, i) => {
    const { role, words, surname } = facts[i];
    if (entity.type !== 'person' || role === null || words !== 1) return;
    const candidates = fullBySurnameRole.get(`${surname}|${role}`) ?? [];
    // Two different full names with this surname and role: which one is meant is not known.
    const names = new Set(candidates.map((c) => facts[c].full));
    if (names.size === 1) union(candidates[0], i);
  });

  const groups = new Map<number, number[]>();
  entities.forEach((_, i) => pushTo(groups, find(i), i));
  return [...groups.values()].map((indices) => {
    const fullest = indices.reduce((best, i) => (facts[i].words > facts[best].words ? i : best));
    const roles: string[] = [];
    const seen = new Set<string>();
    for (const i of indices) {
      const role = entities[i].entity.role;
      if (role && !seen.has(facts[i].role!)) {
        seen.add(facts[i].role!);
        roles.push(role);
      }
    }
    const { name, type } = entities[fullest].entity;
    return { id: `${type}:${facts[fullest].full}`, name, type, roles, members: indices.map((i) => entities[i]) };
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
