import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { textVariant } from './corpus';

/** One `on-the-record extract` run over a folder of generated articles. */
export interface BatchRun {
  label: string;
  jobs: number;
  articles: number;
  megabytes: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMB: number | null;
  /** User and system time of all the run's threads: what the run cost, whatever else the machine was doing. */
  cpuSeconds: number | null;
  exitCode: number | null;
  error?: string;
}

export interface BatchBench {
  articles: number;
  megabytes: number;
  runs: BatchRun[];
  /** Time for k times the articles over the time for the articles (1.0 for k = 1): linear when it is about k. */
  growth: { scale: number; seconds: number; ratio: number; cpuSeconds: number | null; cpuRatio: number | null }[];
}

export interface BatchOptions {
  /** Articles in the 1x set (10,000: about 50 MB). */
  articles: number;
  /** The jobs compared on the 1x set. */
  jobs: number[];
  /** Multiples of the set timed with the last of `jobs`, for the growth. */
  scales: number[];
  timeoutSeconds: number;
}

const ARTICLE_CHARS = 8_000;
const FILES_PER_FOLDER = 1_000;

/**
 * Articles of about 5 KB on average (the corpus texts, those over 8,000 characters cut at paragraph breaks), cycling
 * through them with a new variant per cycle (textVariant): no paragraph repeats, so the engine's cache never helps.
 */
export function* batchArticles(texts: string[]): Generator<string> {
  const pieces = texts.flatMap((text) => cutAtParagraphs(text, ARTICLE_CHARS));
  for (let cycle = 0; ; cycle++) for (const piece of pieces) yield textVariant(piece, cycle);
}

function cutAtParagraphs(text: string, size: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const paragraph of text.split(/\n\s*\n/)) {
    current = current === '' ? paragraph : `${current}\n\n${paragraph}`;
    if (current.length >= size) {
      pieces.push(current);
      current = '';
    }
  }
  // A short tail joins the piece before it, so pieces average about `size`.
  if (current.trim() !== '') {
    if (pieces.length > 0 && current.length < size / 2) pieces[pieces.length - 1] += `\n\n${current}`;
    else pieces.push(current);
  }
  return pieces;
}

/**
 * Writes the largest set once (never into the repository: a temporary folder, removed at the end), then runs the
 * bundled CLI on the first folders of it: `--format jsonl --quiet -o /dev/null`, wall time and peak memory.
 */
export function measureBatch(repoRoot: string, texts: string[], options: BatchOptions, log: (message: string) => void): BatchBench {
  const root = mkdtempSync(path.join(tmpdir(), 'on-the-record-bench-batch-'));
  try {
    const largest = options.articles * Math.max(1, ...options.scales);
    log(`batch: writing ${largest.toLocaleString('en-US')} articles to ${root}...`);
    // Folders of equal size that the 1x set fills exactly, so each run takes whole folders.
    const perFolder = largestDivisorUpTo(options.articles, FILES_PER_FOLDER);
    const folders: string[] = [];
    const bytesPerFolder: number[] = [];
    const articles = batchArticles(texts);
    for (let written = 0; written < largest; ) {
      const folder = path.join(root, String(folders.length).padStart(4, '0'));
      mkdirSync(folder);
      let bytes = 0;
      const inFolder = Math.min(perFolder, largest - written);
      for (let i = 0; i < inFolder; i++, written++) {
        const text = articles.next().value as string;
        writeFileSync(path.join(folder, `${String(written).padStart(7, '0')}.txt`), text);
        bytes += Buffer.byteLength(text);
      }
      folders.push(folder);
      bytesPerFolder.push(bytes);
    }

    const run = (label: string, jobs: number, count: number): BatchRun => {
      const used = count / perFolder;
      const megabytes = bytesPerFolder.slice(0, used).reduce((sum, bytes) => sum + bytes, 0) / 1e6;
      log(`batch: ${label}...`);
      return runCli(repoRoot, root, label, jobs, folders.slice(0, used), count, megabytes, options.timeoutSeconds);
    };
    const runs = options.jobs.map((jobs) => run(`${options.articles.toLocaleString('en-US')} articles, --jobs ${jobs}`, jobs, options.articles));
    const growthJobs = options.jobs[options.jobs.length - 1];
    const base = runs[runs.length - 1];
    const growth = options.scales.map((scale) => {
      const timed = scale === 1 ? base : run(`${scale}x the articles, --jobs ${growthJobs}`, growthJobs, options.articles * scale);
      if (scale !== 1) runs.push(timed);
      const cpuRatio = timed.cpuSeconds !== null && base.cpuSeconds ? timed.cpuSeconds / base.cpuSeconds : null;
      return { scale, seconds: timed.seconds, ratio: timed.seconds / base.seconds, cpuSeconds: timed.cpuSeconds, cpuRatio };
    });
    return { articles: options.articles, megabytes: runs[0].megabytes, runs, growth };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function largestDivisorUpTo(value: number, limit: number): number {
  for (let divisor = Math.min(value, limit); divisor > 1; divisor--) if (value % divisor === 0) return divisor;
  return 1;
}

function runCli(
  repoRoot: string,
  root: string,
  label: string,
  jobs: number,
  folders: string[],
  articles: number,
  megabytes: number,
  timeoutSeconds: number,
): BatchRun {
  const probeOut = path.join(root, `probe-${jobs}-${articles}.json`);
  const args = ['--require', path.join(repoRoot, 'bench/batch-probe.cjs'), path.join(repoRoot, 'dist/cli.js'), 'extract'];
  args.push(...folders, '--format', 'jsonl', '--quiet', '--jobs', String(jobs), '--output', '/dev/null');
  const started = performance.now();
  const child = spawnSync(process.execPath, args, {
    env: { ...process.env, BATCH_PROBE_OUT: probeOut },
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  let peakRssMB: number | null = null;
  let cpuSeconds: number | null = null;
  try {
    const probe = JSON.parse(readFileSync(probeOut, 'utf8')) as { maxRssKB: number; cpuMicros: number };
    peakRssMB = probe.maxRssKB / 1024;
    cpuSeconds = probe.cpuMicros / 1e6;
  } catch {
    // The run was stopped before it could say.
  }
  const error = child.error ? child.error.message : child.status !== 0 ? child.stderr.trim().split('\n').slice(-3).join(' ') : undefined;
  const articlesPerSecond = articles / seconds;
  return { label, jobs, articles, megabytes, seconds, articlesPerSecond, peakRssMB, cpuSeconds, exitCode: child.status, ...(error ? { error } : {}) };
}

export function formatBatch(batch: BatchBench): string {
  const rows = batch.runs.map((run) => [
    run.label,
    `${run.megabytes.toFixed(1)} MB`,
    `${run.seconds.toFixed(1)} s`,
    `${run.articlesPerSecond.toFixed(0)} art/s`,
    `${(run.megabytes / run.seconds).toFixed(2)} MB/s`,
    run.peakRssMB === null ? 'n/a' : `${run.peakRssMB.toFixed(0)} MB`,
    run.cpuSeconds === null ? 'n/a' : `${run.cpuSeconds.toFixed(1)} s`,
    run.error ? `FAILED (exit ${run.exitCode}): ${run.error}` : '',
  ]);
  const headers = ['', 'input', 'wall', 'articles', 'speed', 'peak RSS', 'CPU', ''];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const pad = (cell: string, i: number): string => (i === 0 || i === 7 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]));
  const line = (cells: string[]): string => cells.map(pad).join('  ').trimEnd();
  const growth = batch.growth
    .map((g) => `${g.scale}x: ${g.seconds.toFixed(1)} s (${g.ratio.toFixed(2)}x; CPU ${g.cpuRatio === null ? 'n/a' : g.cpuRatio.toFixed(2) + 'x'})`)
    .join(', ');
  return [
    `Batch CLI (on-the-record extract FOLDERS --format jsonl, ${batch.articles.toLocaleString('en-US')} articles of ~5 KB from the corpus)`,
    '  ' + line(headers),
    ...rows.map((r) => '  ' + line(r)),
    `  growth with the input (linear when the ratio is about the scale): ${growth}`,
    '  CPU = user + system time of the run\'s threads; wall time includes waiting for a CPU when the machine is busy',
  ].join('\n');
}
