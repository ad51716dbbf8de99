import * as assert from 'assert';
import { analyze } from '../../../../src/engine/analyze';
import { analyzeWithReview, mentionAnchorOf, NOT_A_PERSON_RULE, parseReview, recordEntityDecision, serializeReview, splittable, type ReviewFile } from '../../../../src/engine/review';
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

  it('a pronoun and a quote-only paragraph after the merged name follow the merge', () => {
    const text = `${ARTICLE}\n\n"We start in May," he added.\n\n"Nobody else will."`;
    assert.strictEqual(quoteWith(analyze(text), 'start in May').attribution.speaker, 'Danny Whitfield', 'the premise: the pronoun follows the second name');
    const review = recordEntityDecision(undefined, text, 'a.txt', { kind: 'same-as', name: 'Danny Whitfield', sameAs: 'Dan Whitfield' });
    const analysis = analyzeWithReview(text, {}, review);
    assert.strictEqual(quoteWith(analysis, 'start in May').attribution.speaker, 'Dan Whitfield');
    assert.strictEqual(quoteWith(analysis, 'Nobody else').attribution.speaker, 'Dan Whitfield');
    assert.ok(entityNamed(analysis, 'Dan Whitfield').mentions.some((m) => m.text === 'he'), 'the pronoun is a mention of the merged entity');
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

  it('rejects a name decision that says neither what it is nor whom it is the same as, or says two things', () => {
    const withEntities = (entities: unknown[]) =>
      parseReview(JSON.stringify({ kind: 'on-the-record-review', version: 1, article: { name: 'a', fingerprint: 'f' }, decisions: [], entities }));
    const none = withEntities([{ name: 'X' }]);
    assert.ok(!none.ok && /name decision 1: needs one of/.test(none.message));
    const two = withEntities([{ name: 'X', notAPerson: true, sameAs: 'Y' }]);
    assert.ok(!two.ok && /name decision 1: needs one of/.test(two.message));
    const badSplit = withEntities([{ name: 'X', split: { before: 'a' } }]);
    assert.ok(!badSplit.ok && /"split" needs the mention's words/.test(badSplit.message));
  });

  describe('Not the Same Person (split)', () => {
    const MERGED = [
      'Mayor Dan Whitfield met voters on Monday.',
      '"The plan is sound," Dan Whitfield said.',
      '"It will not pass," Whitfield said.',
      '"Nobody wants it," he added.',
      '"We start in May," Dan Whitfield said.',
    ].join('\n\n');
    const surnameAt = (text: string): number => text.indexOf('Whitfield said.', text.indexOf('not pass'));
    const split = (text: string, review?: ReviewFile) => {
      const at = surnameAt(text);
      return recordEntityDecision(review, text, 'a.txt', { kind: 'split', name: 'Dan Whitfield', mention: mentionAnchorOf(text, { start: at, end: at + 'Whitfield'.length }) });
    };

    it('separates the mention, the pronoun that resolves through it and their quotes', () => {
      assert.strictEqual(quoteWith(analyze(MERGED), 'Nobody wants').attribution.speaker, 'Dan Whitfield', 'the premise: the engine merged them');
      const review = split(MERGED);
      assert.deepStrictEqual(review.entities?.map((d) => [d.name, d.split?.mention]), [['Dan Whitfield', 'Whitfield']]);
      const analysis = analyzeWithReview(MERGED, {}, review);
      const other = entityNamed(analysis, 'Whitfield');
      assert.notStrictEqual(other.id, 'dan-whitfield');
      assert.deepStrictEqual(other.mentions.map((m) => m.text), ['Whitfield', 'he']);
      assert.ok(other.mentions.every((m) => m.entityId === other.id));
      assert.deepStrictEqual(other.aliases, ['he']);
      assert.strictEqual(quoteWith(analysis, 'not pass').attribution.speaker, 'Whitfield');
      assert.strictEqual(quoteWith(analysis, 'not pass').attribution.entityId, other.id);
      assert.strictEqual(quoteWith(analysis, 'Nobody wants').attribution.speaker, 'Whitfield');
      const dan = entityNamed(analysis, 'Dan Whitfield');
      assert.deepStrictEqual(dan.mentions.map((m) => m.text), ['Mayor Dan Whitfield', 'Dan Whitfield', 'Dan Whitfield']);
      assert.strictEqual(quoteWith(analysis, 'plan is sound').attribution.speaker, 'Dan Whitfield');
      assert.strictEqual(quoteWith(analysis, 'start in May').attribution.speaker, 'Dan Whitfield', 'the entity named again takes its quotes back');
    });

    it('survives an edit before the mention, round-trips, and a reset of either name undoes it', () => {
      const review = split(MERGED);
      const parsed = parseReview(serializeReview(review));
      assert.ok(parsed.ok);
      assert.deepStrictEqual(parsed.review, review);
      const edited = 'CITY HALL — ' + MERGED.replace('on Monday', 'on a rainy Monday');
      assert.strictEqual(quoteWith(analyzeWithReview(edited, {}, parsed.review), 'not pass').attribution.speaker, 'Whitfield');
      for (const name of ['Whitfield', 'Dan Whitfield']) {
        const reset = recordEntityDecision(review, MERGED, 'a.txt', { kind: 'reset', name });
        assert.strictEqual(reset.entities, undefined);
        assert.strictEqual(quoteWith(analyzeWithReview(MERGED, {}, reset), 'not pass').attribution.speaker, 'Dan Whitfield');
      }
    });

    it('adds up with other decisions: the split-off name can be the same person as another', () => {
      const text = MERGED + '\n\nCouncilwoman Sara Whitfield voted against it.';
      let review = split(text);
      assert.strictEqual(split(text, review).entities?.length, 1, 'the same split twice is one decision');
      review = recordEntityDecision(review, text, 'a.txt', { kind: 'same-as', name: 'Whitfield', sameAs: 'Sara Whitfield' });
      assert.strictEqual(review.entities?.length, 2);
      const analysis = analyzeWithReview(text, {}, review);
      assert.strictEqual(quoteWith(analysis, 'not pass').attribution.speaker, 'Sara Whitfield');
      assert.strictEqual(quoteWith(analysis, 'Nobody wants').attribution.speaker, 'Sara Whitfield');
      assert.ok(!analysis.entities.some((e) => e.name === 'Whitfield'));
    });

    it('is offered on a surname, a first name or a title, not on the whole name nor a pronoun', () => {
      const dan = entityNamed(analyze(MERGED), 'Dan Whitfield');
      assert.deepStrictEqual(dan.mentions.filter((m) => splittable(dan, m)).map((m) => m.text), ['Whitfield']);
    });

    it('splits nothing when the mention is gone, or when it is the only name left', () => {
      const review = split(MERGED);
      const gone = MERGED.replace('"It will not pass," Whitfield said.', '"It will not pass," a critic said.');
      assert.ok(!analyzeWithReview(gone, {}, review).entities.some((e) => e.name === 'Whitfield'));
      const only = '"It will not pass," Dan Whitfield said.';
      const alone = recordEntityDecision(undefined, only, 'a.txt', { kind: 'split', name: 'Dan Whitfield', mention: mentionAnchorOf(only, { start: only.indexOf('Dan'), end: only.indexOf(' said') }) });
      assert.strictEqual(quoteWith(analyzeWithReview(only, {}, alone), 'not pass').attribution.speaker, 'Dan Whitfield');
    });
  });
});
