/**
 * Scores the engine on annotated news (PolNeAR JSONL; see the corpus README for the rule), and how far its
 * confidences can be trusted (the reliability table).
 * Usage: npm run eval -- [--corpus FILE|FOLDER] [--by-source] [--show missed|spurious|speaker|reported] [--limit N] [--json]
 * A folder is scored as one corpus, with a table by source (file) as well; `--by-source` asks for that table for one file.
 */
import { corpusPathOrExit, option } from './corpusOption';
import { readCorpus, scoreCorpus } from './eval/corpus';
import { summarize } from './eval/score';
import { formatReport, formatSourceTable } from './eval/report';
import { formatReliability, reliability } from './eval/reliability';
import { statSync } from 'node:fs';

const corpusPath = corpusPathOrExit();
const show = option('show');
const limit = Number(option('limit') ?? Infinity);
const articles = readCorpus(corpusPath).slice(0, limit);

const started = performance.now();
const { total, bySource, judged } = scoreCorpus(articles, (result) => {
  if (show) for (const line of result.examples[show as keyof typeof result.examples] ?? []) console.log(line);
});
const elapsed = performance.now() - started;
const summary = summarize(total);
const sources = [...bySource].map(([source, tally]) => ({ source, summary: summarize(tally) }));
const withTable = process.argv.includes('--by-source') || statSync(corpusPath).isDirectory();
const tables = {
  all: reliability(judged),
  direct: reliability(judged.filter((j) => j.family === 'direct')),
  reported: reliability(judged.filter((j) => j.family === 'reported')),
};
if (process.argv.includes('--json'))
  console.log(JSON.stringify({ corpus: corpusPath, articles: articles.length, ...summary, ...(withTable ? { bySource: sources } : {}), reliability: tables }, null, 2));
else {
  console.log(formatReport(corpusPath, articles.length, summary, elapsed));
  if (withTable) console.log(`\n${formatSourceTable(sources)}`);
  console.log('');
  console.log('Reliability of the confidence (speakers the sieve found, judged by the corpus rule; "shown": not withheld)');
  console.log(formatReliability('  all', tables.all));
  console.log(formatReliability('  direct quotes', tables.direct));
  console.log(formatReliability('  reported speech and mixed quotes', tables.reported));
}
