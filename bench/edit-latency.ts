import { performance } from 'node:perf_hooks';
import type { Analysis, AnalyzeOptions } from '../src/engine/types';
import { AnalysisClient, type AnalysisResult } from '../src/worker/client';
import type { TextEdit } from '../src/worker/contract';
import { MainThreadProbe } from './main-thread-probe';
import { median, percentile } from './stats';

/**
 * Where the edits fall: `random` inserts one character anywhere (the harsh case: inside names, quotation
 * marks, between words); `typing` types short words letter by letter after words picked at random (what a
 * writer does), so most keystrokes land inside a word.
 */
export type EditPattern = 'random' | 'typing';

/**
 * `warm`: the worker has warmed its compiled code up before the document opens (what it does while idle);
 * `cold`: warm-up is off, so the first edits also pay for V8 optimising the engine.
 */
export type WorkerStart = 'warm' | 'cold';

export interface EditLatencyLimits {
  /** A single analysis taking longer is abandoned (the worker is terminated) and reported as timed out. */
  analysisTimeoutMs: number;
  /** No new edit starts once the edits have taken this long in total. */
  editBudgetMs: number;
}

export interface EditLatency {
  label: string;
  documentChars: number;
  /** Edits requested, and edits completed within the limits. */
  editsRequested: number;
  edits: number;
  worker: WorkerStart;
  /** Starting the worker (and its warm-up, when warm) until it answered a first tiny request. */
  workerStartMs: number | null;
  warmUpSteps: number;
  /** Opening the document: the first, cache-cold analysis through the client; null when it timed out. */
  firstAnalysisMs: number | null;
  /** Of `firstAnalysisMs`, the time spent inside the engine. */
  firstEngineMs: number | null;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Median time inside the engine per edit; the rest is queueing, copying and message passing. */
  engineMedianMs: number;
  /** Longest stretch the calling thread's event loop was busy while opening and editing. */
  mainThreadMaxBusyMs: number;
  /** Longest delay of a 1 ms timer meanwhile (includes time other processes held the CPU). */
  mainThreadMaxTimerDelayMs: number;
  /** Of the longest busy stretches, the most time the thread ran on a CPU (null where unknown). */
  mainThreadMaxOnCpuMs: number | null;
  /** Longest garbage-collection pause of the calling thread meanwhile. */
  mainThreadMaxGcPauseMs: number;
  /** Set when an analysis exceeded `analysisTimeoutMs`. */
  timedOutAfterMs?: number;
  quotes: number | null;
  truncated: boolean;
  workerHeapUsedBytes?: number;
  /** The last analysis, so the caller can measure what copying it costs. */
  lastAnalysis: Analysis | null;
}

class AnalysisTimeout extends Error {}

/**
 * Opens `document` in a fresh worker, then applies one-character insertions at random positions, waiting for
 * each fresh analysis before the next edit (what a user pausing after each keystroke sees).
 */
export async function measureEditLatency(
  workerScript: string,
  label: string,
  document: string,
  editsRequested: number,
  options: AnalyzeOptions,
  random: () => number,
  limits: EditLatencyLimits,
  pattern: EditPattern = 'random',
  worker: WorkerStart = 'warm',
): Promise<EditLatency> {
  const client = new AnalysisClient(workerScript, { warmUp: worker === 'warm' });
  /** `edits`: how `text` differs from the last text, as an editor reports its changes. */
  const analyzeWithin = async (text: string, edits?: TextEdit[]): Promise<AnalysisResult> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AnalysisTimeout()), limits.analysisTimeoutMs);
    });
    try {
      return await Promise.race([client.analyze(text, options, 'document', edits), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  const latencies: number[] = [];
  const engineTimes: number[] = [];
  const mainThread = new MainThreadProbe();
  let firstEngineMs: number | null = null;
  let firstAnalysisMs: number | null = null;
  let last: AnalysisResult | undefined;
  let timedOutAfterMs: number | undefined;
  let workerStartMs: number | null = null;
  let warmUpSteps = 0;
  try {
    // Worker start-up is not part of opening a document: a warm worker has also warmed up (see warm-up.ts).
    const workerStarted = performance.now();
    if (worker === 'warm') warmUpSteps = (await client.start()).steps;
    await client.analyze('start', options);
    workerStartMs = performance.now() - workerStarted;
    mainThread.start();
    const openStarted = performance.now();
    last = await analyzeWithin(document);
    firstAnalysisMs = performance.now() - openStarted;
    firstEngineMs = last.elapsedMs;

    let text = document;
    const editsStarted = performance.now();
    let cursor = 0;
    for (let i = 0; i < editsRequested && performance.now() - editsStarted < limits.editBudgetMs; i++) {
      let at = Math.floor(random() * (text.length + 1));
      let typed = 'x';
      if (pattern === 'typing') {
        // Every sixth keystroke starts a new word: a space after a word chosen at random; then letters.
        if (i % 6 === 0) {
          while (at < text.length && /\p{L}/u.test(text[at])) at++;
          typed = ' ';
        } else {
          at = cursor;
          typed = 'etaoinshrdlu'[Math.floor(random() * 12)];
        }
        cursor = at + 1;
      }
      const started = performance.now();
      text = text.slice(0, at) + typed + text.slice(at);
      last = undefined; // like an editor, hold one analysis per document, not two
      last = await analyzeWithin(text, [{ start: at, end: at, text: typed }]);
      latencies.push(performance.now() - started);
      engineTimes.push(last.elapsedMs);
    }
  } catch (err) {
    if (!(err instanceof AnalysisTimeout)) throw err;
    timedOutAfterMs = limits.analysisTimeoutMs;
  } finally {
    client.dispose(); // also stops an analysis that timed out
  }
  const busy = mainThread.stop();

  return {
    label,
    worker,
    workerStartMs,
    warmUpSteps,
    documentChars: document.length,
    editsRequested,
    edits: latencies.length,
    firstAnalysisMs,
    firstEngineMs,
    medianMs: median(latencies),
    p95Ms: percentile(latencies, 95),
    maxMs: latencies.length ? Math.max(...latencies) : NaN,
    engineMedianMs: median(engineTimes),
    mainThreadMaxBusyMs: busy.maxBusyMs,
    mainThreadMaxTimerDelayMs: busy.maxTimerDelayMs,
    mainThreadMaxOnCpuMs: busy.maxOnCpuMs,
    mainThreadMaxGcPauseMs: busy.maxGcPauseMs,
    timedOutAfterMs,
    quotes: last ? last.analysis.quotes.length : null,
    truncated: last ? last.analysis.problems.some((problem) => problem.kind === 'truncated') : false,
    workerHeapUsedBytes: last?.workerHeapUsedBytes,
    lastAnalysis: last?.analysis ?? null,
  };
}
