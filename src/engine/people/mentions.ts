/**
 * An entity's mentions as an editor navigates them: every mention (names, surnames, titles, resolved
 * pronouns and role nouns), the ones that name it, the name inside a title form, and its first full mention.
 */
import type { Entity, Mention, MentionKind, Span } from '../types';

/** Mentions that name the entity; pronouns, role nouns ("the secretary") and groups only point at it. */
const NAMING_KINDS: ReadonlySet<MentionKind> = new Set(['name', 'surname', 'title']);

export const isNaming = (mention: Pick<Mention, 'kind'>): boolean => NAMING_KINDS.has(mention.kind);

export function namingMentions(entity: Entity): Mention[] {
  return entity.mentions.filter(isNaming);
}

/** Words as a name is written: letters with inner apostrophes, hyphens and stops ("O'Rourke", "Jr."). */
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu;

export interface WrittenWord extends Span {
  text: string;
}

export function wordsOf(text: string, offset = 0): WrittenWord[] {
  const words: WrittenWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const written = m[0].replace(/['’]s$/u, ''); // a possessive is not part of the name
    words.push({ start: offset + m.index, end: offset + m.index + written.length, text: written });
  }
  return words;
}

/** Folded words, kept: articles repeat the same few names hundreds of times. */
const folded = new Map<string, string>();

/** A word compared with another: case and accents left out ("Guaidó" and "GUAIDO" agree). */
export function foldWord(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    if (folded.size > 50_000) folded.clear();
    result = word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[.'’]/g, '').toLowerCase();
    folded.set(word, result);
  }
  return result;
}

/** The name words of each way a mention is written, as offsets into the mention (see `nameWordsOf`). */
const nameWordsByWriting = new Map<string, WrittenWord[]>();

/**
 * The words of `mention` that are the entity's name: a title form ("Secretary of State Mike Pompeo",
 * "Rep. Lopez") without its role. They are the longest run of the mention's last words that ends the
 * entity's name, or begins it (a first name), or all of it.
 */
export function nameWordsOf(mention: Mention, entity: Pick<Entity, 'name'>): WrittenWord[] {
  const key = `${mention.kind === 'title' ? entity.name : ''}\u0000${mention.text}`;
  let words = nameWordsByWriting.get(key);
  if (!words) {
    if (nameWordsByWriting.size > 50_000) nameWordsByWriting.clear();
    words = nameWordsIn(mention.text, mention.kind === 'title', entity.name);
    nameWordsByWriting.set(key, words);
  }
  return words.map((w) => ({ start: w.start + mention.start, end: w.end + mention.start, text: w.text }));
}

function nameWordsIn(text: string, isTitle: boolean, entityName: string): WrittenWord[] {
  const written = wordsOf(text);
  if (!isTitle) return written;
  const name = wordsOf(entityName).map((w) => foldWord(w.text));
  const words = written.map((w) => foldWord(w.text));
  for (let k = Math.min(name.length, written.length); k > 0; k--) {
    const tail = words.slice(written.length - k);
    const endsName = tail.every((w, i) => w === name[name.length - k + i]);
    const startsName = tail.every((w, i) => w === name[i]);
    if (endsName || startsName) return written.slice(written.length - k);
  }
  return written.slice(-1);
}

/** Where the name lies inside a mention (the whole mention, or a title form's name words). */
export function namePartOf(mention: Mention, entity: Pick<Entity, 'name'>): Span {
  const words = nameWordsOf(mention, entity);
  if (words.length === 0) return { start: mention.start, end: mention.end };
  return { start: words[0].start, end: words[words.length - 1].end };
}

const sameName = (a: string, b: string): boolean => foldWord(a.replace(/\s+/g, ' ')) === foldWord(b.replace(/\s+/g, ' '));

/** The first mention that gives the entity's full name; failing that its first naming mention, or its first. */
export function firstFullMention(entity: Entity): Mention | undefined {
  const naming = namingMentions(entity);
  const full = naming.find((m) => {
    const words = nameWordsOf(m, entity);
    return sameName(words.map((w) => w.text).join(' '), entity.name);
  });
  return full ?? naming[0] ?? entity.mentions[0];
}
