import type { Analysis, Quote } from '../engine/types';
import type { ViewSettings } from './config';
import { isLowConfidence, trimQuoteText } from './labels';
import { shownQuotes } from './quoteFilter';
import { speakerColorsFor } from './speakerColors';

export type TreeMode = 'bySpeaker' | 'inOrder';

export interface QuoteNode {
  kind: 'quote';
  id: string;
  quote: Quote;
  /** Trimmed quote text: in curly marks for a direct quote; mixed and reported text carry their own marks or none. */
  label: string;
  /** "line 12", plus "reported"/"uncertain" when it applies. */
  description: string;
  speaker: string | null;
  colorSlot: number | null;
}

export interface SpeakerNode {
  kind: 'speaker';
  id: string;
  /** Null for the "Unattributed" group. */
  speaker: string | null;
  label: string;
  /** "3 quotes". */
  description: string;
  colorSlot: number | null;
  quotes: QuoteNode[];
}

export type TreeNode = SpeakerNode | QuoteNode;

export const UNATTRIBUTED_LABEL = 'Unattributed';

function countText(n: number): string {
  return `${n} ${n === 1 ? 'quote' : 'quotes'}`;
}

function quoteNode(quote: Quote, colors: Map<string, number>, withSpeaker: boolean): QuoteNode {
  const speaker = quote.attribution.speaker;
  const text = trimQuoteText(quote.text);
  const details = [`line ${quote.line}`];
  if (quote.kind === 'reported') details.push('reported');
  if (isLowConfidence(quote.attribution)) details.push('uncertain');
  const words = quote.kind === 'direct' ? `“${text}”` : text;
  return {
    kind: 'quote',
    id: `quote:${quote.outer.start}:${quote.outer.end}`,
    quote,
    // In document order the speaker leads: a narrow view cuts the end of a row, never who said it.
    label: withSpeaker ? `${speaker ?? UNATTRIBUTED_LABEL}: ${words}` : words,
    description: details.join(' · '),
    speaker,
    colorSlot: speaker === null ? null : colors.get(speaker) ?? null,
  };
}

/**
 * The quotes view's content. By speaker: one group per speaker (most quoted first, ties in order of
 * first appearance) holding its quotes in document order, and "Unattributed" last (first with
 * `unattributedFirst`, for checking what is left to attribute). In order: the quotes as a flat list,
 * each led by its speaker.
 */
export function buildQuoteTree(
  analysis: Analysis,
  mode: TreeMode,
  settings: Pick<ViewSettings, 'showReportedSpeech'> & Partial<Pick<ViewSettings, 'unattributedFirst'>>,
  keep: (quote: Quote) => boolean = () => true,
): TreeNode[] {
  const quotes = shownQuotes(analysis, settings).filter(keep);
  const colors = speakerColorsFor(analysis.quotes);
  if (mode === 'inOrder') return quotes.map((q) => quoteNode(q, colors, true));

  const groups = new Map<string, QuoteNode[]>();
  const unattributed: QuoteNode[] = [];
  for (const quote of quotes) {
    const node = quoteNode(quote, colors, false);
    const speaker = quote.attribution.speaker;
    if (speaker === null) {
      unattributed.push(node);
      continue;
    }
    const group = groups.get(speaker);
    if (group) group.push(node);
    else groups.set(speaker, [node]);
  }
  // Map preserves insertion order (first appearance); the sort is stable, so ties keep it.
  const speakerNodes: SpeakerNode[] = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([speaker, nodes]) => ({
      kind: 'speaker',
      id: `speaker:${speaker}`,
      speaker,
      label: speaker,
      description: countText(nodes.length),
      colorSlot: colors.get(speaker) ?? null,
      quotes: nodes,
    }));
  if (unattributed.length > 0) {
    speakerNodes[settings.unattributedFirst ? 'unshift' : 'push']({
      kind: 'speaker',
      id: 'unattributed',
      speaker: null,
      label: UNATTRIBUTED_LABEL,
      description: countText(unattributed.length),
      colorSlot: null,
      quotes: unattributed,
    });
  }
  return speakerNodes;
}

/** Counts for the status bar: shown quotes and distinct named speakers. */
export function quoteCounts(analysis: Analysis, settings: Pick<ViewSettings, 'showReportedSpeech'>): { quotes: number; speakers: number } {
  const quotes = shownQuotes(analysis, settings);
  const speakers = new Set(quotes.map((q) => q.attribution.speaker).filter((s): s is string => s !== null));
  return { quotes: quotes.length, speakers: speakers.size };
}
