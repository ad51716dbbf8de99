/** The quotes of an analysed article worth checking against a source: the words inside quotation marks. */
import type { Analysis, Quote } from '../types';
import type { QuoteToCheck } from './types';

/**
 * Every direct quotation said by someone (not a scare quote or a title), including the quoted words of a partly
 * quoted sentence, which take the speaker of the sentence around them when they have none of their own. The
 * speaker is compared only when it is a named entity: "a spokesman" says nothing a transcript can contradict.
 */
export function quotesToCheck(analysis: Pick<Analysis, 'quotes'>): QuoteToCheck[] {
  const mixed = analysis.quotes.filter((q) => q.kind === 'mixed');
  return analysis.quotes
    .filter((q) => q.kind === 'direct' && q.usage === 'speech' && q.depth === 0 && /[\p{L}\p{N}]/u.test(q.text))
    .sort((a, b) => a.start - b.start)
    .map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: namedSpeaker(q) ?? namedSpeaker(container(mixed, q)) }));
}

function namedSpeaker(quote: Quote | undefined): string | null {
  return quote?.attribution.entityId ? quote.attribution.speaker : null;
}

function container(mixed: Quote[], quote: Quote): Quote | undefined {
  return mixed.find((m) => m.start <= quote.outer.start && quote.outer.end <= m.end);
}
