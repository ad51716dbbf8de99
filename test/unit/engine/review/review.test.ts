import * as assert from 'assert';
import { analysisCounts, analyze, analyzeFromScratch } from '../../../../src/engine/analyze';
import { createSession } from '../../../../src/engine/reuse/session';
import { SET_BY_PERSON } from '../../../../src/engine/types';
import {
  analyzeWithReview, emptyReview, fingerprintOf, parseReview, placeReview, recordDecision, serializeReview, REVIEW_FORMAT_VERSION, type ReviewFile,
} from '../../../../src/engine/review';
import { quoteWith } from '../../../fixtures/engine/helpers';

const ARTICLE = [
  'Mayor Dan Whitfield and Councilman Tom Barrow met on Monday.',
  '"The plan is sound," Barrow said.',
  '"We will fund it next year," he added.',
  '"Nobody else will."',
].join('\n\n');

function corrected(fragment: string, speaker: ReviewFile['decisions'][number]['speaker'] | 'not-quotation'): ReviewFile {
  const quote = quoteWith(analyze(ARTICLE), fragment);
  const change = speaker === 'not-quotation' ? ({ kind: 'not-quotation' } as const) : ({ kind: 'speaker', speaker: speaker ?? null } as const);
  return recordDecision(undefined, undefined, ARTICLE, 'council.txt', quote, change, new Date('2026-12-01T12:00:00Z'));
}

describe('engine/review: decisions change the analysis', () => {
  it('the engine alone credits the chain to Barrow (the premise of the tests below)', () => {
    const analysis = analyze(ARTICLE);
    assert.deepStrictEqual(['The plan', 'fund it', 'Nobody'].map((f) => quoteWith(analysis, f).attribution.speaker), ['Tom Barrow', 'Tom Barrow', 'Tom Barrow']);
  });

  it('a corrected speaker is evidence: the pronoun and the quote-only paragraph after it follow the correction', () => {
    const analysis = analyzeWithReview(ARTICLE, {}, corrected('The plan', { entityId: 'dan-whitfield', name: 'Dan Whitfield' }));
    const plan = quoteWith(analysis, 'The plan').attribution;
    assert.strictEqual(plan.speaker, 'Dan Whitfield');
    assert.strictEqual(plan.rule, SET_BY_PERSON);
    assert.strictEqual(plan.confidence, 1);
    assert.strictEqual(plan.cue, 'said', 'the cue the text gives stays');
    assert.strictEqual(quoteWith(analysis, 'fund it').attribution.speaker, 'Dan Whitfield');
    assert.strictEqual(quoteWith(analysis, 'Nobody').attribution.speaker, 'Dan Whitfield');
  });

  it('a typed name that is no entity of the article is the speaker as typed', () => {
    const analysis = analyzeWithReview(ARTICLE, {}, corrected('The plan', { entityId: null, name: 'A council clerk' }));
    assert.strictEqual(quoteWith(analysis, 'The plan').attribution.speaker, 'A council clerk');
    assert.strictEqual(quoteWith(analysis, 'The plan').attribution.entityId, null);
  });

  it('nobody: the quote stays unattributed', () => {
    const analysis = analyzeWithReview(ARTICLE, {}, corrected('fund it', null));
    assert.strictEqual(quoteWith(analysis, 'fund it').attribution.speaker, null);
    assert.strictEqual(quoteWith(analysis, 'fund it').attribution.rule, SET_BY_PERSON);
    assert.strictEqual(quoteWith(analysis, 'The plan').attribution.speaker, 'Tom Barrow');
  });

  it('not a quotation: the quote is a term, unattributed', () => {
    const analysis = analyzeWithReview(ARTICLE, {}, corrected('Nobody', 'not-quotation'));
    const quote = quoteWith(analysis, 'Nobody');
    assert.strictEqual(quote.usage, 'term');
    assert.strictEqual(quote.attribution.speaker, null);
  });

  it('reset removes the decision, and the engine decides again', () => {
    const review = corrected('The plan', { entityId: 'dan-whitfield', name: 'Dan Whitfield' });
    const analysis = analyzeWithReview(ARTICLE, {}, review);
    const reset = recordDecision(review, placeReview(ARTICLE, analysis, review), ARTICLE, 'council.txt', quoteWith(analysis, 'The plan'), { kind: 'reset' });
    assert.strictEqual(reset.decisions.length, 0);
    assert.strictEqual(quoteWith(analyzeWithReview(ARTICLE, {}, reset), 'fund it').attribution.speaker, 'Tom Barrow');
  });

  it('typing keeps the fast path with decisions, and gives what an analysis from scratch with them gives', () => {
    const review = corrected('The plan', { entityId: 'dan-whitfield', name: 'Dan Whitfield' });
    const session = createSession();
    analyzeWithReview(ARTICLE, {}, review, session);
    let text = ARTICLE;
    // Letters in ordinary words take the engine's fast path; inside the corrected quote they do not.
    const edits: [string, number, string, boolean][] = [['met', 1, 'e', true], [' on ', 2, 'o', true], ['plan', 2, 'a', false]];
    for (const [word, into, letters, fast] of edits) {
      const at = text.indexOf(word) + into;
      text = text.slice(0, at) + letters + text.slice(at);
      const reused = analysisCounts.reused;
      const typed = analyzeWithReview(text, {}, review, session);
      assert.strictEqual(analysisCounts.reused, reused + (fast ? 1 : 0), `the fast path after typing "${letters}" in "${word}"`);
      assert.deepStrictEqual(typed, analyzeWithReview(text, {}, review, undefined, (t, o) => analyzeFromScratch(t, o)));
    }
    assert.strictEqual(quoteWith(analyzeWithReview(text, {}, review, session), 'plaan').attribution.speaker, 'Dan Whitfield');
    assert.strictEqual(quoteWith(analyzeWithReview(text, {}, review, session), 'fund').attribution.speaker, 'Dan Whitfield');
  });

  it('a decision still applies after edits elsewhere', () => {
    const review = corrected('The plan', { entityId: 'dan-whitfield', name: 'Dan Whitfield' });
    const edited = 'CITY HALL — ' + ARTICLE.replace('met on Monday', 'met at length on Monday');
    assert.strictEqual(quoteWith(analyzeWithReview(edited, {}, review), 'The plan').attribution.speaker, 'Dan Whitfield');
  });
});

describe('engine/review: the review file', () => {
  it('round-trips through its text', () => {
    const review = corrected('The plan', { entityId: 'dan-whitfield', name: 'Dan Whitfield' });
    const parsed = parseReview(serializeReview(review));
    assert.ok(parsed.ok);
    assert.deepStrictEqual(parsed.review, review);
    assert.strictEqual(review.article.fingerprint, fingerprintOf(ARTICLE));
  });

  const rejected: [string, string, RegExp][] = [
    ['not JSON', '{"kind": ', /not valid JSON/],
    ['another kind of file', '{"name": "package"}', /not an On the Record review file/],
    ['a newer version', JSON.stringify({ ...emptyReview('a', 'f'), version: REVIEW_FORMAT_VERSION + 1 }), /newer On the Record/],
    ['a decision without words', JSON.stringify({ ...emptyReview('a', 'f'), decisions: [{ anchor: { quote: '' } }] }), /decision 1: .*quoted words/],
    ['an unknown status', JSON.stringify({ ...emptyReview('a', 'f'), decisions: [{ anchor: { quote: 'x' }, status: 'done' }] }), /"status" must be one of/],
    ['a speaker without a name', JSON.stringify({ ...emptyReview('a', 'f'), decisions: [{ anchor: { quote: 'x' }, speaker: {} }] }), /"speaker" must be/],
  ];
  for (const [name, text, message] of rejected) {
    it(`rejects ${name} with a clear message`, () => {
      const parsed = parseReview(text);
      assert.ok(!parsed.ok);
      assert.match(parsed.message, message);
    });
  }

  it('is for another text when its fingerprint differs and none of its decisions fits a quotation', () => {
    const review = corrected('The plan', { entityId: 'dan-whitfield', name: 'Dan Whitfield' });
    const other = 'An unrelated story. "Rain is expected," the forecaster said.';
    assert.match(placeReview(other, analyze(other), review).foreign ?? '', /another text.*council\.txt/);
    const edited = ARTICLE + '\n\nMore later.';
    assert.strictEqual(placeReview(edited, analyze(edited), review).foreign, null);
  });
});
