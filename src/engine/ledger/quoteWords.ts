/**
 * A quote's words as the ledger compares and counts them: letters and digits in lower case, inner apostrophes
 * kept ("don't"). Cached per quote object, since the ledger is rebuilt over the same analyses on each change.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const cache = new WeakMap<object, string[]>();

export function comparableWords(quote: { text: string }): string[] {
  let words = cache.get(quote);
  if (!words) {
    words = quote.text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
    cache.set(quote, words);
  }
  return words;
}

/** How many words a quote has, as the share of quoted words counts them. */
export function wordCount(quote: { text: string }): number {
  return comparableWords(quote).length;
}
