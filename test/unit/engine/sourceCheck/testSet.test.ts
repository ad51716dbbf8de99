import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { generatedCases } from '../../../../scripts/eval/sourceCheckGenerated';
import { loadCases, scoreSourceCheck } from '../../../../scripts/eval/sourceCheckScore';

const folder = path.resolve(__dirname, '../../../fixtures/sourceCheck');

describe('source check: the labelled test set', () => {
  // Floors under today's scores (npm run eval:source-check prints them): a change that loses accuracy fails here.
  it('gives most labelled quotes the expected result, and calls out their serious differences', () => {
    const score = scoreSourceCheck(folder, loadCases(folder));
    assert.ok(score.cases >= 100, `${score.cases} cases`);
    assert.ok(score.correct / score.cases >= 0.97, `${score.correct}/${score.cases} correct`);
    for (const status of ['altered', 'not-found'] as const) {
      assert.ok(score.rates[status].precision >= 0.85, `${status} precision ${score.rates[status].precision}`);
      assert.ok(score.rates[status].recall >= 0.95, `${status} recall ${score.rates[status].recall}`);
    }
    assert.equal(score.rates['speaker-differs'].recall, 1);
    assert.equal(score.serious.found, score.serious.expected);
  });

  it('tells verbatim, altered and unrelated quotes made from the sources apart', () => {
    const score = scoreSourceCheck(folder, generatedCases(folder, ['town-hall.txt', 'interview.srt', 'briefing.vtt', 'press-release.md']));
    assert.ok(score.cases >= 500, `${score.cases} cases`);
    assert.ok(score.correct / score.cases >= 0.98, `${score.correct}/${score.cases} correct`);
  });
});
