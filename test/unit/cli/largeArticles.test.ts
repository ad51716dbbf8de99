import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleResult, ArticleSettings, ArticleTask } from '../../../src/cli/extract/article';
import { joinOutput } from '../../../src/cli/extract/chunks';
import { heapForArticle, LargeArticleProcessor, quotationMarksIn } from '../../../src/cli/extract/largeArticles';
import { inProcessProcessor, WorkerPool, type ArticleProcessor } from '../../../src/cli/extract/pool';

const SEEDS = join(__dirname, '../../../seeds');
const SETTINGS: ArticleSettings = {
  format: 'jsonl', maxSize: 50_000_000, reported: true, review: null, outputDir: null, resume: false, warnings: false, groupBy: undefined,
};

describe('extract: large articles on a thread of their own', () => {
  let folder: string;
  let files: string[];
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'on-the-record-large-'));
    files = readdirSync(SEEDS).sort().map((name, i) => {
      const path = join(folder, `${i}.txt`);
      writeFileSync(path, readFileSync(join(SEEDS, name), 'utf8').repeat(i + 1));
      return path;
    });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('sizes the heap to the article: linear in its characters and quotation marks, 640 MB at least', () => {
    assert.equal(heapForArticle(1_000, 10), 640);
    // The train split's texts joined to 20 MB hold 79,000 marks; the analysis held about 460 MB of it.
    const news = heapForArticle(20_000_000, 79_000);
    assert.ok(news > 640 && news < 700, `${news} MB`);
    // Twice the text and twice the marks, twice the heap; 8 MB of nothing but tagged quotations needs far more.
    assert.ok(Math.abs(heapForArticle(80_000_000, 316_000) - 2 * heapForArticle(40_000_000, 158_000)) <= 1);
    assert.ok(heapForArticle(8_000_000, 640_000) > 1100);
  });

  it('counts the quotation marks of the bytes of a file as of its text', () => {
    const text = 'He said "yes." She said “no” and “maybe,” and that’s all.';
    assert.equal(quotationMarksIn(text), 6);
    assert.equal(quotationMarksIn(Buffer.from(text, 'utf8')), 6);
  });

  it('writes what the main thread writes, one large article at a time, each worker stopped when its output is read', async function () {
    this.timeout(60_000);
    const started: number[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const startWorker = (heapMb: number): ArticleProcessor => {
      started.push(heapMb);
      const pool = new WorkerPool(1, SETTINGS, heapMb);
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      return { process: (task) => pool.process(task), close: () => pool.close().then(() => void running--) };
    };
    const processor = new LargeArticleProcessor(inProcessProcessor(SETTINGS), SETTINGS, { largeAt: 1, startWorker });
    const results = files.map((path) => processor.process({ kind: 'file', path }, readFileSync(path).length));
    const outputs: string[] = [];
    for (const result of results) outputs.push(await joinOutput((await result).output));
    await processor.close();
    const expected = await Promise.all(files.map(async (path) => joinOutput((await inProcessProcessor(SETTINGS).process({ kind: 'file', path })).output)));
    assert.deepEqual(outputs, expected);
    assert.equal(started.length, files.length);
    assert.equal(mostAtOnce, 1);
    assert.equal(running, 0);
  });

  it('leaves articles under the size to the processor it was given', async () => {
    const seen: ArticleTask[] = [];
    const inner: ArticleProcessor = { process: async (task) => (seen.push(task), inProcessProcessor(SETTINGS).process(task)), close: async () => undefined };
    const processor = new LargeArticleProcessor(inner, SETTINGS, { largeAt: 10_000_000, startWorker: () => assert.fail('no worker for a short article') });
    const result = await processor.process({ kind: 'file', path: files[0] }, 5_000);
    assert.equal(result.status, 'done');
    assert.equal(seen.length, 1);
  });

  it('tries an article that ran out of memory once more with four times the heap', async () => {
    const heaps: number[] = [];
    const startWorker = (heapMb: number): ArticleProcessor => {
      heaps.push(heapMb);
      return {
        process: async (task): Promise<ArticleResult> =>
          heaps.length === 1
            ? { status: 'failed', messages: 'out of memory\n', quotes: 0, bytes: 0, output: [], outOfMemory: true }
            : inProcessProcessor(SETTINGS).process(task),
        close: async () => undefined,
      };
    };
    const processor = new LargeArticleProcessor(inProcessProcessor(SETTINGS), SETTINGS, { largeAt: 1, startWorker });
    const result = await processor.process({ kind: 'file', path: files[0] }, 3_000);
    assert.equal(result.status, 'done');
    assert.ok((await joinOutput(result.output)).length > 0);
    assert.deepEqual(heaps, [640, 2560]);
  });
});
