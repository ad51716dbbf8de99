import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeFromScratch } from '../../../src/engine/analyze';
import { applyDelta, diffAnalysis, textChange } from '../../../src/worker/analysis-delta';

const seeds = path.resolve(__dirname, '../../../seeds');
const seedText = readFileSync(path.join(seeds, '000_70231c3abc8c0ee5.txt'), 'utf8');


describe('worker: results sent as a change to the previous one', () => {
  it('rebuilds exactly the new analysis after edits of every kind, taking most items over', async () => {
    let state = 11;
    const random = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
    let text = seedText;
    let previous = analyzeFromScratch(text);
    let takenOver = 0;
    let items = 0;
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(random() * text.length);
      const edit = ['x', ' ', '\n\n', '"', 'Pompeo said ', ''][i % 6];
      const next = edit === '' ? text.slice(0, at) + text.slice(at + 3) : text.slice(0, at) + edit + text.slice(at);
      const analysis = analyzeFromScratch(next);
      const delta = diffAnalysis(previous, analysis, textChange(text, next));
      assert.deepEqual(await applyDelta(previous, delta), analysis, `edit ${i}: ${JSON.stringify(edit)} at ${at}`);
      takenOver += delta.quotes.filter((q) => typeof q === 'number').length + delta.entities.filter((e) => typeof e === 'number').length;
      items += delta.quotes.length + delta.entities.length;
      text = next;
      previous = analysis;
    }
    assert.ok(takenOver > items / 2, `${takenOver} of ${items} items taken over`);
  });

  it('sends everything again when nothing can be taken over', async () => {
    const before = analyzeFromScratch('"We will win," Dana Reyes said.');
    const after = analyzeFromScratch('"They will lose," Omar Fields said.');
    const delta = diffAnalysis(before, after, textChange('"We will win," Dana Reyes said.', '"They will lose," Omar Fields said.'));
    assert.ok(delta.quotes.every((q) => typeof q !== 'number'));
    assert.deepEqual(await applyDelta(before, delta), after);
  });
});
