import * as assert from 'node:assert/strict';
import { allStyleNames, planDecorations } from '../../../src/extension/decorationPlan';
import { speakerColorsFor } from '../../../src/extension/speakerColors';
import { makeAnalysis } from './fixture';

describe('decoration plan', () => {
  const analysis = makeAnalysis();
  const settings = { labelStyle: 'fullName' as const, showReportedSpeech: true };
  const colors = speakerColorsFor(analysis.quotes);
  const pompeoSlot = colors.get('Mike Pompeo')!;
  const lavrovSlot = colors.get('Sergey Lavrov')!;

  it('has an entry for every decoration type, so each redraw sets (or clears) all of them', () => {
    const plan = planDecorations(analysis, settings);
    assert.deepEqual([...plan.styles.keys()], allStyleNames());
    assert.equal(allStyleNames().length, 18);
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

  it('draws one label after each top-level speech quote, none for the nested one or the scare quote', () => {
    const plan = planDecorations(analysis, settings);
    const topLevel = analysis.quotes.filter((q) => q.depth === 0 && q.usage === 'speech');
    const scare = analysis.quotes.find((q) => q.usage === 'term')!;
    assert.ok(scare.depth === 0);
    assert.ok([...plan.styles.values()].every((spans) => !spans.includes(scare.outer)));
    assert.deepEqual(
      plan.labels.map((l) => l.at),
      topLevel.map((q) => q.outer.end),
    );
    assert.deepEqual(
      plan.labels.map((l) => [l.text, l.reported, l.uncertain]),
      [
        ['— Mike Pompeo', false, false],
        ['— Sergey Lavrov', false, false],
        ['— Mike Pompeo', false, false],
        ['— Mike Pompeo', false, false],
        ['— unattributed', false, false],
        ['— Mike Pompeo', true, false],
        ['— Sergey Lavrov (?)', false, true],
      ],
    );
    assert.equal(plan.labels[4].colorSlot, null);
  });

  it('reports groups by speaker for the test API, following the label style', () => {
    const plan = planDecorations(analysis, { labelStyle: 'surname', showReportedSpeech: false });
    assert.deepEqual(
      plan.groups.map((g) => [g.key, g.spans.length, g.labels]),
      [
        ['speaker:Mike Pompeo', 3, ['— Pompeo', '— Pompeo', '— Pompeo']],
        ['speaker:Sergey Lavrov', 2, ['— Lavrov', '— Lavrov (?)']],
        ['unattributed', 1, ['— unattributed']],
        ['low-confidence', 1, []],
      ],
    );
  });

  it('draws nothing for an empty analysis', () => {
    const plan = planDecorations({ quotes: [], entities: [], problems: [], analyzedLength: 0, textLength: 0 }, settings);
    assert.equal(plan.labels.length, 0);
    assert.equal(plan.groups.length, 0);
    assert.ok([...plan.styles.values()].every((spans) => spans.length === 0));
  });
});
