import * as assert from 'node:assert/strict';
import { joinAnalysis } from '../../../src/worker/analysis-parts';
import { handleRequest } from '../../../src/worker/handle-request';

const noPause = (): Promise<void> => Promise.resolve();

describe('worker handleRequest', () => {
  it('answers a small analysis whole, with the request id and the engine time', () => {
    const response = handleRequest({ id: 42, text: 'Plain words.', options: {} });
    assert.equal(response.id, 42);
    assert.equal(response.error, undefined);
    assert.equal(response.parts, undefined);
    assert.equal(response.analysis?.textLength, 'Plain words.'.length);
    assert.ok(response.elapsedMs >= 0);
    assert.ok((response.heapUsedBytes ?? 0) > 0);
  });

  it('answers a large analysis in transferable parts', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `"Line ${i} matters," Dana Reyes said.`).join('\n\n');
    const response = handleRequest({ id: 43, text, options: {} });
    assert.equal(response.analysis, undefined);
    assert.ok(response.parts && response.parts.length > 1 && response.parts.every((part) => part instanceof ArrayBuffer));
    const analysis = await joinAnalysis(response.parts, noPause);
    assert.equal(analysis.quotes.filter((q) => q.kind === 'direct').length, 3000);
  });

  it('turns an engine exception into an error response instead of crashing the worker', () => {
    const failingEngine = (): never => {
      throw new Error('engine exploded');
    };
    const response = handleRequest({ id: 7, text: 'x', options: {} }, failingEngine);
    assert.equal(response.id, 7);
    assert.equal(response.parts, undefined);
    assert.match(response.error ?? '', /engine exploded/);
  });
});
