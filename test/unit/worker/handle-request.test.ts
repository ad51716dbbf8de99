import * as assert from 'node:assert/strict';
import { handleRequest } from '../../../src/worker/handle-request';

describe('worker handleRequest', () => {
  it('answers with the analysis, the request id and the engine time', () => {
    const response = handleRequest({ id: 42, text: 'Plain words.', options: {} });
    assert.equal(response.id, 42);
    assert.equal(response.error, undefined);
    assert.equal(response.analysis?.textLength, 'Plain words.'.length);
    assert.ok(response.elapsedMs >= 0);
    assert.ok((response.heapUsedBytes ?? 0) > 0);
  });

  it('turns an engine exception into an error response instead of crashing the worker', () => {
    const failingEngine = (): never => {
      throw new Error('engine exploded');
    };
    const response = handleRequest({ id: 7, text: 'x', options: {} }, failingEngine);
    assert.equal(response.id, 7);
    assert.equal(response.analysis, undefined);
    assert.match(response.error ?? '', /engine exploded/);
  });
});
