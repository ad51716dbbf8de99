import * as assert from 'node:assert/strict';
import { allStyleNames, planDecorations } from '../../../src/extension/decorationPlan';
import { speakerColorsFor } from '../../../src/extension/speakerColors';
import { makeAnalysis } from './fixture';

describe('decoration plan', () => {
  const analysis = makeAnalysis();
  const settings = { showReportedSpeech: true };
  const colors = speakerColorsFor(analysis.quotes);
  const pompeoSlot = colors.get('Mike Pompeo')!;
  const lavrovSlot = colors.get('Sergey Lavrov')!;

  it('has an entry for every decoration type, so each redraw sets (or clears) all of them', () => {
    const plan = planDecorations(analysis, settings);
    assert.deepEqual([...plan.styles.keys()], allStyleNames());
    assert.equal(allStyleNames().length, 16);
  });

  it('tints direct quotes in the speaker’s colour and underlines reported speech instead', () => {
    const plan = planDecorations(analysis, settings);
    const [tolerate, negotiations, day, start, , nobody, reported, uncertain] = analysis.quotes;
    assert.deepEqual(plan.styles.get(`speaker${pompeoSlot}`), [tolerate.outer, day.outer, start.outer]);
    assert.deepEqual(plan.styles.get(`reported${pompeoSlot}`), [reported.outer]);
    assert.deepEqual(plan.styles.get(`speaker${lavrovSlot}`), [negotiations.outer, uncertain.outer]);
    assert.deepEqual(plan.styles.get('unattributed'), [nobody.outer]);
    assert.deepEqual(plan.styles.get('lowConfidence'), [uncertain.outer]);
  });

  it('draws each top-level speech quote once, not the nested one or the scare quote', () => {
    const plan = planDecorations(analysis, settings);
    const drawn = [...plan.styles.entries()].filter(([name]) => name !== 'lowConfidence').flatMap(([, spans]) => spans);
    const topLevel = analysis.quotes.filter((q) => q.depth === 0 && q.usage === 'speech');
    const scare = analysis.quotes.find((q) => q.usage === 'term')!;
    assert.ok(scare.depth === 0);
    assert.ok(drawn.every((s) => s !== scare.outer));
    assert.deepEqual(drawn.sort((a, b) => a.start - b.start), topLevel.map((q) => q.outer));
  });

  it('reports groups by speaker for the test API', () => {
    const plan = planDecorations(analysis, { showReportedSpeech: false });
    assert.deepEqual(
      plan.groups.map((g) => [g.key, g.spans.length]),
      [
        ['speaker:Mike Pompeo', 3],
        ['speaker:Sergey Lavrov', 2],
        ['unattributed', 1],
        ['low-confidence', 1],
      ],
    );
  });

  it('draws nothing for an empty analysis', () => {
    const plan = planDecorations({ quotes: [], entities: [], problems: [], analyzedLength: 0, textLength: 0 }, settings);
    assert.equal(plan.groups.length, 0);
    assert.ok([...plan.styles.values()].every((spans) => spans.length === 0));
  });
});
