import * as assert from 'assert';
import { analyze } from '../../../../src/engine/analyze';
import { analyzeWithReview, NOT_A_PERSON_RULE, parseReview, recordEntityDecision, serializeReview } from '../../../../src/engine/review';
import { entityNamed, quoteWith } from '../../../fixtures/engine/helpers';

const ARTICLE = [
  'Mayor Dan Whitfield and Councilman Tom Barrow met on Monday.',
  '"The plan is sound," Barrow said.',
  '"We like it," Danny Whitfield said.',
].join('\n\n');

describe('engine/review: decisions about names', () => {
  it('Same Person As merges the second entity into the first: names, mentions and quotes', () => {
    assert.ok(analyze(ARTICLE).entities.some((e) => e.name === 'Danny Whitfield'), 'the premise: the engine keeps them apart');
    const review = recordEntityDecision(undefined, ARTICLE, 'a.txt', { kind: 'same-as', name: 'Danny Whitfield', sameAs: 'Dan Whitfield' });
    const analysis = analyzeWithReview(ARTICLE, {}, review);
    assert.ok(!analysis.entities.some((e) => e.name === 'Danny Whitfield'));
    const dan = entityNamed(analysis, 'Dan Whitfield');
    assert.ok(dan.aliases.includes('Danny Whitfield'));
    assert.deepStrictEqual(dan.mentions.map((m) => m.text), ['Mayor Dan Whitfield', 'Danny Whitfield']);
    assert.ok(dan.mentions.every((m) => m.entityId === dan.id));
    assert.strictEqual(quoteWith(analysis, 'We like it').attribution.speaker, 'Dan Whitfield');
    assert.strictEqual(quoteWith(analysis, 'We like it').attribution.entityId, dan.id);
  });

  it('Not a Person drops the entity and leaves its quotes unattributed', () => {
    const review = recordEntityDecision(undefined, ARTICLE, 'a.txt', { kind: 'not-a-person', name: 'Tom Barrow' });
    const analysis = analyzeWithReview(ARTICLE, {}, review);
    assert.ok(!analysis.entities.some((e) => e.name === 'Tom Barrow'));
    const plan = quoteWith(analysis, 'plan is sound').attribution;
    assert.strictEqual(plan.speaker, null);
    assert.strictEqual(plan.rule, NOT_A_PERSON_RULE);
    assert.strictEqual(plan.cue, 'said');
  });

  it('reset drops the decision about a name and merges into it; the file round-trips', () => {
    let review = recordEntityDecision(undefined, ARTICLE, 'a.txt', { kind: 'same-as', name: 'Danny Whitfield', sameAs: 'Dan Whitfield' });
    review = recordEntityDecision(review, ARTICLE, 'a.txt', { kind: 'not-a-person', name: 'Tom Barrow' });
    const parsed = parseReview(serializeReview(review));
    assert.ok(parsed.ok);
    assert.deepStrictEqual(parsed.review, review);
    const reset = recordEntityDecision(review, ARTICLE, 'a.txt', { kind: 'reset', name: 'Dan Whitfield' });
    assert.deepStrictEqual(reset.entities?.map((d) => d.name), ['Tom Barrow']);
    assert.strictEqual(quoteWith(analyzeWithReview(ARTICLE, {}, reset), 'We like it').attribution.speaker, 'Danny Whitfield');
  });

  it('rejects a name decision that says neither what it is nor whom it is the same as', () => {
    const parsed = parseReview(JSON.stringify({ kind: 'on-the-record-review', version: 1, article: { name: 'a', fingerprint: 'f' }, decisions: [], entities: [{ name: 'X' }] }));
    assert.ok(!parsed.ok && /name decision 1: needs either/.test(parsed.message));
  });
});
