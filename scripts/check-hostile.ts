/**
 * Runs the CLI on each generated hostile input (test/fixtures/hostileInputs.ts) at the size a robustness probe
 * used and at twice that size, three times each, and prints the median run's wall time, CPU time and peak memory,
 * the range of the times, and the growth. A median, not the best run: the figure a newcomer meets. Targets: each
 * under 2 s and 600 MB, growth about 2x (linear), and a 20 MB article (the corpus articles joined) under 800 MB.
 * The time target reads the smaller of wall and CPU time: on a busy machine wall time measures the machine, and
 * CPU time counts the collector's threads running beside the program.
 * Exits 1 when a target is missed.
 * Usage: npm run check:hostile -- [--corpus PATH] [--no-build] [--only NAME] (NAME may be "20 MB": the big article alone)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { HOSTILE_INPUTS } from '../test/fixtures/hostileInputs';
import { existsSync } from 'node:fs';
import { option } from './corpusOption';

const repoRoot = path.resolve(__dirname, '..');
const cli = path.join(repoRoot, 'dist/cli.js');
const peak = path.join(repoRoot, 'bench/peak-memory.cjs');
if (!process.argv.includes('--no-build')) spawnSync(process.execPath, ['scripts/build.mjs', '--only', 'cli'], { cwd: repoRoot, stdio: 'inherit' });
const only = option('only');
const dir = mkdtempSync(path.join(tmpdir(), 'otr-hostile-'));

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  exitCode: number | null;
}

function runCli(text: string, extension: string): Run {
  const file = path.join(dir, `input${extension}`);
  writeFileSync(file, text);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', peak, cli, 'extract', '--format', 'json', '--max-size', '100M', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const measured = /peak-rss-kb (\d+) cpu-ms (\d+)/.exec(result.stderr ?? '');
  const kb = Number(measured?.[1] ?? NaN);
  return { seconds, cpuSeconds: Number(measured?.[2] ?? NaN) / 1000, peakMb: kb / 1024, exitCode: result.status };
}

const RUNS = 3;
const timeOf = (run: Run): number => Math.min(run.seconds, run.cpuSeconds);

/** The run of median time among `RUNS`, with the range of the times ("1.52-1.71 s"); the worst exit code. */
function medianRun(text: string, extension: string): Run & { range: string } {
  const runs = Array.from({ length: RUNS }, () => runCli(text, extension)).sort((a, b) => timeOf(a) - timeOf(b));
  const median = runs[Math.floor(RUNS / 2)];
  const worstExit = runs.some((run) => run.exitCode === null) ? null : Math.max(...runs.map((run) => run.exitCode!));
  const range = `${timeOf(runs[0]).toFixed(2)}-${timeOf(runs[RUNS - 1]).toFixed(2)} s`;
  return { ...median, peakMb: Math.max(...runs.map((run) => run.peakMb)), exitCode: worstExit, range };
}

let failed = 0;
const row = (name: string, size: number, run: Run, extra = ''): void =>
  console.log(
    `${name.padEnd(24)} ${String(size).padStart(10)}  ${run.seconds.toFixed(2).padStart(6)} s  ${run.cpuSeconds.toFixed(2).padStart(6)} s` +
      `  ${run.peakMb.toFixed(0).padStart(5)} MB  exit ${run.exitCode}${extra}`,
  );

console.log(`${'input'.padEnd(24)} ${'characters'.padStart(10)}  ${'wall'.padStart(8)}  ${'CPU'.padStart(8)}  ${'peak'.padStart(8)}`);
for (const input of HOSTILE_INPUTS) {
  if (only && !input.name.includes(only)) continue;
  const extension = input.language === 'markdown' ? '.md' : '.txt';
  const once = medianRun(input.make(input.probeSize), extension);
  const twice = medianRun(input.make(2 * input.probeSize), extension);
  const growth = twice.cpuSeconds / once.cpuSeconds;
  const ok = timeOf(once) < 2 && once.peakMb < 600 && once.exitCode !== null && once.exitCode <= 1;
  if (!ok) failed++;
  row(input.name, input.probeSize, once, `  ${once.range}${ok ? '' : '  MISSED (2 s, 600 MB)'}`);
  row('  twice as much', 2 * input.probeSize, twice, `  ${twice.range}  growth x${growth.toFixed(1)}`);
}

// The train split: the longest text to build a 20 MB article from without repeating it much.
const corpus = path.resolve(option('corpus') ?? path.join(repoRoot, '../shared/corpus/polnear-train.jsonl'));
if ((!only || 'a 20 MB article'.includes(only)) && existsSync(corpus)) {
  const articles = readFileSync(corpus, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line).text as string);
  const parts: string[] = [];
  for (let length = 0, i = 0; length < 20_000_000; i++) {
    parts.push(articles[i % articles.length]);
    length += articles[i % articles.length].length + 2;
  }
  const big = runCli(parts.join('\n\n').slice(0, 20_000_000), '.txt');
  const ok = big.peakMb < 800;
  if (!ok) failed++;
  row('a 20 MB article', 20_000_000, big, ok ? '' : '  MISSED (800 MB)');
}
rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
