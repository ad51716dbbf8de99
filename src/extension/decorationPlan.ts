import type { Analysis, Span } from '../engine/types';
import type { ViewSettings } from './config';
import { isLowConfidence } from './labels';
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

/** A logical group for the test API: "speaker:<name>", "reported:<name>", "unattributed", "low-confidence". */
export interface PlanGroup {
  key: string;
  spans: Span[];
}

export interface DecorationPlan {
  styles: Map<StyleName, Span[]>;
  groups: PlanGroup[];
}

/**
 * Decides how every shown quote is drawn (the speaker labels are inlay hints, see labelPlan.ts). Direct
 * and mixed quotes get their speaker's tint and underline; reported speech a dotted underline in the
 * speaker's colour; an unattributed quote the unattributed style; an uncertain attribution also the
 * low-confidence marker. Nested quotes are drawn by their parent only.
 */
export function planDecorations(analysis: Analysis, settings: Pick<ViewSettings, 'showReportedSpeech'>): DecorationPlan {
  const colors = speakerColorsFor(analysis.quotes);
  const styles = new Map<StyleName, Span[]>(allStyleNames().map((name) => [name, []]));
  const groups = new Map<string, PlanGroup>();
  const addToGroup = (key: string, span: Span) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, spans: [] }));
    group.spans.push(span);
  };

  for (const quote of shownQuotes(analysis, settings)) {
    const span: Span = { start: quote.outer.start, end: quote.outer.end };
    const speaker = quote.attribution.speaker;
    const reported = quote.kind === 'reported';
    const slot = speaker === null ? null : colors.get(speaker) ?? 1;
    if (slot === null) {
      styles.get('unattributed')!.push(span);
      addToGroup('unattributed', span);
    } else {
      styles.get(reported ? `reported${slot}` : `speaker${slot}`)!.push(span);
      addToGroup(`${reported ? 'reported' : 'speaker'}:${speaker}`, span);
    }
    if (isLowConfidence(quote.attribution)) {
      styles.get('lowConfidence')!.push(span);
      addToGroup('low-confidence', span);
    }
  }
  return { styles, groups: [...groups.values()] };
}
