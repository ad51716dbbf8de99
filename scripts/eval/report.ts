import type { FamilySummary } from './score';

function family(title: string, s: FamilySummary): string {
  const c = s.counts;
  const errors = Object.entries(c.errors)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `    ${String(n).padStart(5)}  ${kind}`)
    .join('\n');
  return [
    `${title}`,
    `  precision ${s.precision.toFixed(1)}  recall ${s.recall.toFixed(1)}  F1 ${s.f1.toFixed(1)}` +
      `  speaker accuracy ${s.speakerAccuracy.toFixed(1)}`,
    `  gold ${c.gold}, predicted ${c.predicted}, found ${c.found}, right ${c.right}, speakers ${c.speakerRight}/${c.speakerScored}`,
    `  errors by kind:`,
    errors || '    none',
  ].join('\n');
}

export function formatReport(corpus: string, articles: number, summary: { direct: FamilySummary; reported: FamilySummary }, ms: number): string {
  return [
    `corpus: ${corpus} (${articles} articles, analysed in ${(ms / 1000).toFixed(1)} s)`,
    '',
    family('Direct quotes', summary.direct),
    '',
    family('Reported speech and mixed quotes (indirect items with a speech or thought cue, plus mixed)', summary.reported),
  ].join('\n');
}
