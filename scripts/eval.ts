/**
 * Scores the engine on annotated news (PolNeAR JSONL; see the corpus README for the rule), and how far its
 * confidences can be trusted (the reliability table).
 * Usage: npm run eval -- [--corpus PATH] [--show missed|spurious|speaker|reported] [--limit N] [--json]
 */
import { readFileSync } from 'node:fs';
import { corpusPathOrExit, option } from './corpusOption';
import { emptyTally, addTally, summarize, type GoldArticle, type Tally } from './eval/score';
import { formatReport } from './eval/report';
import { judgeArticle, type JudgedAttribution } from './eval/judged';
import { formatReliability, reliability } from './eval/reliability';

const corpusPath = corpusPathOrExit();
const show = option('show');
const limit = Number(option('limit') ?? Infinity);
const articles: GoldArticle[] = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, limit)
  .map((line) => JSON.parse(line));

const total: Tally = emptyTally();
const judged: JudgedAttribution[] = [];
const started = performance.now();
for (const article of articles) {
  const { result, attributions } = judgeArticle(article);
  addTally(total, result.tally);
  judged.push(...attributions);
  if (show) for (const line of result.examples[show as keyof typeof result.examples] ?? []) console.log(line);
}
const elapsed = performance.now() - started;
const summary = summarize(total);
const tables = {
  all: reliability(judged),
  direct: reliability(judged.filter((j) => j.family === 'direct')),
  reported: reliability(judged.filter((j) => j.family === 'reported')),
};
if (process.argv.includes('--json')) console.log(JSON.stringify({ corpus: corpusPath, articles: articles.length, ...summary, reliability: tables }, null, 2));
else {
  console.log(formatReport(corpusPath, articles.length, summary, elapsed));
  console.log('');
  console.log('Reliability of the confidence (speakers the sieve found, judged by the corpus rule; "shown": not withheld)');
  console.log(formatReliability('  all', tables.all));
  console.log(formatReliability('  direct quotes', tables.direct));
  console.log(formatReliability('  reported speech and mixed quotes', tables.reported));
}
