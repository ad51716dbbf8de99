import * as assert from 'node:assert/strict';
import { assignSpeakerColors, SPEAKER_SLOTS, speakerColorsFor } from '../../../src/extension/speakerColors';
import { makeAnalysis } from './fixture';

describe('speaker colours', () => {
  const names = ['Mike Pompeo', 'Sergey Lavrov', 'Vladimir Putin', 'Donald Trump', 'NPR', 'Kremlin', 'Nicolás Maduro', 'Angela Merkel'];

  it('gives as many speakers as there are slots a slot each', () => {
    const colors = assignSpeakerColors(names.slice(0, SPEAKER_SLOTS));
    assert.equal(new Set(colors.values()).size, SPEAKER_SLOTS);
    for (const slot of colors.values()) assert.ok(slot >= 1 && slot <= SPEAKER_SLOTS);
  });

  it('keeps a speaker on the same colour in another document and order, when nothing collides', () => {
    const first = assignSpeakerColors(['Mike Pompeo']).get('Mike Pompeo');
    assert.equal(assignSpeakerColors(['Mike Pompeo']).get('Mike Pompeo'), first);
    // Alone, each name gets its preferred slot; a single other speaker only moves one of two colliding names.
    const other = names.find((n) => assignSpeakerColors([n]).get(n) !== first)!;
    assert.equal(assignSpeakerColors([other, 'Mike Pompeo']).get('Mike Pompeo'), first);
  });

  it('reuses slots only beyond as many speakers as there are slots', () => {
    const many = [...names, 'Ninth Speaker', 'Tenth Speaker'];
    const colors = assignSpeakerColors(many);
    assert.equal(colors.size, many.length);
    assert.equal(new Set(names.slice(0, SPEAKER_SLOTS).map((n) => colors.get(n))).size, SPEAKER_SLOTS);
  });

  it('colours the speakers of an analysis from its top-level quotes only', () => {
    const colors = speakerColorsFor(makeAnalysis().quotes);
    assert.deepEqual([...colors.keys()], ['Mike Pompeo', 'Sergey Lavrov']);
    assert.notEqual(colors.get('Mike Pompeo'), colors.get('Sergey Lavrov'));
  });
});
