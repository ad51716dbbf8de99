import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import type { Attribution } from '../../../src/engine/types';
import { quoteWith, slice } from '../../fixtures/engine/helpers';

/** The attribution of the one quote containing `fragment` in `text`, with its spans read back as text. */
function attributionOf(text: string, fragment: string): Attribution & { speakerText: string | null; cueText: string | null } {
  const a = quoteWith(analyze(text), fragment).attribution;
  return { ...a, speakerText: slice(text, a.speakerSpan), cueText: slice(text, a.cueSpan) };
}

describe('engine: attribution', () => {
  const tags: [string, string, string][] = [
    ['X said "…"', 'Dana Whitfield said "the plan is sound."', 'said'],
    ['"…," X said', '"The plan is sound," Dana Whitfield said.', 'said'],
    ['"…," said X', '"The plan is sound," said Dana Whitfield.', 'said'],
    ['X said: "…"', 'Dana Whitfield said: "The plan is sound."', 'said'],
    ['according to X, "…"', 'According to Dana Whitfield, "the plan is sound."', 'according to'],
    ['"…," according to X', '"The plan is sound," according to Dana Whitfield.', 'according to'],
    ['X told Y, "…"', 'Dana Whitfield told Tom Barrow, "The plan is sound."', 'told'],
    ['X countered', 'Tom Barrow objected. Dana Whitfield countered, "The plan is sound."', 'countered'],
    ['X added', 'Dana Whitfield added, "The plan is sound."', 'added'],
    ['X noted', 'Dana Whitfield noted, "The plan is sound."', 'noted'],
    ['X concluded', 'Dana Whitfield concluded, "The plan is sound."', 'concluded'],
  ];
  for (const [name, text, cue] of tags) {
    it(`${name}: the named person speaks, with cue "${cue}"`, () => {
      const a = attributionOf(text, 'plan is sound');
      assert.strictEqual(a.speaker, 'Dana Whitfield');
      assert.strictEqual(a.speakerText, 'Dana Whitfield');
      assert.ok(a.entityId);
      assert.strictEqual(a.cue?.toLowerCase(), cue);
      assert.strictEqual(a.cueText?.toLowerCase(), cue);
      assert.ok(a.confidence >= 0.6 && a.confidence <= 1, String(a.confidence));
      assert.ok(a.rule.length > 0);
    });
  }

  it('called on "…" credits the subject', () => {
    const text = 'Mayor Dana Whitfield said, "We are ready for the vote and the budget is fine."\n\nBarrow asked about the budget.\n\nShe later called on "every council member to vote yes."';
    const a = attributionOf(text, 'every council member');
    assert.strictEqual(a.speaker, 'Dana Whitfield');
    assert.strictEqual(a.cue, 'called on');
    assert.strictEqual(a.speakerText, 'She');
  });

  it('cited what he called "…" credits the subject, through the "he" that called it so', () => {
    const text = '"Lately these talks were frozen," Tom Barrow said, citing what he called "baseless claims against us."';
    const a = attributionOf(text, 'baseless claims');
    assert.strictEqual(a.speaker, 'Tom Barrow');
    assert.strictEqual(a.cue, 'called');
    assert.strictEqual(a.speakerText, 'he');
  });

  it('a pronoun tag goes to the closest earlier speaker and points at the pronoun', () => {
    const text = '"We are ready," Tom Barrow said.\n\n"The plan is sound," Dana Whitfield said.\n\n"We would not tolerate delay," she added.';
    const a = attributionOf(text, 'tolerate');
    assert.strictEqual(a.speaker, 'Dana Whitfield');
    assert.strictEqual(a.cue, 'added');
    assert.strictEqual(a.speakerText, 'she');
    assert.strictEqual(a.speakerSpan?.start, text.lastIndexOf('she'));
  });

  // Measured probabilities: right after a named tag, "he added" is about as sure as the name (both near 1).
  it('a pronoun tag is no more certain than a named tag', () => {
    const text = 'Secretary of State Mike Pompeo spoke first. "We are ready," Pompeo said. "We are still ready," he added.';
    const named = attributionOf(text, 'We are ready');
    const pronoun = attributionOf(text, 'still ready');
    assert.strictEqual(pronoun.speaker, 'Mike Pompeo');
    assert.strictEqual(pronoun.speakerText, 'he');
    assert.ok(pronoun.confidence > 0 && pronoun.confidence <= named.confidence, `${pronoun.confidence} <= ${named.confidence}`);
  });

  it('a role noun ("the secretary said") finds the person with that role', () => {
    const text = 'Secretary of State Mike Pompeo arrived. "We are ready," the secretary said.';
    const a = attributionOf(text, 'We are ready');
    assert.strictEqual(a.speaker, 'Mike Pompeo');
    assert.strictEqual(a.speakerText, 'the secretary');
    const entity = analyze(text).entities.find((e) => e.name === 'Mike Pompeo')!;
    assert.ok(entity.aliases.includes('the secretary'), JSON.stringify(entity.aliases));
  });

  it('a quote-only paragraph continues the previous paragraph’s speaker, less certainly', () => {
    const text = 'Mayor Dana Whitfield said, "We are ready."\n\n"And we will win."';
    const first = attributionOf(text, 'ready');
    const next = attributionOf(text, 'will win');
    assert.strictEqual(next.speaker, 'Dana Whitfield');
    assert.strictEqual(next.entityId, first.entityId);
    assert.strictEqual(next.cue, null);
    assert.ok(next.confidence > 0 && next.confidence < first.confidence);
  });

  it('a second quote in the speaker’s paragraph keeps the speaker', () => {
    const text = '"We waited years," Dana Whitfield said. "I will not wait again."';
    assert.strictEqual(attributionOf(text, 'not wait again').speaker, 'Dana Whitfield');
  });

  it('a group of speakers is nobody in particular', () => {
    const text = 'Both of the diplomats said they had "frank" discussions.';
    const q = quoteWith(analyze(text), 'frank');
    assert.strictEqual(q.attribution.speaker, null);
    assert.strictEqual(q.attribution.entityId, null);
    assert.strictEqual(slice(text, q.attribution.speakerSpan), 'Both of the diplomats');
    assert.strictEqual(q.usage, 'speech');
  });

  it('an unnamed source is its own phrase, less certain than a named one', () => {
    const a = attributionOf('"The plan was rushed," a senior aide said.', 'rushed');
    assert.strictEqual(a.speaker, 'a senior aide');
    assert.strictEqual(a.entityId, null);
    const named = attributionOf('"The plan was rushed," Dana Whitfield said.', 'rushed');
    assert.ok(a.confidence < named.confidence, `${a.confidence} < ${named.confidence}`);
  });

  it('a scare quote with no cue is a term, with no speaker', () => {
    const q = quoteWith(analyze('The so-called "reform" stalled in the committee.'), 'reform');
    assert.strictEqual(q.usage, 'term');
    assert.strictEqual(q.attribution.speaker, null);
    assert.strictEqual(q.attribution.confidence, 0);
  });

  it('the title of a work is a title, with no speaker', () => {
    const q = quoteWith(analyze('She read "The Old Man and the Sea" twice last summer.'), 'Old Man');
    assert.strictEqual(q.usage, 'title');
    assert.strictEqual(q.attribution.speaker, null);
  });

  it('a pronoun with no person before it is left unattributed', () => {
    const a = attributionOf('"We are ready," he said.', 'ready');
    assert.strictEqual(a.speaker, null);
    assert.strictEqual(a.speakerText, 'he');
  });
});
