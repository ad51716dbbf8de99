/** Where two versions of a text differ, found fast: most edits change a few characters of a long text. */

const BLOCK = 4096;

/** Length of the common prefix: whole blocks compared natively, then the differing block character by character. */
function commonPrefix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + BLOCK <= limit && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + BLOCK <= limit && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** The changed stretch: `old.slice(start, oldEnd)` became `text.slice(start, newEnd)`; the rest is equal. */
export function changedStretch(old: string, text: string): { start: number; oldEnd: number; newEnd: number } {
  const shorter = Math.min(old.length, text.length);
  const start = commonPrefix(old, text, shorter);
  const same = commonSuffix(old, text, shorter - start);
  return { start, oldEnd: old.length - same, newEnd: text.length - same };
}
