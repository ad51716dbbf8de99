/**
 * Scores the engine on annotated news (PolNeAR JSONL; see the corpus README for the rule).
 * Usage: npm run eval -- [--corpus PATH] [--show missed|spurious|speaker|reported] [--limit N] [--json]
 */
import { readFileSync } from 'node:fs';
import { corpusPathOrExit, option } from './corpusOption';
import { analyze } from '../src/engine/analyze';
import { scoreArticle, emptyTally, addTally, summarize, type GoldArticle, type Tally } from './eval/score';
import { formatReport } from './eval/report';

const corpusPath = corpusPathOrExit();
const show = option('show');
const limit = Number(option('limit') ?? Infinity);
const articles: GoldArticle[] = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, limit)
  .map((line) => JSON.parse(line));

const total: Tally = emptyTally();
const started = performance.now();
for (const article of articles) {
  const analysis = analyze(article.text);
  const result = scoreArticle(article, analysis);
  addTally(total, result.tally);
  if (show) for (const line of result.examples[show as keyof typeof result.examples] ?? []) console.log(line);
}
const elapsed = performance.now() - started;
const summary = summarize(total);
if (process.argv.includes('--json')) console.log(JSON.stringify({ corpus: corpusPath, articles: articles.length, ...summary }, null, 2));
else console.log(formatReport(corpusPath, articles.length, summary, elapsed));
