/**
 * Scores the engine on annotated news (PolNeAR JSONL; see the corpus README for the rule).
 * Usage: npm run eval -- [--corpus FILE|FOLDER] [--by-source] [--show missed|spurious|speaker|reported] [--limit N] [--json]
 * A folder is scored as one corpus, with a table by source (file) as well; `--by-source` asks for that table for one file.
 */
import { corpusPathOrExit, option } from './corpusOption';
import { readCorpus, scoreCorpus } from './eval/corpus';
import { summarize } from './eval/score';
import { formatReport, formatSourceTable } from './eval/report';
import { statSync } from 'node:fs';

const corpusPath = corpusPathOrExit();
const show = option('show');
const limit = Number(option('limit') ?? Infinity);
const articles = readCorpus(corpusPath).slice(0, limit);

const started = performance.now();
const { total, bySource } = scoreCorpus(articles, (result) => {
  if (show) for (const line of result.examples[show as keyof typeof result.examples] ?? []) console.log(line);
});
const elapsed = performance.now() - started;
const summary = summarize(total);
const sources = [...bySource].map(([source, tally]) => ({ source, summary: summarize(tally) }));
const withTable = process.argv.includes('--by-source') || statSync(corpusPath).isDirectory();
if (process.argv.includes('--json'))
  console.log(JSON.stringify({ corpus: corpusPath, articles: articles.length, ...summary, ...(withTable ? { bySource: sources } : {}) }, null, 2));
else {
  console.log(formatReport(corpusPath, articles.length, summary, elapsed));
  if (withTable) console.log(`\n${formatSourceTable(sources)}`);
}
