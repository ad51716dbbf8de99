import * as assert from 'node:assert/strict';
import type { Analysis, Entity, Quote } from '../../../src/engine/types';
import { joinAnalysis, splitAnalysis } from '../../../src/worker/analysis-parts';

function quoteAt(i: number): Quote {
  const start = i * 20;
  return {
    start,
    end: start + 10,
    text: `quote ${i}`,
    kind: 'direct',
    usage: 'speech',
    outer: { start: start - 1, end: start + 11 },
    line: i + 1,
    depth: 0,
    multiParagraph: false,
    attribution: { speaker: 'Ann Lee', entityId: 'e1', speakerSpan: null, cue: 'said', cueSpan: null, confidence: 0.9, rule: 'test' },
  } as Quote;
}

function entityWith(id: number, mentionCount: number): Entity {
  const mentions = Array.from({ length: mentionCount }, (_, m) => ({ start: m, end: m + 1, text: 'he', kind: 'pronoun' as const, entityId: `e${id}` }));
  return { id: `e${id}`, name: `Person ${id}`, type: 'person', role: null, aliases: ['he'], mentions };
}

function largeAnalysis(): Analysis {
  return {
    quotes: Array.from({ length: 4000 }, (_, i) => quoteAt(i)),
    entities: Array.from({ length: 300 }, (_, i) => entityWith(i + 1, i % 40)),
    problems: [{ kind: 'truncated', start: 10, end: 20, message: 'cut' }],
    analyzedLength: 10,
    textLength: 20,
  };
}

describe('analysis parts', () => {
  it('rebuilds exactly the analysis that was split, pausing between parts', async () => {
    const analysis = largeAnalysis();
    const parts = splitAnalysis(analysis);
    let pauses = 0;
    const rebuilt = await joinAnalysis(parts, async () => {
      pauses++;
    });
    assert.deepEqual(rebuilt, analysis);
    assert.equal(pauses, parts.length - 1);
  });

  it('splits a large analysis into several parts and a small one into few', () => {
    assert.ok(splitAnalysis(largeAnalysis()).length >= 4);
    const small: Analysis = { quotes: [quoteAt(1)], entities: [entityWith(1, 2)], problems: [], analyzedLength: 5, textLength: 5 };
    assert.equal(splitAnalysis(small).length, 3);
  });

  it('keeps an empty analysis whole', async () => {
    const empty: Analysis = { quotes: [], entities: [], problems: [], analyzedLength: 0, textLength: 0 };
    assert.deepEqual(await joinAnalysis(splitAnalysis(empty), async () => undefined), empty);
  });
});
