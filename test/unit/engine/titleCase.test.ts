import * as assert from 'assert';
import { isTitleCase } from '../../../src/engine/reuse/paragraphFacts';

const whole = (text: string): boolean => isTitleCase(text, { start: 0, end: text.length });

describe('engine: title-case lines', () => {
  it('reads a line as a headline when at least 70% of its longer words are capitalised', () => {
    assert.strictEqual(whole('Senate Leaders Reach Budget Deal After Long Night'), true);
    // 7 of 10 capitalised: exactly on the line, wherever the lowercase words stand.
    assert.strictEqual(whole('Senate Leaders Reach Budget Deal With Party after every night'), true);
    assert.strictEqual(whole('after every night Senate Leaders Reach Budget Deal With Party'), true);
  });

  it('is no headline once too many words are lowercase, early or late in the line', () => {
    // 6 of 10: one short of the line.
    assert.strictEqual(whole('Senate Leaders Reach Budget Deal With their party after night'), false);
    assert.strictEqual(whole('with their party after Senate Leaders Reach Budget Deal After'), false);
    assert.strictEqual(whole('Senate Budget Deal'), true);
    assert.strictEqual(whole('Senate Deal'), false); // fewer than three longer words
  });
});
