import * as assert from 'node:assert/strict';
import { joinAnalysis } from '../../../src/worker/analysis-parts';
import { handleRequest } from '../../../src/worker/handle-request';

const noPause = (): Promise<void> => Promise.resolve();

describe('worker handleRequest', () => {
  it('answers with the analysis in transferable parts, the request id and the engine time', async () => {
    const response = handleRequest({ id: 42, text: 'Plain words.', options: {} });
    assert.equal(response.id, 42);
    assert.equal(response.error, undefined);
    assert.ok(response.parts?.every((part) => part instanceof ArrayBuffer));
    const analysis = await joinAnalysis(response.parts ?? [], noPause);
    assert.equal(analysis.textLength, 'Plain words.'.length);
    assert.ok(response.elapsedMs >= 0);
    assert.ok((response.heapUsedBytes ?? 0) > 0);
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
