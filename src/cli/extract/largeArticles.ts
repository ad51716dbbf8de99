import type { ArticleResult, ArticleSettings, ArticleTask } from './article';
import type { ArticleOutput } from './chunks';
import { WorkerPool, type ArticleProcessor } from './pool';

/** Articles of this many characters or more are analysed on a thread of their own, with a heap sized to them. */
export const LARGE_ARTICLE_CHARACTERS = 4_000_000;
/** An analysis holds about 23 bytes per character at its peak: twice that leaves the collector room to work. */
const HEAP_BYTES_PER_CHARACTER = 48;
const MIN_HEAP_MB = 1024;
/** An article that needs more than its heap (one dense with quotations) is tried once more with this much more. */
const RETRY_HEAP_FACTOR = 4;

/** The heap a large article's thread gets: linear in its size, never under a gigabyte. */
export function heapForArticle(characters: number): number {
  return Math.max(MIN_HEAP_MB, Math.ceil((characters * HEAP_BYTES_PER_CHARACTER) / 2 ** 20));
}

/**
 * Runs large articles one at a time, each on a worker thread whose heap is sized to the article, and the others on
 * `inner`. V8 lets a heap without a tight limit grow to three or four times what it holds before it collects: a
 * 20 MB article held 460 MB and took 700-990 MB; with a heap limit to its size it stays near 750 MB.
 */
export class LargeArticleProcessor implements ArticleProcessor {
  /** Settles when the large article before is done: the next one waits for it (two at once would double the memory). */
  private turn: Promise<void> = Promise.resolve();
  private readonly running = new Map<ArticleProcessor, () => Promise<void>>();
  private readonly largeAt: number;
  private readonly startWorker: (heapMb: number) => ArticleProcessor;

  /** `options` let tests call small articles large and watch the workers started. */
  constructor(
    private readonly inner: ArticleProcessor,
    settings: ArticleSettings,
    options: { largeAt?: number; startWorker?: (heapMb: number) => ArticleProcessor } = {},
  ) {
    this.largeAt = options.largeAt ?? LARGE_ARTICLE_CHARACTERS;
    this.startWorker = options.startWorker ?? ((heapMb) => new WorkerPool(1, settings, heapMb));
  }

  /** `characters`: the article's size when known before it is read (a file's bytes). */
  process(task: ArticleTask, characters?: number | null): Promise<ArticleResult> {
    const size = characters ?? sizeOf(task);
    if (size === null || size < this.largeAt) return this.inner.process(task);
    const previous = this.turn;
    let release!: () => void;
    this.turn = new Promise<void>((resolve) => (release = resolve));
    return previous.then(() => this.alone(task, size, release));
  }

  async close(): Promise<void> {
    await Promise.all([this.inner.close(), ...[...this.running.values()].map((stop) => stop())]);
  }

  private async alone(task: ArticleTask, characters: number, release: () => void): Promise<ArticleResult> {
    const heapMb = heapForArticle(characters);
    const first = await this.onWorker(task, heapMb, release);
    return first.outOfMemory ? this.onWorker(task, RETRY_HEAP_FACTOR * heapMb, release) : first;
  }

  /**
   * The article on a worker of its own, stopped once its output is written (or at once, when it has none); the
   * turn passes on then. A worker out of memory is stopped at once and keeps the turn, for the next try.
   */
  private async onWorker(task: ArticleTask, heapMb: number, release: () => void): Promise<ArticleResult> {
    const pool = this.startWorker(heapMb);
    const stop = async (): Promise<void> => {
      if (!this.running.delete(pool)) return;
      await pool.close();
      release();
    };
    this.running.set(pool, stop);
    const result = await pool.process(task);
    if (result.outOfMemory) {
      this.running.delete(pool);
      await pool.close();
      return result;
    }
    if (!isStreamed(result.output)) {
      await stop();
      return result;
    }
    return { ...result, output: closingAfter(result.output, stop) };
  }
}

/** Characters of an article known before it is read: a record's line, text read from standard input. */
function sizeOf(task: ArticleTask): number | null {
  if (task.kind === 'record') return task.line.length;
  if (task.kind === 'read') return task.read.ok ? task.read.text.length : null;
  return null;
}

const isStreamed = (output: ArticleOutput): output is AsyncIterable<string> => Symbol.asyncIterator in output;

/** `output`, then `stop()` once it is read to its end or abandoned. */
async function* closingAfter(output: AsyncIterable<string>, stop: () => Promise<void>): AsyncGenerator<string> {
  try {
    yield* output;
  } finally {
    await stop();
  }
}
