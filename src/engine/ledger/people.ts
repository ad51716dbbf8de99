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

const normalName = (name: string): string => nameWords(name).join(' ').toLowerCase();
const surname = (name: string): string => {
  const words = nameWords(name);
  return words[words.length - 1].toLowerCase();
};
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

  const byFullName = new Map<string, number>();
  entities.forEach(({ entity }, i) => {
    const key = `${entity.type}|${normalName(entity.name)}`;
    const first = byFullName.get(key);
    if (first === undefined) byFullName.set(key, i);
    else union(first, i);
  });

  // A surname alone joins the full names with that surname and the same role.
  const fullBySurnameRole = new Map<string, number[]>();
  entities.forEach(({ entity }, i) => {
    const role = normalRole(entity.role);
    if (entity.type !== 'person' || role === null || nameWords(entity.name).length < 2) return;
    const key = `${surname(entity.name)}|${role}`;
    pushTo(fullBySurnameRole, key, i);
  });
  entities.forEach(({ entity }, i) => {
    const role = normalRole(entity.role);
    if (entity.type !== 'person' || role === null || nameWords(entity.name).length !== 1) return;
    const candidates = fullBySurnameRole.get(`${surname(entity.name)}|${role}`) ?? [];
    // Two different full names with this surname and role: which one is meant is not known.
    const names = new Set(candidates.map((c) => normalName(entities[c].entity.name)));
    if (names.size === 1) union(candidates[0], i);
  });

  const groups = new Map<number, FileEntity[]>();
  entities.forEach((member, i) => pushTo(groups, find(i), member));
  return [...groups.values()].map((members) => {
    const wordsIn = (m: FileEntity): number => nameWords(m.entity.name).length;
    const fullest = members.reduce((best, m) => (wordsIn(m) > wordsIn(best) ? m : best));
    const roles: string[] = [];
    for (const { entity } of members) {
      if (entity.role && !roles.some((r) => normalRole(r) === normalRole(entity.role))) roles.push(entity.role);
    }
    const { name, type } = fullest.entity;
    return { id: `${type}:${normalName(name)}`, name, type, roles, members };
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
