import { normalWords } from '../sourceCheck/words';

/** The quote's words as compared across articles: case, punctuation and curly marks do not count. */
export function comparableWords(text: string): string[] {
  return normalWords(text).map((w) => w.norm);
}

/** How many words a quote has, as the share of quoted words counts them. */
export function wordCount(text: string): number {
  return normalWords(text).length;
}
