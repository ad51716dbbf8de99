/**
 * Builds the cross-outlet challenge set (test/fixtures/challenge/*.jsonl, the corpus's format) from its
 * annotated sources (test/fixtures/challenge/source/*.txt), and checks every offset.
 * Usage: npm run build:challenge [-- --check]   (--check: fail when a JSONL file is out of date or inconsistent)
 *
 * Source format: articles separated by a line `=== ID`; the first line of each is its title. Inline marks:
 *   ⟦d K|"words"⟧  a quote of type d (direct), m (mixed) or i (indirect), attributed to speaker K
 *                  (K is `-` when no single speaker is given: unsourced, or a group);
 *   ⟨K|mention⟩    the speaker mention K as written;   ⟪K|said⟫  its cue.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseChallengeSource, checkGoldArticle } from '../test/fixtures/challenge/format';

const root = resolve(__dirname, '../test/fixtures/challenge');
const check = process.argv.includes('--check');
let failures = 0;
for (const file of readdirSync(join(root, 'source')).filter((f) => f.endsWith('.txt')).sort()) {
  const style = basename(file, '.txt');
  const articles = parseChallengeSource(readFileSync(join(root, 'source', file), 'utf8'), style);
  const problems = articles.flatMap((a) => checkGoldArticle(a).map((p) => `${a.id}: ${p}`));
  const jsonl = articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
  const target = join(root, `${style}.jsonl`);
  if (check && (!existsSync(target) || readFileSync(target, 'utf8') !== jsonl)) problems.push(`${style}.jsonl is out of date: run npm run build:challenge`);
  if (!check && problems.length === 0) writeFileSync(target, jsonl);
  const quotes = articles.reduce((n, a) => n + a.quotes.length, 0);
  console.log(`${style.padEnd(14)} ${String(articles.length).padStart(3)} articles ${String(quotes).padStart(4)} quotes${problems.length ? '  PROBLEMS:' : ''}`);
  for (const p of problems) console.log(`  ${p}`);
  failures += problems.length;
}
process.exit(failures ? 1 : 0);
