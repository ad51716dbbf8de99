import * as assert from 'node:assert/strict';
import type { QuoteReview } from '../../../src/engine/review/place';
import { SET_BY_PERSON, type Quote } from '../../../src/engine/types';
import { quoteLabel } from '../../../src/extension/labels';
import { reviewCardLines } from '../../../src/extension/reviewHover';
import { likelySpeakers } from '../../../src/extension/likelySpeakers';
import { checkedSummary, keepsQuote, withReview } from '../../../src/extension/reviewTree';
import { buildQuoteTree } from '../../../src/extension/treeModel';
import { ARTICLE, makeAnalysis } from './fixture';

const analysis = makeAnalysis();
const quoteWith = (words: string): Quote => analysis.quotes.find((q) => q.text.includes(words))!;
const setBy = (quote: Quote, speaker: string | null): Quote => ({
  ...quote,
  attribution: { ...quote.attribution, speaker, entityId: null, speakerSpan: null, confidence: 1, rule: SET_BY_PERSON },
});
const review = (status: QuoteReview['status'], extra: Partial<QuoteReview> = {}): QuoteReview => ({
  index: 0,
  decision: { anchor: { quote: 'x', before: '', after: '', at: 0 }, status, note: 'on tape', source: 'https://example.org/a' },
  status,
  setByPerson: false,
  ...extra,
});

describe('review in the views', () => {
  it('marks a label a person set with ✎', () => {
    assert.equal(quoteLabel(setBy(quoteWith('tolerate'), 'Dan Whitfield'), analysis, 'fullName'), '— Dan Whitfield ✎');
    assert.equal(quoteLabel(setBy(quoteWith('tolerate'), null), analysis, 'fullName'), '— unattributed ✎');
    assert.equal(quoteLabel(quoteWith('tolerate'), analysis, 'fullName'), '— Mike Pompeo');
  });

  it('ends the label of a checked quote with its status', () => {
    assert.equal(quoteLabel(quoteWith('tolerate'), analysis, 'fullName', 'verified'), '— Mike Pompeo ✓');
    assert.equal(quoteLabel(setBy(quoteWith('tolerate'), 'Dan Whitfield'), analysis, 'fullName', 'disputed'), '— Dan Whitfield ✎ ⚑ disputed');
    assert.equal(quoteLabel(quoteWith('tolerate'), analysis, 'fullName', 'unchecked'), '— Mike Pompeo');
  });

  it('says in the hover who set the speaker, the status with note and source, and what changed', () => {
    assert.deepEqual(reviewCardLines(setBy(quoteWith('tolerate'), 'X'), undefined), ['Speaker set by you.']);
    const changed = reviewCardLines(quoteWith('tolerate'), review('unchecked', { changed: { was: 'old words', now: 'new words' }, decision: { ...review('verified').decision } }));
    assert.equal(changed[0], 'Unchecked · on tape · source: https://example\\.org/a');
    assert.match(changed[1], /changed since it was verified: it was “old words”, now “new words”/);
  });

  it('filters the view to what is left to check', () => {
    const verified = quoteWith('tolerate');
    const reviews = new Map([[verified, review('verified')]]);
    const listed = buildQuoteTree(analysis, 'inOrder', { showReportedSpeech: true }, (q) => keepsQuote('leftToCheck', q, reviews.get(q)));
    const all = buildQuoteTree(analysis, 'inOrder', { showReportedSpeech: true });
    assert.equal(listed.length, all.length - 1);
    assert.ok(!listed.some((n) => n.kind === 'quote' && n.quote === verified));
    assert.equal(keepsQuote('disputed', verified, reviews.get(verified)), false);
    assert.equal(keepsQuote('unattributed', quoteWith('Nobody knows'), undefined), true);
  });

  it('gives a reviewed tree item its status icon and marks', () => {
    const item: { iconPath?: unknown; description?: string } = { description: 'line 2' };
    withReview(item as never, setBy(quoteWith('tolerate'), 'X'), review('disputed', { setByPerson: true }), (id, color) => ({ id, color }) as never);
    assert.deepEqual(item.iconPath, { id: 'warning', color: 'problemsWarningIcon.foreground' });
    assert.equal(item.description, 'line 2 · ✎ set by you · disputed');
  });

  it('counts checked quotes once the document has decisions', () => {
    const placed = { byQuote: new Map([[quoteWith('tolerate'), review('verified')]]), orphans: [], foreign: null };
    const summary = checkedSummary(analysis, placed, { showReportedSpeech: true });
    assert.equal(summary?.checked, 1);
    assert.equal(summary?.total, buildQuoteTree(analysis, 'inOrder', { showReportedSpeech: true }).length);
    assert.equal(checkedSummary(analysis, undefined, { showReportedSpeech: true }), undefined);
  });

  it('offers the current speaker first, then the people named nearest the quote', () => {
    const nobody = quoteWith('Nobody knows');
    assert.ok(ARTICLE.indexOf('Pompeo said, "and') < nobody.outer.start);
    const names = likelySpeakers(analysis, nobody).map((e) => e.name);
    assert.equal(names[0], 'Mike Pompeo', `order: ${names.join(', ')}`);
    assert.deepEqual(likelySpeakers(analysis, quoteWith('tolerate')).map((e) => e.name)[0], 'Mike Pompeo');
  });
});
