/** Tells speech from scare quotes and titles of works, so that nobody is credited with a title. */
import type { Attribution, QuoteUsage } from './types';

const SMALL_WORDS = /^(a|an|the|of|in|on|at|to|for|and|or|but|is|are|with|by|from|as|vs|v)$/i;

export function quoteUsage(quoted: string, attribution: Attribution): QuoteUsage {
  if (attribution.speaker || attribution.cue || attribution.rule === 'group speaker') return 'speech';
  const words = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const titleCase = words.length >= 1 && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.test(w)));
  if (titleCase && words.length <= 12 && !/[.!?]["”’]?$/.test(quoted.trim()) ) return 'title';
  if (words.length <= 4) return 'term';
  return 'speech';
}
