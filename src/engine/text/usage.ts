/** Tells speech from scare quotes and titles of works, so that nobody is credited with a title. */
import type { Attribution, QuoteUsage } from '../types';
import { detached } from '../detach';

const SMALL_WORDS = /^(a|an|the|of|in|on|at|to|for|and|or|but|is|are|with|by|from|as|vs|v)$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function isTitleCase(words: string[]): boolean {
  return words.length >= 1 && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.test(w)));
}

/** Usage depends on the words and on a few facts about the attribution: remembered across re-analyses. */
const remembered = new Map<string, QuoteUsage>();
const REMEMBERED_LIMIT = 20_000;

/**
 * `lineIsTitleCase`: the quotation stands in a headline, where every word is capitalised anyway, so
 * capitals there say nothing about titles of works.
 */
export function quoteUsage(quoted: string, attribution: Attribution, lineIsTitleCase: boolean): QuoteUsage {
  const key = `${lineIsTitleCase ? 1 : 0}${attribution.speaker ? 1 : 0}${attribution.cue ? 1 : 0}${attribution.rule === 'group speaker' ? 1 : 0}${isNamingCue(attribution.cue) ? 1 : 0}${quoted}`;
  let usage = remembered.get(key);
  if (usage === undefined) {
    if (remembered.size >= REMEMBERED_LIMIT) remembered.clear();
    usage = classify(quoted, attribution, lineIsTitleCase);
    remembered.set(detached(key), usage);
  }
  return usage;
}

/** "what they call", "dubbed": a cue that names a thing rather than reports words. */
const isNamingCue = (cue: string | null): boolean => cue !== null && /^(call|calls|called|calling|dub|dubs|dubbed)$/i.test(cue);

/**
 * "a feature the company calls “Stairs Mode”", "who call themselves the “Saint Nation”", "what locals call ‘the Big
 * Wet’": a naming verb with a capitalised name in marks right after it names a thing; nobody said the words.
 */
export function namesWithQuote(text: string, cue: string | null, cueEnd: number, quote: { open: number; close: number }): boolean {
  if (!isNamingCue(cue) || quote.open < cueEnd) return false;
  if (!/^\s*(?:(?:itself|themselves|himself|herself)\s+)?(?:(?:the|a|an)\s+)?$/i.test(text.slice(cueEnd, quote.open))) return false;
  // A name is capitalised ("the Big Wet"); "what he called “homegrown terrorism”" is his words.
  return isTitleCase(text.slice(quote.open + 1, quote.close - 1).match(WORD) ?? []);
}

/**
 * "Face the Nation", "Morning Joe", "Doomed to Succeed": a short title-case name of a show, book or song, a title
 * even next to a cue. A full stop may be the sentence's own: `appeared on "Fox and Friends."`.
 */
export function isTitleOfWork(quoted: string): boolean {
  const words = quoted.match(WORD) ?? [];
  const sentenceLike = /[.!?…]["”’]?$/.test(quoted.trim());
  const shortTitle = words.length <= 6 && !/[!?]["”’]?$/.test(quoted.trim());
  const pronounFirst = /^(I|We|You|He|She|They|It)(['’]\p{L}+)?$/u.test(words[0] ?? ''); // "We're in," is no title
  return isTitleCase(words) && words.length >= 2 && (shortTitle || (words.length <= 7 && !sentenceLike)) && !pronounFirst;
}

function classify(quoted: string, attribution: Attribution, lineIsTitleCase: boolean): QuoteUsage {
  const words = quoted.match(WORD) ?? [];
  const sentenceLike = /[.!?…]["”’]?$/.test(quoted.trim());
  if (!lineIsTitleCase && isTitleOfWork(quoted)) return 'title';
  // "what they call the 'mainland premium'": a group naming a thing holds a term, not speech.
  if (attribution.rule === 'group speaker' && isNamingCue(attribution.cue) && words.length <= 4) return 'term';
  if (attribution.speaker || attribution.cue || attribution.rule === 'group speaker') return 'speech';
  if (isTitleCase(words) && words.length <= 12 && !sentenceLike) return 'title';
  if (words.length <= 4) return 'term';
  return 'speech';
}
