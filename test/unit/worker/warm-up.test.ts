import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analysisCounts, analyze, analyzeFromScratch } from '../../../src/engine/analyze';
import { warmUp, warmUpDocument } from '../../../src/worker/warm-up';

const seedText = readFileSync(path.resolve(__dirname, '../../../seeds/000_70231c3abc8c0ee5.txt'), 'utf8');

describe('worker warm-up', () => {
  it('analyses and edits its own article, one step per call of the scheduler, then reports', () => {
    let scheduled = 0;
    let report: { elapsedMs: number; steps: number } | undefined;
    warmUp(
      (step) => {
        scheduled++;
        step();
      },
      (elapsedMs, steps) => (report = { elapsedMs, steps }),
    );
    assert.ok(report, 'the warm-up reported');
    assert.equal(report.steps, scheduled);
    assert.ok(report.steps > 10 && report.elapsedMs > 0);
  });

  it('leaves what the engine keeps about the user’s document as it was', () => {
    analyze(seedText);
    warmUp((step) => step(), () => {});
    // An ordinary word typed into the document still takes the fast path from its own last analysis.
    const typed = seedText.replace('Black Sea resort', 'Black Sea resortx');
    const reused = analysisCounts.reused;
    assert.deepEqual(analyze(typed), analyzeFromScratch(typed));
    assert.equal(analysisCounts.reused, reused + 1);
  });

  it('writes copies of its article with people of their own, whom the engine credits with their quotes', () => {
    const analysis = analyzeFromScratch(warmUpDocument(12));
    const speakers = new Set(analysis.quotes.map((q) => q.attribution.speaker).filter((speaker) => speaker !== null));
    assert.ok(speakers.has('Ada Lindqvist'), [...speakers].join(', '));
    assert.ok(speakers.size >= 24, `${speakers.size} speakers: ${[...speakers].join(', ')}`);
  });
});
