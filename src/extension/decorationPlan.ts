import { SET_BY_PERSON, type Analysis, type Span } from '../engine/types';
import type { ViewSettings } from './config';
import { isLowConfidence, quoteLabel } from './labels';
import { shownQuotes } from './quoteFilter';
import { SPEAKER_SLOTS, speakerColorsFor } from './speakerColors';

/** The decoration types the painter creates: a tint and a reported-speech underline per colour slot, plus two markers. */
export type StyleName = `speaker${number}` | `reported${number}` | 'unattributed' | 'lowConfidence';

export function allStyleNames(): StyleName[] {
  const names: StyleName[] = [];
  for (let slot = 1; slot <= SPEAKER_SLOTS; slot++) names.push(`speaker${slot}`, `reported${slot}`);
  names.push('unattributed', 'lowConfidence');
  return names;
}

export interface LabelPlacement {
  /** Offset the label is drawn at: right after the quote's closing mark. */
  at: number;
  text: string;
  /** Colour slot of the speaker; null for an unattributed quote. */
  colorSlot: number | null;
  reported: boolean;
  uncertain: boolean;
}

/** A logical group for the test API: "speaker:<name>", "reported:<name>", "unattributed", "low-confidence". */
export interface PlanGroup {
  key: string;
  spans: Span[];
  labels: string[];
}

export interface DecorationPlan {
  styles: Map<StyleName, Span[]>;
  labels: LabelPlacement[];
  groups: PlanGroup[];
}

/**
 * Decides how every shown quote is drawn. Direct and mixed quotes get their speaker's tint; reported
 * speech gets a dotted underline in the speaker's colour and an italic label; an unattributed quote gets
 * the unattributed style; an uncertain attribution also gets the low-confidence marker and a "(?)" label.
 * Nested quotes are drawn by their parent only.
 */
export function planDecorations(analysis: Analysis, settings: ViewSettings): DecorationPlan {
  const colors = speakerColorsFor(analysis.quotes);
  const styles = new Map<StyleName, Span[]>(allStyleNames().map((name) => [name, []]));
  const labels: LabelPlacement[] = [];
  const groups = new Map<string, PlanGroup>();
  const addToGroup = (key: string, span: Span, label: string | null) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, spans: [], labels: [] }));
    group.spans.push(span);
    if (label !== null) group.labels.push(label);
  };

  const quotes = shownQuotes(analysis, settings);
  const labelTexts = new Map<string, string>();
  for (const quote of quotes) {
    const span: Span = { start: quote.outer.start, end: quote.outer.end };
    const speaker = quote.attribution.speaker;
    const reported = quote.kind === 'reported';
    const uncertain = isLowConfidence(quote.attribution);
    // Labels repeat per speaker: build each distinct one once (large documents have thousands of quotes).
    const labelKey = `${speaker}\u0000${quote.attribution.entityId}\u0000${uncertain}\u0000${quote.attribution.rule === SET_BY_PERSON}`;
    let text = labelTexts.get(labelKey);
    if (text === undefined) labelTexts.set(labelKey, (text = quoteLabel(quote, analysis, settings.labelStyle)));
    const slot = speaker === null ? null : colors.get(speaker) ?? 1;

    if (slot === null) {
      styles.get('unattributed')!.push(span);
      addToGroup('unattributed', span, text);
    } else {
      styles.get(reported ? `reported${slot}` : `speaker${slot}`)!.push(span);
      addToGroup(`${reported ? 'reported' : 'speaker'}:${speaker}`, span, text);
    }
    if (uncertain) {
      styles.get('lowConfidence')!.push(span);
      addToGroup('low-confidence', span, null);
    }
    labels.push({ at: quote.outer.end, text, colorSlot: slot, reported, uncertain });
  }
  return { styles, labels, groups: [...groups.values()] };
}
