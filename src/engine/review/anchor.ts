/**
 * Anchoring a decision to its quotation by the quoted words and the text around the marks, and finding it
 * again after edits: the same words anywhere (the best-matching context wins, then the nearest to where it
 * was), else a quotation whose words are mostly the same in mostly the same place. A decision that fits no
 * quotation is left unplaced (an orphan to report), never moved onto an unrelated one.
 */
import type { Quote, Span } from '../types';
import type { Anchor, MentionAnchor } from './format';

/** Characters of context kept on each side of the quotation marks. */
export const ANCHOR_CONTEXT = 40;

type Anchored = Pick<Quote, 'start' | 'text' | 'outer'>;

export function anchorOf(text: string, quote: Anchored): Anchor {
  return {
    quote: quote.text,
    before: text.slice(Math.max(0, quote.outer.start - ANCHOR_CONTEXT), quote.outer.start),
    after: text.slice(quote.outer.end, quote.outer.end + ANCHOR_CONTEXT),
    at: quote.start,
  };
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/** Dice coefficient of the two word multisets: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: string, b: string): number {
  return similarityOfWords(words(a), words(b), a.trim() === b.trim());
}

function similarityOfWords(left: string[], right: string[], sameText: boolean): number {
  if (left.length === 0 || right.length === 0) return sameText ? 1 : 0;
  // The most the two could share: skip counting when even that is too little.
  if ((2 * Math.min(left.length, right.length)) / (left.length + right.length) < SIMILAR_IN_PLACE) return 0;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of right) {
    const n = counts.get(w);
    if (n) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** 0..2: how much of the remembered context is still right next to the marks, before and after. */
function contextScore(text: string, anchor: Anchor, outer: Span): number {
  const before = text.slice(Math.max(0, outer.start - ANCHOR_CONTEXT), outer.start);
  const after = text.slice(outer.end, outer.end + ANCHOR_CONTEXT);
  const side = (matched: number, kept: string, now: string): number => {
    const length = Math.max(kept.length, now.length);
    return length === 0 ? 1 : matched / length;
  };
  return side(commonSuffix(anchor.before, before), anchor.before, before) + side(commonPrefix(anchor.after, after), anchor.after, after);
}

/** Words this similar are the same quotation edited; less similar ones are only with both contexts mostly kept. */
const SIMILAR_ENOUGH = 0.6;
const SIMILAR_IN_PLACE = 0.3;
const CONTEXT_IN_PLACE = 1.2;

/**
 * Where each anchor is now: the index into `quotes` of its quotation, or -1 when none fits. No two anchors
 * share a quotation: the best fits are taken first.
 */
export function placeAnchors<Q extends Anchored>(text: string, quotes: readonly Q[], anchors: readonly Anchor[]): number[] {
  const fits: { anchor: number; quote: number; score: number }[] = [];
  // Quotes with the very words are the only candidates when there are any; the others are compared
  // word by word, their words split once, only for anchors whose words are nowhere.
  const sameWords = new Map<string, number[]>();
  quotes.forEach((quote, q) => {
    const list = sameWords.get(quote.text);
    if (list) list.push(q);
    else sameWords.set(quote.text, [q]);
  });
  let quoteWords: string[][] | undefined;
  anchors.forEach((anchor, a) => {
    const exactly = sameWords.get(anchor.quote);
    if (exactly) {
      for (const q of exactly) {
        const quote = quotes[q];
        const nearness = 1 / (1 + Math.abs(quote.start - anchor.at));
        fits.push({ anchor: a, quote: q, score: 4 + contextScore(text, anchor, quote.outer) + nearness * 1e-3 });
      }
      return;
    }
    quoteWords ??= quotes.map((quote) => words(quote.text));
    const anchorWords = words(anchor.quote);
    quotes.forEach((quote, q) => {
      const similarity = similarityOfWords(anchorWords, quoteWords![q], quote.text.trim() === anchor.quote.trim());
      if (similarity < SIMILAR_IN_PLACE) return;
      const context = contextScore(text, anchor, quote.outer);
      if (similarity < SIMILAR_ENOUGH && context < CONTEXT_IN_PLACE) return;
      // The closer words and context first; then nearer to where it was.
      const nearness = 1 / (1 + Math.abs(quote.start - anchor.at));
      fits.push({ anchor: a, quote: q, score: 2 * similarity + context + nearness * 1e-3 });
    });
  });
  fits.sort((x, y) => y.score - x.score);
  const placed = new Array<number>(anchors.length).fill(-1);
  const taken = new Set<number>();
  for (const fit of fits) {
    if (placed[fit.anchor] >= 0 || taken.has(fit.quote)) continue;
    placed[fit.anchor] = fit.quote;
    taken.add(fit.quote);
  }
  return placed;
}

/** A mention anchored like a quotation: its words and the text around them. */
export function mentionAnchorOf(text: string, mention: Span): MentionAnchor {
  return {
    mention: text.slice(mention.start, mention.end),
    before: text.slice(Math.max(0, mention.start - ANCHOR_CONTEXT), mention.start),
    after: text.slice(mention.end, mention.end + ANCHOR_CONTEXT),
    at: mention.start,
  };
}

/** Where each mention anchor is now among `mentions` (an index, or -1), placed as quotations are. */
export function placeMentionAnchors(text: string, mentions: readonly (Span & { text: string })[], anchors: readonly MentionAnchor[]): number[] {
  const asQuotes = mentions.map((m) => ({ start: m.start, text: m.text, outer: { start: m.start, end: m.end } }));
  return placeAnchors(text, asQuotes, anchors.map((a) => ({ quote: a.mention, before: a.before, after: a.after, at: a.at })));
}
