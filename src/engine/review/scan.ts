/**
 * The quotations of a text and nothing else, for placing a person's decisions before the analysis that
 * honours them: masking, paragraphs and quotation marks, as the pipeline finds them (the same marked
 * quotes, the same offsets), without names, cues or the sieve.
 */
import { analysedPart, DEFAULT_MAX_LENGTH } from '../analyze';
import { scanQuotes } from '../text/quotes';
import { maskMarkdown, maskPlainText, maskPlainTextAfterEdit, paragraphs as findParagraphs } from '../text/segment';
import type { DocumentSession } from '../reuse/session';
import type { AnalyzeOptions, Quote } from '../types';

export type ScannedQuote = Pick<Quote, 'start' | 'end' | 'text' | 'outer'>;

export function topLevelQuotations(input: string, options: AnalyzeOptions, session?: DocumentSession): ScannedQuote[] {
  const text = analysedPart(input, options.maxLength ?? DEFAULT_MAX_LENGTH);
  const last = session?.lastRun;
  const masked =
    options.language === 'markdown'
      ? maskMarkdown(text)
      : last && last.optionsKey.startsWith('plaintext|') && last.analysis.analyzedLength === last.input.length
        ? maskPlainTextAfterEdit({ text: last.input, masked: last.masked }, text)
        : maskPlainText(text);
  return scanQuotes(masked, findParagraphs(masked))
    .quotes.filter((q) => q.depth === 0)
    .map((q) => ({ start: q.start, end: q.end, text: text.slice(q.start, q.end), outer: { start: q.open, end: q.close } }));
}
