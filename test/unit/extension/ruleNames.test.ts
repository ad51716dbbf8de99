import * as assert from 'node:assert/strict';
import { pronounReading, ruleInWords } from '../../../src/extension/ruleNames';

describe('rule names in plain words', () => {
  it('says where the evidence is', () => {
    assert.equal(ruleInWords('trailing tag (speaker, cue)'), 'tag after the quote');
    assert.equal(ruleInWords('trailing tag (cue, speaker)'), 'tag after the quote');
    assert.equal(ruleInWords('leading tag (speaker, cue)'), 'tag before the quote');
    assert.equal(ruleInWords('quote-only paragraph continues the previous speaker'), 'a paragraph of quotation only: the previous speaker goes on');
  });

  it('adds how a pronoun or role noun was read, and reported speech', () => {
    assert.equal(ruleInWords('trailing tag (speaker, cue); he = the last speaker'), 'tag after the quote; “he” is the last person quoted before it');
    assert.equal(
      ruleInWords('reported speech: leading tag (speaker, cue); the secretary = the entity whose role is Secretary of State'),
      'reported speech; tag before the quote; “the secretary” is the one whose role is Secretary of State',
    );
    assert.deepEqual(pronounReading('leading tag (speaker, cue); she = the person named last, gender unknown'), {
      phrase: 'she',
      why: '“she” is the person named last before it (its gender is not known)',
    });
    assert.equal(pronounReading('according to'), null);
  });
});
