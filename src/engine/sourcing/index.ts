/**
 * The sourcing findings of an analysis, computed from it and the analysed text alone: the full pipeline
 * and the typing fast path (which moves the previous analysis) both call this, so both agree.
 */
import type { Analysis, Sourcing, Span } from '../types';
import { shownQuotes } from '../../export/shown';
import { quoteFindings } from './quotes';
import { spellingFindings, titleFindings } from './spellings';

/** Findings of one kind past this many are left out: a reader of a thousand is served by none of them. */
const MOST_PER_KIND = 500;

/** `text`: the analysed text as the rules read it (Markdown's code masked); `paragraphs` its paragraphs. */
export function sourcingOf(analysis: Pick<Analysis, 'quotes' | 'entities'>, text: string, paragraphs: readonly Span[]): Sourcing {
  const shown = shownQuotes(analysis, { showReportedSpeech: true });
  const quoted = quoteFindings(text, paragraphs, analysis.quotes, shown, analysis.entities);
  const all = [...quoted.findings, ...spellingFindings(analysis.entities), ...titleFindings(analysis.entities, text)];
  const perKind = new Map<string, number>();
  const findings = all
    .filter((f) => {
      const n = (perKind.get(f.kind) ?? 0) + 1;
      perKind.set(f.kind, n);
      return n <= MOST_PER_KIND;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, quoteCount: quoted.quoteCount, unattributedCount: quoted.unattributedCount, unnamedSourceCount: quoted.unnamedSourceCount };
}
