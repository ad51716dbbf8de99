import { readFileSync } from 'node:fs';
import type { ArticleResult, ArticleSettings, ArticleTask } from './article';
import type { ArticleOutput } from './chunks';
import { WorkerPool, type ArticleProcessor } from './pool';

/** Articles of this many characters or more are analysed on a thread of their own, with a heap sized to them. */
export const LARGE_ARTICLE_CHARACTERS = 4_000_000;
/**
 * What an analysis holds at its peak, fitted to two measured articles (20 MB of news, 79,000 marks: 460 MB; 8 MB of
 * nothing but tagged quotations, 640,000 marks: about 800 MB): 19 bytes a character and 1 KB a quotation mark (a
 * quotation brings its attribution, tokens and output). The heap is half as much again, so the collector has room.
 */
const BYTES_PER_CHARACTER = 19;
const BYTES_PER_QUOTATION_MARK = 1_000;
const HEAP_MARGIN = 1.5;
const MIN_HEAP_MB = 640;
/** An article that needs more than its heap after all is tried once more with this much more. */
const RETRY_HEAP_FACTOR = 4;

/** The heap a large article's thread gets: linear in its characters and quotation marks, never under 640 MB. */
export function heapForArticle(characters: number, quotationMarks: number): number {
  const peak = characters * BYTES_PER_CHARACTER + quotationMarks * BYTES_PER_QUOTATION_MARK;
  return Math.max(MIN_HEAP_MB, Math.ceil((HEAP_MARGIN * peak) / 2 ** 20));
}

/** Quotation marks (straight and curly doubles) in an article's UTF-8 bytes or its text. */
export function quotationMarksIn(article: Uint8Array | string): number {
  let count = 0;
  if (typeof article === 'string') {
    for (let i = 0; i < article.length; i++) {
      const code = article.charCodeAt(i);
      if (code === 0x22 || code === 0x201c || code === 0x201d) count++;
    }
    return count;
  }
  for (let i = 0; i < article.length; i++) {
    const byte = article[i];
    if (byte === 0x22) count++;
    else if (byte === 0xe2 && article[i + 1] === 0x80 && (article[i + 2] === 0x9c || article[i + 2] === 0x9d)) count++; // “ ”
  }
  return count;
}

/**
 * Runs large articles one at a time, each on a worker thread whose heap is sized to the article, and the others on
 * `inner`. V8 lets a heap without a tight limit grow to three or four times what it holds before it collects: a
 * 20 MB article held 460 MB and took 700-990 MB; with a heap limit to its size it stays near 730 MB.
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
    const heapMb = heapForArticle(characters, marksOf(task));
    const first = await this.onWorker(task, heapMb, release);
    return first.outOfMemory ? this.onWorker(task, RETRY_HEAP_FACTOR * heapMb, release) : first;
  }

  /**
   * The article on a worker of its own, stopped once its output is written (or at once, when it has none); the
   * turn passes on then. A worker out of memory is stopped at once and keeps the turn, for the next try.
   */
  private async onWorker(task: ArticleTask, heapMb: number, release: () => void): Promise<ArticleResult> {
    const pool = this.startWorker(heapMb);
    const stop = async (passTurn = true): Promise<void> => {
      if (!this.running.delete(pool)) return;
      await pool.close();
      if (passTurn) release();
    };
    this.running.set(pool, stop);
    const result = await pool.process(task);
    if (result.outOfMemory) {
      await stop(false);
      return result;
    }
    if (!isStreamed(result.output)) {
      await stop();
      return result;
    }
    return { ...result, output: closingAfter(result.output, stop) };
  }
}

/** The quotation marks of an article; a file is read for them (a few milliseconds a megabyte), none if it cannot be. */
function marksOf(task: ArticleTask): number {
  if (task.kind === 'record') return quotationMarksIn(task.line);
  if (task.kind === 'read') return task.read.ok ? quotationMarksIn(task.read.text) : 0;
  try {
    return quotationMarksIn(readFileSync(task.path));
  } catch {
    return 0; // the worker reports why it cannot be read
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
