import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeFromScratch } from '../../../src/engine/analyze';
import { applyDelta, diffAnalysis, textChange } from '../../../src/worker/analysis-delta';
import { joinAnalysis, splitAnalysis } from '../../../src/worker/analysis-parts';
import { handleRequest } from '../../../src/worker/handle-request';

const text = readFileSync(path.resolve(__dirname, '../../fixtures/people/sourcing.txt'), 'utf8');

describe('worker: sourcing findings travel with the analysis', () => {
  it('arrive whole, in parts and as a change to the previous result', async () => {
    const analysis = analyzeFromScratch(text);
    assert.ok((analysis.sourcing?.findings.length ?? 0) > 5);
    assert.deepEqual(await joinAnalysis(splitAnalysis(analysis), async () => {}), analysis);
    const edited = text.replace('Nunez said', 'Núñez said');
    const next = analyzeFromScratch(edited);
    assert.ok(!next.sourcing!.findings.some((f) => f.kind === 'name-spelling' && edited.slice(f.start, f.end) === 'Nunez'));
    assert.deepEqual(await applyDelta(analysis, diffAnalysis(analysis, next, textChange(text, edited))), next);
  });

  it('are computed in the worker with the analysis of a request', () => {
    const response = handleRequest({ id: 1, text, options: {}, key: 'sourcing-travel' });
    assert.equal(response.error, undefined);
    const analysis = response.analysis;
    assert.ok(analysis?.sourcing, 'the response holds the findings');
    assert.deepEqual(analysis.sourcing, analyzeFromScratch(text).sourcing);
  });
});
