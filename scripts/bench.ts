/**
 * The project's benchmark: engine throughput vs compromise, edit-to-result latency through the worker, main-thread
 * blocking, activation time, bundle sizes and memory. A measurement, not a test: it prints numbers and targets.
 *
 * Usage: npm run bench -- [--corpus PATH] [--json] [--edits N (100)] [--big-edits N] [--max-length CHARS] [--seed N]
 *                         [--timeout SECONDS] [--edit-budget SECONDS] [--no-build] [--no-compromise]
 *                         [--no-batch] [--only batch] [--batch-articles N (10000)]
 * `--only batch` runs the batch CLI row alone (it takes minutes: 1x, 2x and 4x the articles).
 */
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { measureActivation } from '../bench/activation';
import { artifactSizes, buildTarget } from '../bench/artifacts';
import { measureResultTransport, measureTextClone } from '../bench/clone-cost';
import { formatBatch, measureBatch, type BatchBench } from '../bench/batch';
import { buildDocument, loadCorpus } from '../bench/corpus';
import { measureEditLatency, type EditLatency, type EditPattern, type WorkerStart } from '../bench/edit-latency';
import { formatReport, type BenchResult } from '../bench/report';
import { measureSourceCheckInWorker } from '../bench/source-check-run';
import { seededRandom } from '../bench/stats';
import { compromiseThroughput, engineCachedThroughput, engineThroughput } from '../bench/throughput';

const repoRoot = path.resolve(__dirname, '..');

interface BenchOptions {
  corpus: string;
  json: boolean;
  edits: number;
  bigEdits: number;
  /** Size budget for huge documents, as AnalyzeOptions.maxLength; default matches onTheRecord.maxFileSizeKB (2048). */
  maxLength: number;
  seed: number;
  /** Longest a single analysis may take before the bench stops it. */
  timeoutSeconds: number;
  /** Time allowed for the edits of one document. */
  editBudgetSeconds: number;
  build: boolean;
  compromise: boolean;
  /** The batch CLI row: null with --no-batch. */
  batchArticles: number | null;
  onlyBatch: boolean;
}

function parseOptions(argv: string[]): BenchOptions {
  const valueOf = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const numberOf = (flag: string, fallback: number): number => {
    const raw = valueOf(flag);
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${flag} needs a non-negative number, got ${raw}`);
    return value;
  };
  return {
    corpus: path.resolve(valueOf('--corpus') ?? path.join(repoRoot, '../shared/corpus/polnear-dev.jsonl')),
    json: argv.includes('--json'),
    edits: numberOf('--edits', 100), // a 95th percentile needs more than a few dozen samples
    bigEdits: numberOf('--big-edits', 8),
    maxLength: numberOf('--max-length', 2048 * 1024),
    seed: numberOf('--seed', 1),
    timeoutSeconds: numberOf('--timeout', 90),
    editBudgetSeconds: numberOf('--edit-budget', 60),
    build: !argv.includes('--no-build'),
    compromise: !argv.includes('--no-compromise'),
    batchArticles: argv.includes('--no-batch') ? null : numberOf('--batch-articles', 10_000),
    onlyBatch: valueOf('--only') === 'batch',
  };
}

/** The batch row: the CLI over folders of articles cut from the corpus (the dev split and, beside it, train). */
function runBatch(options: BenchOptions, log: (message: string) => void): BatchBench | null {
  if (options.batchArticles === null || options.batchArticles < 1) return null;
  const texts = loadCorpus(options.corpus, path.join(repoRoot, 'seeds')).texts;
  const train = path.join(path.dirname(options.corpus), 'polnear-train.jsonl');
  if (train !== options.corpus) texts.push(...loadCorpus(train, path.join(repoRoot, 'seeds')).texts);
  return measureBatch(repoRoot, texts, { articles: options.batchArticles, jobs: [1, 2], scales: [1, 2, 4], timeoutSeconds: 1800 }, log);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (message: string): void => {
    if (!options.json) process.stderr.write(`${message}\n`);
  };
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg()[0];

  log('building bundles...');
  if (options.onlyBatch) {
    const cliBuild = options.build ? buildTarget(repoRoot, 'cli') : { target: 'cli', ok: true };
    if (!cliBuild.ok) throw new Error(`cannot build the CLI: ${cliBuild.error}`);
    const batch = runBatch(options, log);
    process.stdout.write(options.json ? `${JSON.stringify({ startedAt, node: process.version, cpus: cpus().length, loadAverage: { start: loadAtStart, end: loadavg()[0] }, batch }, null, 2)}\n` : `${batch ? formatBatch(batch) : 'batch row skipped'}\n`);
    return;
  }
  const builds = options.build ? (['worker', 'extension', 'cli'] as const).map((target) => buildTarget(repoRoot, target)) : [];
  const workerBuild = builds.find((b) => b.target === 'worker');
  if (workerBuild && !workerBuild.ok) throw new Error(`cannot build the worker: ${workerBuild.error}`);
  const workerScript = path.join(repoRoot, 'dist/worker.js');

  const corpus = loadCorpus(options.corpus, path.join(repoRoot, 'seeds'));
  if (corpus.notice) log(`NOTICE: ${corpus.notice}`);

  log('measuring activation...');
  const activation = measureActivation(repoRoot);

  const random = seededRandom(options.seed);
  const scenarios: { label: string; chars: number; edits: number; maxLength?: number; pattern?: EditPattern; worker?: WorkerStart }[] = [
    { label: '200 KB', chars: 200 * 1024, edits: options.edits },
    { label: '200 KB, typing words', chars: 200 * 1024, edits: options.edits, pattern: 'typing' },
    { label: '200 KB, cold worker', chars: 200 * 1024, edits: options.edits, worker: 'cold' },
    { label: '5 MB full', chars: 5 * 1024 * 1024, edits: options.bigEdits },
    { label: `5 MB, maxLength ${Math.round(options.maxLength / 1024)} KB`, chars: 5 * 1024 * 1024, edits: options.bigEdits, maxLength: options.maxLength },
  ];
  const latency: EditLatency[] = [];
  const cloneCosts: BenchResult['cloneCosts'] = [];
  for (const scenario of scenarios) {
    log(`measuring edit latency: ${scenario.label}...`);
    const document = buildDocument(corpus.texts, scenario.chars).slice(0, scenario.chars);
    const analyzeOptions = scenario.maxLength === undefined ? {} : { maxLength: scenario.maxLength };
    const result = await measureEditLatency(workerScript, scenario.label, document, scenario.edits, analyzeOptions, random, {
      analysisTimeoutMs: options.timeoutSeconds * 1000,
      editBudgetMs: options.editBudgetSeconds * 1000,
    }, scenario.pattern, scenario.worker);
    latency.push(result);
    cloneCosts.push({
      label: scenario.label,
      text: measureTextClone(document),
      result: result.lastAnalysis ? measureResultTransport(result.lastAnalysis) : null,
    });
  }
  const maxRssAfterWorkerMB = process.resourceUsage().maxRSS / 1024;

  log('measuring engine throughput...');
  const engine = engineThroughput(corpus.texts);
  const engineCached = engineCachedThroughput(corpus.texts);
  log(options.compromise ? 'measuring compromise (reference)...' : 'compromise reference skipped');
  const compromise = options.compromise ? compromiseThroughput(corpus.texts) : null;
  const engineOverCompromise = compromise ? engine.kbPerSecond / compromise.kbPerSecond : null;
  log('measuring the source check...');
  const sourceCheck = await measureSourceCheckInWorker(repoRoot, corpus.texts, options.seed);
  const threeHours = sourceCheck.find((s) => s.words <= 40_000 && s.label.includes('text'));

  log(options.batchArticles === null ? 'batch row skipped' : 'measuring the batch CLI...');
  const batch = runBatch(options, log);

  const activationMs = activation.ok ? activation.timing.medianTotalMs : null;
  const small = latency[0];
  const typing = latency[1];
  const mainBusy = Math.max(...latency.map((l) => l.mainThreadMaxBusyMs).filter(Number.isFinite));
  const workerHeaps = latency.map((l) => l.workerHeapUsedBytes).filter((b): b is number => b !== undefined);
  const result: BenchResult = {
    startedAt,
    node: process.version,
    cpus: cpus().length,
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    corpus: {
      source: path.relative(repoRoot, corpus.source) || corpus.source,
      articles: corpus.texts.length,
      kilobytes: corpus.texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1024,
      notice: corpus.notice,
    },
    builds,
    throughput: { engine, engineCached, compromise, engineOverCompromise },
    latency: latency.map(({ lastAnalysis, ...rest }) => (void lastAnalysis, rest)),
    cloneCosts,
    sourceCheck,
    activation,
    batch,
    sizes: artifactSizes(repoRoot),
    memory: {
      maxRssAfterWorkerMB,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      workerHeapMaxMB: workerHeaps.length ? Math.max(...workerHeaps) / 1024 / 1024 : null,
    },
    targets: [
      { name: 'engine / compromise (x)', value: engineOverCompromise, limit: '>= 5', pass: engineOverCompromise === null ? null : engineOverCompromise >= 5 },
      { name: '200 KB edit p95 (ms)', value: finiteOrNull(small.p95Ms), limit: '< 50', pass: small.edits > 0 ? small.p95Ms < 50 : null },
      { name: '200 KB typing p95 (ms)', value: finiteOrNull(typing.p95Ms), limit: '< 50', pass: typing.edits > 0 ? typing.p95Ms < 50 : null },
      { name: 'main thread max busy (ms)', value: finiteOrNull(mainBusy), limit: '< 50', pass: Number.isFinite(mainBusy) ? mainBusy < 50 : null },
      {
        name: 'source check, 100 quotes / 30k words (ms)',
        value: threeHours?.totalMedianMs ?? null,
        limit: '<= 200',
        pass: threeHours ? threeHours.totalMedianMs <= 200 : null,
      },
      { name: 'activation median (ms)', value: activationMs, limit: '< 30', pass: activationMs === null ? null : activationMs < 30 },
    ],
  };

  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatReport(result)}\n`);
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
