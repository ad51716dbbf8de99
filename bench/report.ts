import type { ActivationOutcome } from './activation';
import { formatBatch, type BatchBench } from './batch';
import type { BuildOutcome, FileSize } from './artifacts';
import type { ResultTransportCost, TextCloneCost } from './clone-cost';
import type { EditLatency } from './edit-latency';
import type { SourceCheckTiming } from './source-check';
import type { Throughput } from './throughput';

export interface BenchResult {
  startedAt: string;
  node: string;
  cpus: number;
  /** 1-minute load average at the start and end: other processes on the machine skew every timing. */
  loadAverage: { start: number; end: number };
  corpus: { source: string; articles: number; kilobytes: number; notice?: string };
  builds: BuildOutcome[];
  throughput: {
    engine: Throughput;
    engineCached: Throughput;
    compromise: Throughput | null;
    engineOverCompromise: number | null;
  };
  latency: Omit<EditLatency, 'lastAnalysis'>[];
  /** Structured-clone cost of the text sent and the analysis received, per document. */
  cloneCosts: { label: string; text: TextCloneCost; result: ResultTransportCost | null }[];
  sourceCheck: SourceCheckTiming[];
  activation: ActivationOutcome;
  /** The CLI over 10,000 articles with 1 and 2 jobs, and over 2x and 4x as many; null with --no-batch. */
  batch: BatchBench | null;
  sizes: FileSize[];
  memory: { maxRssAfterWorkerMB: number; maxRssMB: number; workerHeapMaxMB: number | null };
  targets: { name: string; value: number | null; limit: string; pass: boolean | null }[];
}

const ms = (value: number | null): string => (value !== null && Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return ['  ' + line(headers), ...rows.map((r) => '  ' + line(r))].join('\n');
}

function throughputRow(name: string, t: Throughput | null): string[] {
  if (!t) return [name, 'skipped', '', ''];
  return [name, `${t.kbPerSecond.toFixed(0)} KB/s`, `${t.articlesPerSecond.toFixed(1)} art/s`, `${t.seconds.toFixed(2)} s`];
}

export function formatReport(r: BenchResult): string {
  const out: string[] = [];
  out.push(`On the Record benchmark  ${r.startedAt}  node ${r.node}, ${r.cpus} CPUs, load average ${r.loadAverage.start.toFixed(1)} -> ${r.loadAverage.end.toFixed(1)}`);
  if (r.loadAverage.start > r.cpus || r.loadAverage.end > r.cpus) out.push('NOTICE: the machine was busy with other work; latencies and busy times include waiting for a CPU');
  out.push(`corpus: ${r.corpus.source} (${r.corpus.articles} articles, ${r.corpus.kilobytes.toFixed(0)} KB)`);
  if (r.corpus.notice) out.push(`NOTICE: ${r.corpus.notice}`);
  for (const build of r.builds.filter((b) => !b.ok)) out.push(`NOTICE: build of ${build.target} failed: ${build.error}`);

  out.push('', 'Throughput (in-process, after warm-up)');
  out.push(
    table(
      ['', 'speed', 'articles', 'measured'],
      [
        throughputRow('engine, unseen articles', r.throughput.engine),
        throughputRow('engine, re-analysis (cache warm)', r.throughput.engineCached),
        throughputRow('compromise full parse (reference)', r.throughput.compromise),
        ['engine / compromise', r.throughput.engineOverCompromise === null ? 'n/a' : `${r.throughput.engineOverCompromise.toFixed(1)}x`, '', ''],
      ],
    ),
  );

  out.push('', 'Edit latency: one-character edit -> fresh analysis through AnalysisClient + worker');
  out.push(
    table(
      ['document', 'edits', 'worker start', 'open', 'median', 'p95', 'max', 'engine med', 'overhead med', 'main busy max', 'on CPU', 'main GC max', 'timer delay max', 'quotes'],
      r.latency.map((l) => [
        `${l.label}${l.truncated ? ' (truncated)' : ''}`,
        `${l.edits}/${l.editsRequested}`,
        l.worker === 'warm' ? `${ms(l.workerStartMs)} (${l.warmUpSteps} steps)` : ms(l.workerStartMs),
        l.timedOutAfterMs !== undefined && l.firstAnalysisMs === null ? `> ${(l.timedOutAfterMs / 1000).toFixed(0)} s` : ms(l.firstAnalysisMs),
        ms(l.medianMs),
        ms(l.p95Ms),
        ms(l.maxMs),
        ms(l.engineMedianMs),
        ms(l.medianMs - l.engineMedianMs),
        ms(l.mainThreadMaxBusyMs),
        ms(l.mainThreadMaxOnCpuMs),
        ms(l.mainThreadMaxGcPauseMs),
        ms(l.mainThreadMaxTimerDelayMs),
        l.quotes === null ? 'n/a' : String(l.quotes),
      ]),
    ),
  );
  for (const l of r.latency.filter((x) => x.timedOutAfterMs !== undefined)) {
    out.push(`  ${l.label}: an analysis exceeded ${(l.timedOutAfterMs! / 1000).toFixed(0)} s and was stopped (worker terminated)`);
  }
  out.push('  worker start = starting a fresh worker until it answers; warm: it first warms its compiled code up (what it does while idle), cold: warm-up off');
  out.push('  open = first analysis (cache cold); overhead = copying text and result + messaging; main busy = longest stretch the event loop ran code while opening and editing');
  out.push('  on CPU = of those busy stretches, the most time the main thread actually ran (Linux per-thread statistics); the rest it waited for the CPU');
  out.push('  main GC = longest garbage-collection pause of the main thread (part of main busy)');
  out.push('  timer delay = lateness of a 1 ms timer: main busy plus time other processes held the CPU (machine load)');
  out.push('  edits stop early once they have taken the edit budget; an analysis over the timeout is stopped');

  out.push('', 'Message costs (V8 serializer, as postMessage uses)');
  out.push(
    table(
      ['document', 'text', 'text serialize', 'result', 'parts', 'split (worker)', 'join total', 'largest part', 'as one clone'],
      r.cloneCosts.map((c) => [
        c.label,
        kb(c.text.bytes),
        ms(c.text.serializeMs),
        c.result ? kb(c.result.bytes) : 'n/a',
        c.result ? String(c.result.parts) : 'n/a',
        ms(c.result?.splitMs ?? null),
        ms(c.result?.joinTotalMs ?? null),
        ms(c.result?.largestPartMs ?? null),
        ms(c.result?.wholeCloneMs ?? null),
      ]),
    ),
  );
  out.push('  main thread pays: text serialize in one stretch; the result is rebuilt one part per event-loop turn');
  out.push('  (largest part = its longest stretch; "as one clone" = what a single structured clone would block)');

  out.push('', 'Source check: quotes against one long transcript (bundled engine in a worker thread, after a warm-up run)');
  out.push(
    table(
      ['transcript', 'words', 'quotes', 'read + index', 'check', 'total median', 'on CPU', 'total max', 'results'],
      r.sourceCheck.map((s) => [
        s.label,
        String(s.words),
        String(s.quotes),
        ms(s.indexMedianMs),
        ms(s.checkMedianMs),
        ms(s.totalMedianMs),
        ms(s.totalCpuMedianMs),
        ms(s.totalMaxMs),
        Object.entries(s.results).map(([status, count]) => `${count} ${status}`).join(', '),
      ]),
    ),
  );
  out.push(`  medians over ${r.sourceCheck[0]?.runs ?? 0} runs; the quotes: 40 verbatim, 30 with a word changed, 10 joined by an ellipsis, 20 never said`);
  out.push('  (the corpus has fewer sentences than the transcript needs: some repeat under another speaker, hence a few "speaker-differs")');
  out.push('  on CPU = CPU time of the process while the worker thread checked (the main thread waits meanwhile)');

  out.push('', 'Activation (require + activate() of dist/extension.js with a fake vscode, fresh process per run)');
  if (r.activation.ok) {
    const a = r.activation.timing;
    out.push(
      `  median ${ms(a.medianTotalMs)} (require ${ms(a.medianRequireMs)}, activate ${ms(a.medianActivateMs)}), max ${ms(a.maxTotalMs)} over ${a.runs} runs;` +
        ` ${a.apiCalls} API calls, ${a.registeredCommands} commands, ${a.workersStarted} workers started`,
    );
  } else {
    out.push(`  n/a: ${r.activation.reason}`);
  }

  out.push('', r.batch ? formatBatch(r.batch) : 'Batch CLI: skipped (--no-batch)');

  out.push('', 'Bundle sizes');
  out.push(table(['file', 'size'], r.sizes.map((s) => [s.file, s.bytes === null ? 'n/a (missing)' : kb(s.bytes)])));

  out.push('', 'Memory');
  out.push(
    `  max RSS after worker scenarios ${r.memory.maxRssAfterWorkerMB.toFixed(0)} MB, at end ${r.memory.maxRssMB.toFixed(0)} MB` +
      ` (one process: bench + worker thread + in-process throughput runs); worker heap max ` +
      (r.memory.workerHeapMaxMB === null ? 'n/a' : `${r.memory.workerHeapMaxMB.toFixed(0)} MB`),
  );

  out.push('', 'Targets');
  out.push(
    table(
      ['target', 'value', 'limit', 'result'],
      r.targets.map((t) => [t.name, t.value === null ? 'n/a' : t.value.toFixed(1), t.limit, t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL']),
    ),
  );
  return out.join('\n');
}
