/**
 * The ledger's indexing benchmark alone (see bench/ledger-index.ts): 1,000 articles of about 5 KB.
 * Usage: npm run bench:ledger -- [--corpus PATH] [--articles N (1000)] [--chars N (5000)] [--json] [--no-build]
 */
import * as path from 'node:path';
import { buildTarget } from '../bench/artifacts';
import { loadCorpus } from '../bench/corpus';
import { measureLedgerIndexing } from '../bench/ledger-index';

const repoRoot = path.resolve(__dirname, '..');
/** The target: 1,000 articles (about 5 MB) in 10 s on the project's 2-core machine. */
const TARGET_MS = 10_000;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const valueOf = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const articles = Number(valueOf('--articles') ?? 1000);
  const chars = Number(valueOf('--chars') ?? 5000);
  if (!argv.includes('--no-build')) {
    const build = buildTarget(repoRoot, 'worker');
    if (!build.ok) throw new Error(`cannot build the worker: ${build.error}`);
  }
  const corpus = loadCorpus(path.resolve(valueOf('--corpus') ?? path.join(repoRoot, '../shared/corpus/polnear-dev.jsonl')), path.join(repoRoot, 'seeds'));
  if (corpus.notice) process.stderr.write(`NOTICE: ${corpus.notice}\n`);
  const timing = await measureLedgerIndexing(path.join(repoRoot, 'dist/worker.js'), corpus.texts, articles, chars);
  if (argv.includes('--json')) {
    console.log(JSON.stringify(timing, null, 2));
    return;
  }
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const main = timing.mainThread;
  console.log(`ledger indexing: ${timing.articles} articles, ${timing.megabytes.toFixed(1)} MB (${timing.failed} failed)`);
  console.log(`  index + ledger    ${seconds(timing.indexMs)}  (target ≤ ${seconds(TARGET_MS)}: ${timing.indexMs <= TARGET_MS ? 'met' : 'MISSED'})`);
  console.log(`  ledger alone      ${timing.ledgerMs.toFixed(0)} ms (one stretch on the main thread)`);
  console.log(`  CPU               ${seconds(timing.cpuMs)} (the process: main thread and worker)`);
  console.log(`  main thread while indexing: longest busy ${main.maxBusyMs.toFixed(1)} ms, longest timer delay ${main.maxTimerDelayMs.toFixed(1)} ms, longest GC ${main.maxGcPauseMs.toFixed(1)} ms`);
  console.log(`  found             ${timing.quotes} quotes, ${timing.people} named sources, ${timing.nearDuplicates} reworded pairs`);
}

main().catch((error: Error) => {
  console.error(`bench:ledger failed: ${error.message}`);
  process.exit(1);
});
