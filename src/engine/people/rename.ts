/**
 * Renaming a person or organization: every mention that names it (full name, surname, first name, the
 * name inside a title form, possessives) gets the new name's matching words; pronouns and descriptions
 * are left as written. The edits are plain data; the editor applies them only when the user asks.
 */
import type { Entity, Mention, Replacement } from '../types';
import { foldWord, isNaming, nameWordsOf, wordsOf } from './mentions';

export type RenameResult = { edits: Replacement[] } | { refused: string };

/** Why a mention cannot be the start of a rename, or null when it can. */
export function renameRefusal(mention: Pick<Mention, 'kind' | 'text'>): string | null {
  if (isNaming(mention)) return null;
  return mention.kind === 'pronoun'
    ? `"${mention.text}" is a pronoun: rename the person at one of their names.`
    : `"${mention.text}" describes the entity without naming it: rename it at one of its names.`;
}

/** A new name must be one line of words, without quotation marks (which would start quotations). */
export function newNameProblem(newName: string): string | null {
  const name = newName.trim();
  if (name === '') return 'The new name is empty.';
  if (/[\r\n]/.test(name)) return 'The new name must fit on one line.';
  if (/["“”„«»]/.test(name)) return 'The new name must not contain quotation marks.';
  if (!/\p{L}/u.test(name)) return 'The new name has no letters.';
  return null;
}

/**
 * The words to write for a mention that wrote `written` of the old name `old`: all of the new name for
 * the full name, its last words for a surname, its first words for a first name.
 */
function replacementWords(written: string[], old: string[], next: string[]): string[] {
  const w = written.map(foldWord);
  const o = old.map(foldWord);
  const k = w.length;
  if (k >= o.length) return next;
  if (w.every((word, i) => word === o[o.length - k + i])) return next.slice(Math.max(0, next.length - k));
  if (w.every((word, i) => word === o[i])) return next.slice(0, k);
  return next;
}

/** Capitals as the mention wrote them: a name in an all-capitals line stays in capitals. */
function inCaseOf(written: string, replacement: string): string {
  return /\p{Ll}/u.test(written) || !/\p{Lu}/u.test(written) ? replacement : replacement.toUpperCase();
}

/** The edits that rename `entity` to `newName` in `text` (the analysed text), in document order. */
export function renameEdits(entity: Entity, newName: string, text: string): RenameResult {
  const problem = newNameProblem(newName);
  if (problem) return { refused: problem };
  const next = newName.trim().split(/\s+/);
  const old = wordsOf(entity.name).map((w) => w.text);
  const edits: Replacement[] = [];
  let reached = -1;
  for (const mention of [...entity.mentions].sort((a, b) => a.start - b.start)) {
    if (!isNaming(mention) || mention.start < reached) continue;
    const words = nameWordsOf(mention, entity);
    if (words.length === 0) continue;
    const start = words[0].start;
    const end = words[words.length - 1].end;
    const written = text.slice(start, end);
    const replacement = inCaseOf(written, replacementWords(words.map((w) => w.text), old, next).join(' '));
    reached = mention.end;
    if (replacement !== written) edits.push({ start, end, text: replacement });
  }
  return { edits };
}
