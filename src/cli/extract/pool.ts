import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileError } from '../diagnostics';
import { failed, processArticle, taskName, type ArticleResult, type ArticleSettings, type ArticleSummary, type ArticleTask } from './article';
import { ChunkChannel, OutputCut } from './chunkChannel';

/** Analyses articles; `process` never rejects: whatever goes wrong is a failed result. */
export interface ArticleProcessor {
  process(task: ArticleTask): Promise<ArticleResult>;
  close(): Promise<void>;
}

/** One article at a time on the main thread: for a single article, or `--jobs 1`. */
export function inProcessProcessor(settings: ArticleSettings): ArticleProcessor {
  return {
    process: async (task) => processArticle(task, settings),
    close: async () => undefined,
  };
}

/** To a worker: an article to process, or word that one more chunk of article `seq` was written. */
export type WorkerRequest = { kind: 'task'; seq: number; task: ArticleTask } | { kind: 'written'; seq: number };

/**
 * From a worker, per article: its summary, then its output chunk by chunk, then its end. A long article's output
 * crosses threads in chunks, never as one string copied whole.
 */
export type WorkerReply =
  | { kind: 'summary'; seq: number; summary: ArticleSummary }
  | { kind: 'chunk'; seq: number; chunk: string }
  | { kind: 'end'; seq: number };

/** Chunks a worker sends ahead of those written: enough to keep the writer busy, few enough to hold little. */
export const CHUNKS_AHEAD = 4;

interface Pending {
  seq: number;
  task: ArticleTask;
  resolve(result: ArticleResult): void;
  /** Set once the summary came: the output's chunks arrive here. */
  output?: ChunkChannel;
}

interface PoolWorker {
  worker: Worker;
  busy: Pending | null;
}

/**
 * `jobs` worker threads, each running the engine on one article at a time, fed from one queue. A worker that dies
 * (out of memory, a crash) fails its article and is replaced; the others go on. The caller bounds the queue.
 */
export class WorkerPool implements ArticleProcessor {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Pending[] = [];
  private nextSeq = 0;
  private closed = false;

  /** `heapMb`: each worker's heap (V8 sizes it from the machine otherwise). */
  constructor(
    jobs: number,
    private readonly settings: ArticleSettings,
    private readonly heapMb?: number,
  ) {
    for (let i = 0; i < jobs; i++) this.workers.push(this.start());
  }

  process(task: ArticleTask): Promise<ArticleResult> {
    return new Promise((resolve) => {
      this.queue.push({ seq: this.nextSeq++, task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private start(): PoolWorker {
    const slot: PoolWorker = { worker: startWorker(this.settings, this.heapMb), busy: null };
    slot.worker.on('message', (reply: WorkerReply) => {
      const pending = slot.busy;
      if (!pending || pending.seq !== reply.seq) return;
      if (reply.kind === 'summary') {
        const written: WorkerRequest = { kind: 'written', seq: reply.seq };
        pending.output = new ChunkChannel(() => slot.worker.postMessage(written));
        pending.resolve({ ...reply.summary, output: pending.output });
      } else if (reply.kind === 'chunk') pending.output?.push(reply.chunk);
      else {
        pending.output?.end();
        slot.busy = null;
        this.dispatch();
      }
    });
    const replace = (reason: string, outOfMemory = false): void => {
      if (this.closed) return;
      const pending = slot.busy;
      slot.busy = null;
      const index = this.workers.indexOf(slot);
      if (index < 0) return;
      this.workers[index] = this.start();
      if (pending?.output) pending.output.fail(new OutputCut(fileError(taskName(pending.task), `analysis failed: ${reason}; its output is incomplete`)));
      else if (pending) pending.resolve(workerDied(pending.task, reason, outOfMemory));
      this.dispatch();
    };
    slot.worker.on('error', (error: NodeJS.ErrnoException) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      replace(outOfMemory ? `it needed more memory than its ${this.heapMb ?? 'default'} MB heap` : error.message, outOfMemory);
    });
    slot.worker.on('exit', (code) => replace(`the analysis stopped (exit code ${code})`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.workers) {
      if (slot.busy || this.queue.length === 0) continue;
      const pending = this.queue.shift()!;
      slot.busy = pending;
      slot.worker.postMessage({ kind: 'task', seq: pending.seq, task: pending.task } satisfies WorkerRequest);
    }
  }
}

function workerDied(task: ArticleTask, reason: string, outOfMemory: boolean): ArticleResult {
  const result = failed(taskName(task), `analysis failed: ${reason}`, 0);
  return outOfMemory ? { ...result, outOfMemory } : result;
}

/**
 * The bundled CLI finds its worker beside it (dist/cli-worker.js); run from the sources (the tests), the worker
 * compiles its TypeScript the same way the tests do.
 */
function startWorker(settings: ArticleSettings, heapMb: number | undefined): Worker {
  const resourceLimits = heapMb === undefined ? undefined : { maxOldGenerationSizeMb: heapMb };
  const bundled = join(__dirname, 'cli-worker.js');
  if (!__filename.endsWith('.ts') && existsSync(bundled)) return new Worker(bundled, { workerData: settings, resourceLimits });
  const source = join(__dirname, 'worker.ts');
  const code = `require('esbuild-register/dist/node').register(); require(${JSON.stringify(source)});`;
  return new Worker(code, { eval: true, workerData: settings, resourceLimits });
}
