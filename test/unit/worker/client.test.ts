import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze, analyzeFromScratch } from '../../../src/engine/analyze';
import { AnalysisClient, AnalysisWorkerError, SupersededError, TooComplexError } from '../../../src/worker/client';

const repoRoot = path.resolve(__dirname, '../../..');
const bundledWorker = path.join(repoRoot, 'dist/worker.js');
const seedText = readFileSync(path.join(repoRoot, 'seeds/000_70231c3abc8c0ee5.txt'), 'utf8');

/** A stand-in worker that answers like the real one but crashes on demand, to exercise recovery. */
const flakyWorkerSource = `
const { parentPort } = require('node:worker_threads');
const { serialize } = require('node:v8');
parentPort.on('message', (request) => {
  if (request.text === 'throw') throw new Error('boom in worker');
  if (request.text === 'exit') process.exit(7);
  if (request.text === 'hang') for (;;);
  if (request.text === 'hog') { const held = []; for (;;) held.push(new Array(1e6).fill(held.length)); }
  const n = request.text.length;
  const head = serialize({ head: { problems: [], analyzedLength: n, textLength: n } });
  parentPort.postMessage({ id: request.id, elapsedMs: 0, parts: [new Uint8Array(head).buffer] });
});
`;

describe('AnalysisClient', function () {
  this.timeout(60000);
  let flakyWorker: string;
  const clients: AnalysisClient[] = [];
  const newClient = (script: string, options?: ConstructorParameters<typeof AnalysisClient>[1]): AnalysisClient => {
    const client = new AnalysisClient(script, options);
    clients.push(client);
    return client;
  };

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--only', 'worker'], { cwd: repoRoot, stdio: 'pipe' });
    flakyWorker = path.join(mkdtempSync(path.join(tmpdir(), 'otr-worker-')), 'flaky-worker.js');
    writeFileSync(flakyWorker, flakyWorkerSource);
  });

  after(() => clients.forEach((client) => client.dispose()));

  it('returns the same analysis as calling the engine directly, with the engine time', async () => {
    const client = newClient(bundledWorker);
    const { analysis, elapsedMs } = await client.analyze(seedText, { language: 'plaintext' });
    assert.deepEqual(analysis, analyze(seedText, { language: 'plaintext' }));
    assert.equal(typeof elapsedMs, 'number');
    assert.ok(elapsedMs >= 0);
  });

  it('answers concurrent requests in order, each with its own text', async () => {
    const client = newClient(bundledWorker);
    const texts = [seedText, seedText.slice(0, 500), 'He said: "Yes."', ''];
    const completionOrder: number[] = [];
    const results = await Promise.all(
      texts.map((text, i) => client.analyze(text, {}).then((r) => (completionOrder.push(i), r))),
    );
    assert.deepEqual(completionOrder, [0, 1, 2, 3]);
    assert.deepEqual(
      results.map((r) => r.analysis.textLength),
      texts.map((t) => t.length),
    );
  });

  it('after an edit, rebuilds the result from the change the worker sends, even with requests in flight', async () => {
    const client = newClient(bundledWorker);
    let text = seedText;
    await client.analyze(text, {}, 'doc');
    for (const round of [0, 1]) {
      const texts: string[] = [];
      for (let i = 0; i < 4; i++) texts.push((text = text.slice(0, 900 + 50 * i) + (round ? ' x' : '\n\nPompeo said "yes."') + text.slice(900 + 50 * i)));
      // One after another, and several at once (the queue keeps the last per key; the others are superseded).
      const results = round === 0 ? [] : await Promise.allSettled(texts.map((t) => client.analyze(t, {}, 'doc')));
      if (round === 0) {
        for (const t of texts) {
          const result = await client.analyze(t, {}, 'doc');
          assert.equal(result.travelled, 'change');
          results.push({ status: 'fulfilled', value: result });
        }
      }
      const last = results[results.length - 1];
      assert.equal(last.status, 'fulfilled');
      assert.deepEqual((last as PromiseFulfilledResult<{ analysis: unknown }>).value.analysis, analyzeFromScratch(texts[texts.length - 1]));
    }
    client.forget('doc');
    assert.deepEqual((await client.analyze(text, {}, 'doc')).analysis, analyzeFromScratch(text));
  });

  it('sends the edits instead of the whole text when the worker holds the text they apply to', async () => {
    const client = newClient(bundledWorker);
    const at = seedText.indexOf('Black Sea resort') + 'Black Sea resort'.length;
    const first = await client.analyze(seedText, {}, 'doc', [{ start: 0, end: 0, text: 'ignored: no text before' }]);
    assert.equal(first.sent, 'text');
    // A letter typed, then a word pasted and a comma deleted in one change event.
    const typed = `${seedText.slice(0, at)}x${seedText.slice(at)}`;
    const second = await client.analyze(typed, {}, 'doc', [{ start: at, end: at, text: 'x' }]);
    assert.equal(second.sent, 'edits');
    assert.deepEqual(second.analysis, analyzeFromScratch(typed));
    const comma = typed.indexOf(',');
    const pasted = `${typed.slice(0, 10)}Lavrov ${typed.slice(10, comma)}${typed.slice(comma + 1)}`;
    const third = await client.analyze(pasted, {}, 'doc', [{ start: comma, end: comma + 1, text: '' }, { start: 10, end: 10, text: 'Lavrov ' }]);
    assert.equal(third.sent, 'edits');
    assert.deepEqual(third.analysis, analyzeFromScratch(pasted));
  });

  it('falls back to the whole text when the edits do not give it, or their base is gone', async () => {
    const client = newClient(bundledWorker);
    await client.analyze(seedText, {}, 'doc');
    const shorter = seedText.slice(0, 3000);
    const wrong = await client.analyze(shorter, {}, 'doc', [{ start: 0, end: 0, text: 'not what happened' }]);
    assert.equal(wrong.sent, 'text');
    assert.deepEqual(wrong.analysis, analyzeFromScratch(shorter));
    client.forget('doc');
    const after = await client.analyze(seedText, {}, 'doc', [{ start: 3000, end: 3000, text: seedText.slice(3000) }]);
    assert.equal(after.sent, 'text');
    assert.deepEqual(after.analysis, analyzeFromScratch(seedText));
  });

  it('joins the edits of a superseded request to the ones that replace it', async () => {
    const client = newClient(bundledWorker);
    await client.analyze(seedText, {}, 'doc');
    const once = `${seedText.slice(0, 100)}a${seedText.slice(100)}`;
    const twice = `${once.slice(0, 200)}b${once.slice(200)}`;
    const thrice = `${twice.slice(0, 300)}c${twice.slice(300)}`;
    const results = await Promise.allSettled([
      client.analyze(once, {}, 'doc', [{ start: 100, end: 100, text: 'a' }]),
      client.analyze(twice, {}, 'doc', [{ start: 200, end: 200, text: 'b' }]),
      client.analyze(thrice, {}, 'doc', [{ start: 300, end: 300, text: 'c' }]),
    ]);
    assert.equal(results[1].status, 'rejected', 'the second waited in the queue and was replaced');
    const last = results[2] as PromiseFulfilledResult<Awaited<ReturnType<AnalysisClient['analyze']>>>;
    assert.equal(last.value.sent, 'edits');
    assert.deepEqual(last.value.analysis, analyzeFromScratch(thrice));
  });

  it('warms the worker up when started, answering requests sent meanwhile between its steps', async function () {
    this.timeout(120_000); // the whole warm-up runs: a correctness test, given the time a busy machine needs
    const client = newClient(bundledWorker);
    const warmedUp = client.start();
    const { analysis } = await client.analyze(seedText, {}, 'doc');
    assert.deepEqual(analysis, analyzeFromScratch(seedText));
    const report = await warmedUp;
    assert.ok(report.steps > 10 && report.elapsedMs > 0, JSON.stringify(report));
    // What the worker keeps about the document is its own: an edit after the warm-up still travels as a change.
    const edited = seedText.replace('Black Sea resort', 'Black Sea resortx');
    const after = await client.analyze(edited, {}, 'doc');
    assert.equal(after.travelled, 'change');
    assert.deepEqual(after.analysis, analyzeFromScratch(edited));
  });

  it('lets the process exit once warmed up, even when started again later', async () => {
    const script = `
      const path = require('node:path');
      require(${JSON.stringify(path.join(repoRoot, 'node_modules/esbuild-register/dist/node'))}).register();
      const { AnalysisClient } = require(${JSON.stringify(path.join(repoRoot, 'src/worker/client.ts'))});
      const client = new AnalysisClient(${JSON.stringify(bundledWorker)});
      client.start().then(() => client.start()).then((report) => console.log('warmed', report.steps));
    `;
    const output = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30000 });
    assert.match(output, /warmed \d+/);
  });

  it('reports at once when started with warm-up off', async () => {
    const client = new AnalysisClient(bundledWorker, { warmUp: false });
    clients.push(client);
    assert.deepEqual(await client.start(), { elapsedMs: 0, steps: 0 });
  });

  it('starts no worker until the first request, then reports a missing script clearly', async () => {
    const client = newClient(path.join(repoRoot, 'dist/does-not-exist.js'));
    await assert.rejects(client.analyze('text', {}), (err: Error) => {
      assert.ok(err instanceof AnalysisWorkerError);
      assert.match(err.message, /Analysis worker/);
      return true;
    });
  });

  it('replaces a queued request by a newer one with the same key', async () => {
    const client = newClient(bundledWorker);
    const running = client.analyze('first', {}, 'doc-a');
    const stale = client.analyze('second', {}, 'doc-a');
    const otherDocument = client.analyze('other', {}, 'doc-b');
    const fresh = client.analyze('third!', {}, 'doc-a');
    await assert.rejects(stale, SupersededError);
    assert.equal((await running).analysis.textLength, 'first'.length);
    assert.equal((await fresh).analysis.textLength, 'third!'.length);
    assert.equal((await otherDocument).analysis.textLength, 'other'.length);
  });

  it('rejects pending requests when the worker throws, then restarts on the next request', async () => {
    const client = newClient(flakyWorker);
    const crashing = client.analyze('throw', {});
    const queuedBehind = client.analyze('queued', {});
    await assert.rejects(crashing, /Analysis worker crashed: boom in worker/);
    await assert.rejects(queuedBehind, AnalysisWorkerError);
    assert.equal((await client.analyze('after', {})).analysis.textLength, 'after'.length);
  });

  it('rejects with the exit code when the worker exits, then restarts', async () => {
    const client = newClient(flakyWorker);
    await assert.rejects(client.analyze('exit', {}), /exit code 7/);
    assert.equal((await client.analyze('again', {})).analysis.textLength, 'again'.length);
  });

  it('rejects pending and later requests once disposed', async () => {
    const client = newClient(bundledWorker);
    const pending = client.analyze(seedText, {});
    client.dispose();
    await assert.rejects(pending, /disposed/);
    await assert.rejects(client.analyze('late', {}), /disposed/);
  });
  it('stops a document whose analysis runs past its budget, and keeps serving the others', async () => {
    const client = newClient(flakyWorker, { budgetMs: 300 });
    const stuck = client.analyze('hang', {}, 'stuck.txt');
    const other = client.analyze('another document', {}, 'other.txt');
    await assert.rejects(stuck, (err: Error) => err instanceof TooComplexError && /too complex to annotate: its analysis ran past/.test(err.message));
    assert.equal((await other).analysis.textLength, 'another document'.length);
    // The same document is refused at once (it would take the budget again per edit), until retried.
    await assert.rejects(client.analyze('hang', {}, 'stuck.txt'), TooComplexError);
    client.retry('stuck.txt');
    assert.equal((await client.analyze('fixed now', {}, 'stuck.txt')).analysis.textLength, 'fixed now'.length);
  });

  it('stops a document whose analysis runs out of the worker memory, and keeps serving the others', async () => {
    const client = newClient(flakyWorker, { maxHeapMb: 64, budgetMs: 30000 });
    const hog = client.analyze('hog', {}, 'hog.txt');
    const other = client.analyze('still served', {}, 'other.txt');
    await assert.rejects(hog, (err: Error) => err instanceof TooComplexError && /more than 64 MB/.test(err.message));
    assert.equal((await other).analysis.textLength, 'still served'.length);
  });
});
