import type { Analysis } from '../engine/types';
import type { ViewSettings } from './config';
import { quoteCounts } from './treeModel';

export interface StatusText {
  text: string;
  tooltip: string;
  /** Something was skipped or is wrong with the input: the item is drawn as a warning. */
  warning: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The status bar text for an analysis: "$(quote) 28 quotes · 2 speakers", plus what was skipped. */
export function statusText(analysis: Analysis, settings: Pick<ViewSettings, 'showReportedSpeech'>, pending: boolean): StatusText {
  const counts = quoteCounts(analysis, settings);
  const parts = [`${pending ? '$(sync~spin)' : '$(quote)'} ${plural(counts.quotes, 'quote')} · ${plural(counts.speakers, 'speaker')}`];
  const tooltip = ['On the Record: click to show the quotes by speaker.'];
  let warning = false;

  const truncated = analysis.problems.find((p) => p.kind === 'truncated');
  if (truncated) {
    warning = true;
    const percent = analysis.textLength === 0 ? 100 : Math.floor((analysis.analyzedLength / analysis.textLength) * 100);
    parts.push(`$(warning) first ${percent}% only`);
    tooltip.push(truncated.message);
  }
  if (analysis.problems.some((p) => p.kind === 'binary')) {
    warning = true;
    parts.push('$(warning) not text');
  }
  const unbalanced = analysis.problems.filter((p) => p.kind === 'unbalanced-quote');
  if (unbalanced.length > 0) {
    parts.push(`$(warning) ${plural(unbalanced.length, 'unbalanced mark')}`);
  }
  for (const problem of analysis.problems) {
    if (problem.kind !== 'truncated') tooltip.push(problem.message);
  }
  return { text: parts.join(' '), tooltip: tooltip.join('\n'), warning };
}
