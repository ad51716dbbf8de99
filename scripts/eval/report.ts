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
    `  gold ${c.gold}, predicted ${c.predicted}, found ${c.found}, right ${c.right}, speakers ${c.speakerRight}/${c.speakerScored}` +
      `, left unattributed where no single speaker is named ${c.unsourcedKept}/${c.unsourced}`,
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

const cell = (n: number): string => n.toFixed(1).padStart(6);

/** One row per source: direct P/R/F1/speaker, unsourced left alone, and reported F1/speaker. */
export function formatSourceTable(rows: { source: string; summary: { direct: FamilySummary; reported: FamilySummary } }[]): string {
  const width = Math.max(6, ...rows.map((r) => r.source.length));
  const header = `${'source'.padEnd(width)}  quotes      P      R     F1  spkr  | none kept | rep F1  spkr`;
  const lines = rows.map(({ source, summary: { direct: d, reported: r } }) => {
    const none = d.counts.unsourced ? `${d.counts.unsourcedKept}/${d.counts.unsourced}`.padStart(9) : '        -';
    return `${source.padEnd(width)}  ${String(d.counts.gold).padStart(6)} ${cell(d.precision)} ${cell(d.recall)} ${cell(d.f1)}` +
      `${cell(d.speakerAccuracy)}  | ${none} | ${cell(r.f1)}${cell(r.speakerAccuracy)}`;
  });
  return ['Direct quotes by source', header, ...lines].join('\n');
}
