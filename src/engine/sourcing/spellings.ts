/**
 * Names spelled two ways in one article (Guaidó / Guaido, Zelensky / Zelenskyy, Mohammed / Muhammad) and
 * titles that change for one person (Sen. / Rep.), each with the edits that make them agree.
 */
import type { Entity, Replacement, SourcingFinding, SourcingFix, Span } from '../types';
import { foldWord, nameWordsOf, namingMentions, wordsOf, type WrittenWord } from '../people/mentions';

interface Occurrence extends Span {
  written: string;
  /** In lower case: spellings differ in letters and accents, not in capitals. */
  spelling: string;
  entity: Entity;
}

/**
 * A spelling's consonants: the first letter, then the rest without vowels (y counts as one) and without
 * doubled letters. Transliterations of one name share it (mohammed, muhammad: "mhmd").
 */
function skeleton(folded: string): string {
  let result = skeletons.get(folded);
  if (result === undefined) {
    if (skeletons.size > 50_000) skeletons.clear();
    result = (folded[0] + folded.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1');
    skeletons.set(folded, result);
  }
  return result;
}

const skeletons = new Map<string, string>();

const SHORTEST_SKELETON = 4;
const SHORTEST_WORD = 3;

/** Another entity's words, left when the variant word is taken out: one set must hold the other. */
function compatible(a: Occurrence, b: Occurrence): boolean {
  if (a.entity === b.entity) return true;
  const rest = (o: Occurrence): string[] => nameWords(o.entity).filter((w) => w !== foldWord(o.written));
  const [short, long] = [rest(a), rest(b)].sort((x, y) => x.length - y.length);
  return short.every((w) => long.some((v) => v === w || skeleton(v) === skeleton(w)));
}

const entityWords = new WeakMap<Entity, string[]>();
function nameWords(entity: Entity): string[] {
  let words = entityWords.get(entity);
  if (!words) entityWords.set(entity, (words = wordsOf(entity.name).map((w) => foldWord(w.text))));
  return words;
}

/** Capitals as the occurrence has them: a capitalised word gets a capitalised replacement. */
function asWritten(written: string, spelling: string): string {
  return /^\p{Lu}/u.test(written) && !/^\p{Lu}/u.test(spelling) ? spelling[0].toUpperCase() + spelling.slice(1) : spelling;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The first occurrence of each entity. */
function oncePerEntity(occurrences: Occurrence[]): Occurrence[] {
  const first = new Map<Entity, Occurrence>();
  for (const o of occurrences) if (!first.has(o.entity)) first.set(o.entity, o);
  return [...first.values()];
}

/** Groups of spellings that name one thing, each group's spellings in order of first use. */
function groupSpellings(occurrences: Occurrence[]): Map<string, Occurrence[]>[] {
  const bySpelling = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const list = bySpelling.get(o.spelling);
    if (list) list.push(o);
    else bySpelling.set(o.spelling, [o]);
  }
  const spellings = [...bySpelling.keys()];
  const parent = new Map(spellings.map((s) => [s, s]));
  const root = (s: string): string => {
    while (parent.get(s) !== s) s = parent.get(s)!;
    return s;
  };
  const byKey = new Map<string, string[]>();
  for (const spelling of spellings) {
    const folded = foldWord(spelling);
    const keys = [`f:${folded}`];
    const consonants = skeleton(folded);
    if (consonants.length >= SHORTEST_SKELETON) keys.push(`s:${consonants}`);
    for (const key of keys) {
      for (const other of byKey.get(key) ?? []) {
        // One occurrence per entity is enough: compatibility is a matter of entities.
        const ours = oncePerEntity(bySpelling.get(spelling)!);
        const theirs = oncePerEntity(bySpelling.get(other)!);
        if (ours.some((a) => theirs.some((b) => compatible(a, b)))) parent.set(root(spelling), root(other));
      }
      const bucket = byKey.get(key);
      if (bucket) bucket.push(spelling);
      else byKey.set(key, [spelling]);
    }
  }
  const groups = new Map<string, Map<string, Occurrence[]>>();
  for (const spelling of spellings) {
    const r = root(spelling);
    if (!groups.has(r)) groups.set(r, new Map());
    groups.get(r)!.set(spelling, bySpelling.get(spelling)!);
  }
  return [...groups.values()].filter((g) => g.size > 1);
}

/** The spelling to prefer: the most used; of equals, the first used. */
function preferredOf(group: Map<string, Occurrence[]>): string {
  let best = '';
  for (const [spelling, list] of group) {
    const current = group.get(best);
    if (!current || list.length > current.length || (list.length === current.length && list[0].start < current[0].start)) best = spelling;
  }
  return best;
}

/** One fix per spelling of a group: write it everywhere the others are written. */
function fixesFor(group: Map<string, Occurrence[]>, preferred: string, replacementFor: (o: Occurrence, target: Occurrence) => string): SourcingFix[] {
  const fixes: SourcingFix[] = [];
  for (const [spelling, list] of group) {
    const target = list[0];
    const edits: Replacement[] = [];
    for (const [other, others] of group) {
      if (other === spelling) continue;
      for (const o of others) edits.push({ start: o.start, end: o.end, text: replacementFor(o, target) });
    }
    edits.sort((a, b) => a.start - b.start);
    fixes.push({ title: `Write "${target.written}" everywhere (${plural(edits.length, 'change')})`, edits, preferred: spelling === preferred });
  }
  return fixes.sort((a, b) => Number(b.preferred) - Number(a.preferred));
}

function findingsOf(
  groups: Map<string, Occurrence[]>[],
  kind: 'name-spelling' | 'title-change',
  describe: (o: Occurrence, count: number, others: string) => string,
  replacementFor: (o: Occurrence, target: Occurrence) => string,
): SourcingFinding[] {
  const findings: SourcingFinding[] = [];
  for (const group of groups) {
    const preferred = preferredOf(group);
    const fixes = fixesFor(group, preferred, replacementFor);
    for (const [spelling, list] of group) {
      if (spelling === preferred) continue;
      const first = list[0];
      const others = [...group].filter(([s]) => s !== spelling).map(([, l]) => `"${l[0].written}" (${plural(l.length, 'time')})`).join(', ');
      findings.push({
        start: first.start,
        end: first.end,
        kind,
        message: describe(first, list.length, others),
        entityId: first.entity.id,
        related: [...group].filter(([s]) => s !== spelling).map(([, l]) => ({ start: l[0].start, end: l[0].end })),
        paragraphsBack: 0,
        fixes,
      });
    }
  }
  return findings;
}

/** A mention's name words worth comparing, relative to its start, by the way the mention is written. */
const comparedByWriting = new Map<string, { start: number; end: number; text: string; spelling: string }[]>();

/** Name words as the mentions write them: all-capital words (datelines, headlines) say nothing of spelling. */
function nameOccurrences(entities: readonly Entity[]): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const entity of entities) {
    for (const mention of namingMentions(entity)) {
      const key = `${mention.kind === 'title' ? entity.name : ''}\u0000${mention.text}`;
      let compared = comparedByWriting.get(key);
      if (!compared) {
        if (comparedByWriting.size > 50_000) comparedByWriting.clear();
        compared = nameWordsOf({ ...mention, start: 0 }, entity)
          .filter((w) => foldWord(w.text).length >= SHORTEST_WORD && /\p{Ll}/u.test(w.text) && /^\p{Lu}/u.test(w.text))
          .map((w) => ({ ...w, spelling: w.text.toLowerCase() }));
        comparedByWriting.set(key, compared);
      }
      for (const w of compared) occurrences.push({ start: mention.start + w.start, end: mention.start + w.end, written: w.text, spelling: w.spelling, entity });
    }
  }
  return occurrences.sort((a, b) => a.start - b.start);
}

export function spellingFindings(entities: readonly Entity[]): SourcingFinding[] {
  return findingsOf(
    groupSpellings(nameOccurrences(entities)),
    'name-spelling',
    (o, count, others) => `"${o.written}" (${plural(count, 'time')}) is also spelled ${others} in this article.`,
    (o, target) => asWritten(o.written, target.written),
  );
}

/**
 * Titles that say which office or form of address a person has: two of one family for one person
 * disagree. Each with its abbreviation and full form, so a fix keeps the way each place writes it.
 */
const TITLES = new Map<string, { family: string; title: string; abbreviation: string; full: string }>();
for (const [family, title, abbreviation, full, ...others] of [
  ['office', 'senator', 'Sen.', 'Senator'],
  ['office', 'representative', 'Rep.', 'Representative', 'congressman', 'congresswoman'],
  ['office', 'governor', 'Gov.', 'Governor'],
  ['office', 'delegate', 'Del.', 'Delegate'],
  ['address', 'mr', 'Mr.', 'Mr.'],
  ['address', 'mrs', 'Mrs.', 'Mrs.'],
  ['address', 'ms', 'Ms.', 'Ms.', 'miss'],
]) {
  for (const word of [abbreviation, full, ...others]) TITLES.set(foldWord(word), { family, title, abbreviation, full });
}

const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss|Sen|Rep|Gov|Del|Senator|Representative|Governor|Congressman|Congresswoman)\.?\s+$/u;

/** The title words written for a person: inside its title mentions, or right before a name ("Mr. Salem"). */
function titleOccurrences(entities: readonly Entity[], text: string): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const mention of namingMentions(entity)) {
      const name = nameWordsOf(mention, entity);
      const nameStart = name.length > 0 ? name[0].start : mention.start;
      let words: WrittenWord[] = wordsOf(text.slice(mention.start, nameStart), mention.start);
      if (words.length === 0) {
        const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, mention.start - 16), mention.start));
        if (before) {
          const start = mention.start - before[0].length;
          words = [{ start, end: start + before[0].trimEnd().length, text: before[0].trimEnd() }];
        }
      }
      for (const w of words) if (TITLES.has(foldWord(w.text))) occurrences.push({ start: w.start, end: w.end, written: w.text, spelling: w.text.toLowerCase(), entity });
    }
  }
  return occurrences;
}

export function titleFindings(entities: readonly Entity[], text: string): SourcingFinding[] {
  const groups: Map<string, Occurrence[]>[] = [];
  const byPersonAndFamily = new Map<string, Occurrence[]>();
  for (const o of titleOccurrences(entities, text)) {
    const key = `${o.entity.id}|${TITLES.get(foldWord(o.written))!.family}`;
    const list = byPersonAndFamily.get(key);
    if (list) list.push(o);
    else byPersonAndFamily.set(key, [o]);
  }
  for (const list of byPersonAndFamily.values()) {
    const group = new Map<string, Occurrence[]>();
    for (const o of list.sort((a, b) => a.start - b.start)) {
      const title = TITLES.get(foldWord(o.written))!.title;
      const same = group.get(title);
      if (same) same.push(o);
      else group.set(title, [o]);
    }
    if (group.size > 1) groups.push(group);
  }
  return findingsOf(
    groups,
    'title-change',
    (o, count, others) => `${o.entity.name} is "${o.written}" here (${plural(count, 'time')}) but ${others} elsewhere in this article.`,
    (o, target) => {
      const title = TITLES.get(foldWord(target.written))!;
      return /\.$/.test(o.written) ? title.abbreviation : title.full;
    },
  );
}
