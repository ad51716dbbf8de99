import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import { joinAnalysis } from './analysis-parts';
import { applyDelta } from './analysis-delta';
import type { AnalyzeRequest, AnalyzeResponse, TextEdit, WarmedUpReport } from './contract';

export interface AnalysisResult {
  analysis: Analysis;
  /** Milliseconds the worker spent in the engine (excludes queueing and message passing). */
  elapsedMs: number;
  /** The worker's V8 heap after this request, in bytes, when the worker reported it. */
  workerHeapUsedBytes?: number;
  /** How the result travelled: whole, in parts, or as a change to the previous result for the same key. */
  travelled: 'whole' | 'parts' | 'change';
  /** How the text travelled to the worker: whole, or as edits to the text it held. */
  sent: 'text' | 'edits';
}

/** Rejection for a queued request replaced by a newer request with the same key before it reached the worker. */
export class SupersededError extends Error {
  readonly code = 'SUPERSEDED';
  constructor(key: string) {
    super(`Analysis request for "${key}" was superseded by a newer request`);
    this.name = 'SupersededError';
  }
}

/**
 * Rejection when one document's analysis ran past its time budget or out of the worker's memory. The worker
 * was restarted for the other documents; further requests for this key are refused at once until
 * `retry(key)` or `forget(key)`, so that one pathological document does not take the budget again per edit.
 */
export class TooComplexError extends Error {
  readonly code = 'TOO_COMPLEX';
  constructor(readonly key: string | undefined, readonly reason: string) {
    super(`This document is too complex to annotate: ${reason}.`);
    this.name = 'TooComplexError';
  }
}

/** Rejection when the worker could not start, crashed, exited, or the client was disposed. */
export class AnalysisWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisWorkerError';
  }
}

interface PendingRequest {
  request: AnalyzeRequest;
  key: string | undefined;
  /** The whole text, kept to send when the edits cannot be (the worker lacks their base). */
  text: string;
  /** The edits from the text of request `editsFrom` to this one, when the caller described them. */
  edits: TextEdit[] | undefined;
  editsFrom: number | undefined;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
}

/**
 * Runs the engine in one worker thread so the calling thread (the extension host) never parses text.
 * The worker starts on the first request. Requests run one at a time, first in first out; the client holds
 * the queue and sends the next text only when the worker is free, so a superseded text is never copied.
 * If the worker crashes, every pending request is rejected and the next request starts a fresh worker.
 */
export class AnalysisClient {
  private worker: Worker | undefined;
  private inFlight: PendingRequest | undefined;
  private readonly queue: PendingRequest[] = [];
  private nextId = 1;
  private disposed = false;
  /** Results are rebuilt one after another, so promises settle in request order. */
  private assembling: Promise<void> = Promise.resolve();
  /**
   * Per key: the last request sent to the worker (its result will be the base of the next delta), and
   * the last result rebuilt here (the base a delta applies to).
   */
  private readonly lastSentId = new Map<string, number>();
  /** Per key: the last request asked for, whose text the next call's edits start from. */
  private readonly lastCallId = new Map<string, number>();
  private readonly lastResult = new Map<string, { id: number; analysis: Analysis }>();

  private readonly workerScriptPath: string;
  /** Settles when the current worker reports its warm-up done (see warm-up.ts), or fails if it is gone first. */
  private warmedUp: { promise: Promise<WarmedUpReport['warmedUp']>; reject(error: Error): void; done: boolean } | undefined;

  private readonly warmUp: boolean;
  private readonly budgetMs: number;
  private readonly maxHeapMb: number;
  /** The time budget of the request in flight. */
  private budgetTimer: NodeJS.Timeout | undefined;
  /** Keys whose analysis went past the budget, with why: refused until retried or forgotten. */
  private readonly tooComplex = new Map<string, string>();

  /**
   * `workerScriptPath`: the bundled worker (dist/worker.js); a relative path is taken from the current directory.
   * `warmUp`: whether the worker warms its compiled code up while idle (see warm-up.ts); on unless turned off.
   * `budgetMs`: how long one analysis may run before the worker is stopped and restarted without it (the
   * others keep being served); `maxHeapMb`: the worker's memory, beyond which the same happens.
   */
  constructor(workerScriptPath: string, options: { warmUp?: boolean; budgetMs?: number; maxHeapMb?: number } = {}) {
    this.workerScriptPath = resolve(workerScriptPath);
    this.warmUp = options.warmUp !== false;
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  }

  /**
   * Analyses `text` in the worker. With a `key` (e.g. a document URI), a newer request for the same key replaces
   * a queued older one, which is rejected with `SupersededError`; a request already running is not interrupted.
   * `edits`: how `text` differs from the text of the previous call with the same key (e.g. an editor's content
   * changes since then). The worker then gets the edits instead of the whole text when it holds that text, so a
   * keystroke in a long document does not copy the document.
   */
  analyze(text: string, options: AnalyzeOptions, key?: string, edits?: TextEdit[]): Promise<AnalysisResult> {
    if (this.disposed) {
      return Promise.reject(new AnalysisWorkerError('AnalysisClient is disposed'));
    }
    const refused = key === undefined ? undefined : this.tooComplex.get(key);
    if (refused !== undefined) return Promise.reject(new TooComplexError(key, refused));
    return new Promise<AnalysisResult>((resolve, reject) => {
      const id = this.nextId++;
      const editsFrom = key === undefined ? undefined : this.lastCallId.get(key);
      const pending: PendingRequest = { request: { id, options }, key, text, edits, editsFrom, resolve, reject };
      if (key !== undefined) this.lastCallId.set(key, id);
      const supersededIndex = key === undefined ? -1 : this.queue.findIndex((queued) => queued.key === key);
      if (supersededIndex >= 0) {
        const [superseded] = this.queue.splice(supersededIndex, 1, pending);
        // The edits now run from where the superseded request's edits started.
        pending.edits = superseded.edits && edits && [...superseded.edits, ...edits];
        pending.editsFrom = superseded.editsFrom;
        superseded.reject(new SupersededError(key as string));
      } else {
        this.queue.push(pending);
      }
      this.dispatchNext();
    });
  }

  /**
   * Starts the worker ahead of the first request, and resolves when it has warmed its compiled code up
   * (requests sent meanwhile are answered between warm-up steps), at once when warm-up is off.
   */
  start(): Promise<WarmedUpReport['warmedUp']> {
    if (this.disposed) return Promise.reject(new AnalysisWorkerError('AnalysisClient is disposed'));
    const worker = this.ensureWorker();
    const warmedUp = this.warmedUp!;
    if (!warmedUp.done) worker.ref(); // until the report arrives
    return warmedUp.promise;
  }

  /** Lets requests for a key that went past the budget run again (the user asked to try again). */
  retry(key: string): void {
    this.tooComplex.delete(key);
  }

  /** Forgets what is kept for `key` here and in the worker (the document was closed). */
  forget(key: string): void {
    this.tooComplex.delete(key);
    this.lastSentId.delete(key);
    this.lastCallId.delete(key);
    this.lastResult.delete(key);
    this.worker?.postMessage({ forget: key });
  }

  /** Terminates the worker and rejects everything still pending. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new AnalysisWorkerError('AnalysisClient was disposed before the analysis finished'));
    void worker?.terminate();
  }

  private dispatchNext(): void {
    if (this.inFlight || this.queue.length === 0 || this.disposed) return;
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (err) {
      this.failAll(new AnalysisWorkerError(`Analysis worker could not start (${this.workerScriptPath}): ${describe(err)}`));
      return;
    }
    const pending = this.queue.shift() as PendingRequest;
    this.inFlight = pending;
    const { request } = pending;
    if (pending.key !== undefined) {
      request.key = pending.key;
      request.baseId = this.lastSentId.get(pending.key);
      this.lastSentId.set(pending.key, request.id);
    }
    // The worker holds the text of request `baseId`: edits from that text can travel instead of the text.
    if (pending.edits && pending.editsFrom !== undefined && pending.editsFrom === request.baseId) {
      request.edits = pending.edits;
      request.length = pending.text.length;
    } else {
      request.text = pending.text;
    }
    worker.ref();
    worker.postMessage(request);
    this.startBudget(worker, pending);
  }

  /**
   * Stops the worker when the request in flight runs past its budget; the rest of the queue goes on. The
   * budget is CPU time (this process's, which holds the worker), so that a machine busy with other work
   * does not make an ordinary document look too complex; wall time is capped at four times the budget.
   */
  private startBudget(worker: Worker, pending: PendingRequest): void {
    clearTimeout(this.budgetTimer);
    // A long text may take longer: the budget grows with its length (a 5 MB article analysed whole takes seconds).
    const budget = this.budgetMs * (1 + pending.text.length / BUDGET_CHARS);
    const cpuAtStart = process.cpuUsage();
    const started = Date.now();
    const check = (): void => {
      if (worker !== this.worker || this.inFlight !== pending) return;
      const cpu = process.cpuUsage(cpuAtStart);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      if (cpuMs >= budget || Date.now() - started >= 4 * budget) {
        this.abandonInFlight(worker, `its analysis ran past ${(budget / 1000).toFixed(1)} s`);
        return;
      }
      this.budgetTimer = setTimeout(check, Math.max(50, budget - cpuMs));
      this.budgetTimer.unref();
    };
    this.budgetTimer = setTimeout(check, budget);
    this.budgetTimer.unref();
  }

  /** Terminates the worker without the request in flight, which fails as too complex; the queue goes on. */
  private abandonInFlight(worker: Worker, reason: string): void {
    const pending = this.inFlight!;
    this.inFlight = undefined;
    clearTimeout(this.budgetTimer);
    if (pending.key !== undefined) this.tooComplex.set(pending.key, reason);
    this.dropWorker(worker);
    pending.reject(new TooComplexError(pending.key, reason));
    this.dispatchNext();
  }

  /** Forgets a worker that is gone or being stopped: a new one starts with no results to build on. */
  private dropWorker(worker: Worker): void {
    this.worker = undefined;
    this.lastSentId.clear();
    this.warmedUp?.reject(new AnalysisWorkerError('The analysis worker was restarted'));
    void worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerScriptPath, {
      workerData: { warmUp: this.warmUp },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    let resolveWarmedUp!: (report: WarmedUpReport['warmedUp']) => void;
    let rejectWarmedUp!: (error: Error) => void;
    const warmedUp = new Promise<WarmedUpReport['warmedUp']>((resolve, reject) => {
      resolveWarmedUp = resolve;
      rejectWarmedUp = reject;
    });
    warmedUp.catch(() => {}); // nobody may be waiting for it
    const state = { promise: warmedUp, reject: rejectWarmedUp, done: false };
    this.warmedUp = state;
    worker.on('message', (message: AnalyzeResponse | WarmedUpReport) => {
      if ('warmedUp' in message) {
        state.done = true;
        if (worker === this.worker && !this.inFlight) worker.unref();
        resolveWarmedUp(message.warmedUp);
      } else this.onResponse(worker, message);
    });
    worker.on('error', (err) => {
      const outOfMemory = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (outOfMemory && worker === this.worker && this.inFlight) this.abandonInFlight(worker, `its analysis needed more than ${this.maxHeapMb} MB`);
      else this.onWorkerGone(worker, `Analysis worker crashed: ${describe(err)}`);
    });
    worker.on('exit', (code) => this.onWorkerGone(worker, `Analysis worker exited unexpectedly (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private onResponse(worker: Worker, response: AnalyzeResponse): void {
    const pending = this.inFlight;
    if (worker !== this.worker || !pending || pending.request.id !== response.id) return;
    if (response.needsText) {
      // The edits' base is gone from the worker (it was forgotten or failed): send the whole text.
      pending.request = { ...pending.request, text: pending.text, edits: undefined, length: undefined };
      worker.postMessage(pending.request);
      this.startBudget(worker, pending);
      return;
    }
    this.inFlight = undefined;
    clearTimeout(this.budgetTimer);
    if (this.queue.length === 0) worker.unref(); // an idle worker must not keep a CLI or test process alive
    this.dispatchNext(); // the worker starts on the next text while this thread rebuilds the result
    this.assembling = this.assembling.then(() => this.settle(pending, response));
  }

  private async settle(pending: PendingRequest, response: AnalyzeResponse): Promise<void> {
    const key = pending.key;
    if (!response.parts && !response.analysis && !response.delta) {
      if (key !== undefined) this.lastSentId.delete(key); // the worker kept no result to build on
      pending.reject(new Error(`Analysis failed in the worker: ${response.error ?? 'no result'}`));
      return;
    }
    try {
      const analysis = response.delta ? await this.applyDelta(key, response.delta) : response.analysis ?? (await joinAnalysis(response.parts!, yieldToEventLoop));
      if (this.disposed) throw new AnalysisWorkerError('AnalysisClient was disposed before the analysis finished');
      if (key !== undefined) this.lastResult.set(key, { id: response.id, analysis });
      const travelled = response.delta ? 'change' : response.analysis ? 'whole' : 'parts';
      const sent = pending.request.text === undefined ? 'edits' : 'text';
      pending.resolve({ analysis, elapsedMs: response.elapsedMs, workerHeapUsedBytes: response.heapUsedBytes, travelled, sent });
    } catch (err) {
      if (key !== undefined) this.forget(key);
      pending.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private async applyDelta(key: string | undefined, delta: NonNullable<AnalyzeResponse['delta']>): Promise<Analysis> {
    const base = key === undefined ? undefined : this.lastResult.get(key);
    if (!base || base.id !== delta.baseId) throw new Error('Analysis worker answered with a change to a result this client does not hold');
    return applyDelta(base.analysis, delta, yieldToEventLoop);
  }

  /** 'error' and 'exit' both arrive for one crash; only the first, from the current worker, counts. */
  private onWorkerGone(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    clearTimeout(this.budgetTimer);
    this.dropWorker(worker);
    this.failAll(new AnalysisWorkerError(`${message}. The worker restarts on the next request.`));
  }

  private failAll(error: Error): void {
    this.warmedUp?.reject(error);
    const pending = this.inFlight ? [this.inFlight, ...this.queue] : [...this.queue];
    this.inFlight = undefined;
    this.queue.length = 0;
    for (const request of pending) request.reject(error);
  }
}

/**
 * A few seconds for an article of ordinary length, and as much again per `BUDGET_CHARS` of text: far more than
 * real articles take (a 200 KB one well under a second; a 5 MB one, analysed whole, about 5 s).
 */
const DEFAULT_BUDGET_MS = 4_000;
const BUDGET_CHARS = 1_000_000;
/** Room for a 5 MB article analysed whole (about 0.7 GB) with margin. */
const DEFAULT_MAX_HEAP_MB = 2048;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
