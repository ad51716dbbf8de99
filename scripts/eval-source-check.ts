/**
 * Scores the source check on the labelled quotes in test/fixtures/sourceCheck (cases.json and its sources).
 * Also scores a larger set generated from the same sources (sentences verbatim, with a word dropped, changed,
 * added or negated, and stand-ins that share their words).
 * Usage: npm run eval:source-check -- [--show] [--json]
 */
import * as path from 'node:path';
import { generatedCases } from './eval/sourceCheckGenerated';
import { loadCases, scoreSourceCheck, STATUSES, type SourceCheckScore } from './eval/sourceCheckScore';

const folder = path.resolve(__dirname, '../test/fixtures/sourceCheck');
const SOURCES = ['town-hall.txt', 'interview.srt', 'briefing.vtt', 'press-release.md'];
const sets: [string, SourceCheckScore][] = [
  ['labelled quotes (cases.json)', scoreSourceCheck(folder, loadCases(folder))],
  ['generated from the sources', scoreSourceCheck(folder, generatedCases(folder, SOURCES))],
];
const percent = (value: number): string => (100 * value).toFixed(1);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(sets.map(([label, { outcomes, ...summary }]) => (void outcomes, [label, summary]))), null, 2));
} else {
  for (const [label, score] of sets) report(label, score);
}

function report(label: string, score: SourceCheckScore): void {
  console.log(`Source check, ${label}: ${score.correct} of ${score.cases} given the expected result (${percent(score.correct / score.cases)}%)`);
  console.log('');
  console.log(`  ${'expected \\ got'.padEnd(16)}${STATUSES.map((s) => s.padStart(16)).join('')}`);
  for (const expected of STATUSES) console.log(`  ${expected.padEnd(16)}${STATUSES.map((got) => String(score.confusion[expected][got]).padStart(16)).join('')}`);
  console.log('');
  for (const status of STATUSES) {
    const r = score.rates[status];
    console.log(`  ${status.padEnd(16)} precision ${percent(r.precision).padStart(5)} (${r.truePositives}/${r.predicted})   recall ${percent(r.recall).padStart(5)} (${r.truePositives}/${r.expected})`);
  }
  console.log('');
  console.log(`  serious differences called out in altered quotes: ${score.serious.found}/${score.serious.expected}`);
  if (process.argv.includes('--show')) {
    console.log('');
    for (const o of score.outcomes) {
      if (o.case.expect === o.check.status && o.missedSerious.length === 0) continue;
      const differences = o.check.differences.map((d) => `${d.kind} "${d.quoteWords}"/"${d.sourceWords}"${d.serious.length ? ` [${d.serious.join(',')}]` : ''}`).join('; ');
      console.log(`- expected ${o.case.expect}, got ${o.check.status}${o.missedSerious.length ? ` (missed ${o.missedSerious.join(',')})` : ''}: "${o.case.quote}" (${o.case.why})`);
      if (differences) console.log(`    ${differences}`);
      for (const p of o.check.passages) console.log(`    ${p.speaker ?? '?'} @${p.line}: ${p.text}`);
    }
  }
  console.log('');
}
