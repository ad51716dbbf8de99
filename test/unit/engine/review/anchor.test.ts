import * as assert from 'assert';
import { analyze } from '../../../../src/engine/analyze';
import type { Quote } from '../../../../src/engine/types';
import { anchorOf, placeAnchors, placeReview, recordDecision } from '../../../../src/engine/review';
import { quoteWith } from '../../../fixtures/engine/helpers';

const ARTICLE = [
  'Mayor Dan Whitfield and Councilman Tom Barrow met on Monday.',
  '"The plan is sound and the money is there," Barrow said.',
  '"We will fund it next year," he added.',
  'Later Whitfield spoke. "Yes," he said. Barrow nodded. "Yes," Barrow said.',
].join('\n\n');

/** The quote an anchor made in `before` lands on in `after`, as its words, or null when it is orphaned. */
function placedIn(before: string, fragment: string, after: string): string | null {
  const anchor = anchorOf(before, quoteWith(analyze(before), fragment));
  const quotes = analyze(after).quotes.filter((q) => q.depth === 0);
  const [index] = placeAnchors(after, quotes, [anchor]);
  return index < 0 ? null : quotes[index].text;
}

describe('engine/review: anchoring a decision to its quotation', () => {
  it('survives an edit before the quote (the offsets move)', () => {
    const after = ARTICLE.replace('met on Monday.', 'met for two hours on a rainy Monday morning.');
    assert.strictEqual(placedIn(ARTICLE, 'fund it', after), 'We will fund it next year,');
  });

  it('survives an edit after the quote', () => {
    const after = ARTICLE + '\n\nThe council votes in March.';
    assert.strictEqual(placedIn(ARTICLE, 'fund it', after), 'We will fund it next year,');
  });

  it('follows the quote through an edit inside its words', () => {
    const after = ARTICLE.replace('the money is there', 'the money is really there');
    assert.strictEqual(placedIn(ARTICLE, 'plan is sound', after), 'The plan is sound and the money is really there,');
  });

  it('moves with its quote when the paragraph is moved', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const after = [paragraphs[0], paragraphs[2], paragraphs[1], paragraphs[3]].join('\n\n');
    assert.strictEqual(placedIn(ARTICLE, 'plan is sound', after), 'The plan is sound and the money is there,');
  });

  it('tells duplicate quotes apart by their context, and after an edit between them', () => {
    const analysis = analyze(ARTICLE);
    const yeses = analysis.quotes.filter((q) => q.text.startsWith('Yes'));
    assert.strictEqual(yeses.length, 2);
    const anchors = yeses.map((q) => anchorOf(ARTICLE, q));
    const edited = ARTICLE.replace('Barrow nodded.', 'Barrow nodded slowly and looked at the clock.');
    const quotes = analyze(edited).quotes.filter((q) => q.depth === 0);
    const placed = placeAnchors(edited, quotes, anchors).map((i) => quotes[i]);
    assert.ok(placed[0] && placed[1] && placed[0] !== placed[1]);
    assert.ok(edited.slice(placed[0].outer.end, placed[0].outer.end + 9) === ' he said.', 'the first "Yes" is the one he said');
    assert.ok(edited.slice(placed[1].outer.end).startsWith(' Barrow said.'), 'the second "Yes" is the one Barrow said');
  });

  it('keeps the second duplicate when the first is deleted, and orphans the anchor of the deleted one', () => {
    const analysis = analyze(ARTICLE);
    const [first, second] = analysis.quotes.filter((q) => q.text.startsWith('Yes'));
    const edited = ARTICLE.replace(' "Yes," he said.', '');
    const quotes = analyze(edited).quotes.filter((q) => q.depth === 0);
    const [a, b] = placeAnchors(edited, quotes, [anchorOf(ARTICLE, first), anchorOf(ARTICLE, second)]);
    // One "Yes" is left: it fits the second anchor best (its context is intact); the first has none left.
    assert.strictEqual(a, -1);
    assert.ok(edited.slice(quotes[b].outer.end).startsWith(' Barrow said.'));
  });

  it('orphans a decision whose quote was deleted', () => {
    const after = ARTICLE.replace('"We will fund it next year," he added.', 'He added nothing.');
    assert.strictEqual(placedIn(ARTICLE, 'fund it', after), null);
  });

  it('orphans a decision whose quote was changed beyond recognition', () => {
    const after = ARTICLE.replace('We will fund it next year,', 'Nobody can say what happens in the spring,');
    assert.strictEqual(placedIn(ARTICLE, 'fund it', after), null);
  });

  it('reports the orphan, keeps it in the file, and a verified quote whose words changed is unchecked again', () => {
    const analysis = analyze(ARTICLE);
    const plan = quoteWith(analysis, 'plan is sound');
    const fund = quoteWith(analysis, 'fund it');
    let review = recordDecision(undefined, undefined, ARTICLE, 'a.txt', plan, { kind: 'status', status: 'verified', note: 'tape, 3:10' });
    review = recordDecision(review, placeReview(ARTICLE, analysis, review), ARTICLE, 'a.txt', fund, { kind: 'status', status: 'disputed' });
    const edited = ARTICLE.replace('the money is there', 'the money is really there').replace('"We will fund it next year," he added.', '');
    const later = analyze(edited);
    const placed = placeReview(edited, later, review);
    assert.strictEqual(placed.orphans.length, 1);
    assert.strictEqual(placed.orphans[0].decision.anchor.quote, 'We will fund it next year,');
    const planReview = placed.byQuote.get(quoteWith(later, 'plan is sound') as Quote)!;
    assert.strictEqual(planReview.status, 'unchecked');
    assert.deepStrictEqual(planReview.changed, { was: 'The plan is sound and the money is there,', now: 'The plan is sound and the money is really there,' });
    assert.strictEqual(planReview.decision.note, 'tape, 3:10');
    // Recording another decision keeps the orphan in the file.
    const again = recordDecision(review, placed, edited, 'a.txt', later.quotes.filter((q) => q.text === 'Yes,')[1], { kind: 'status', status: 'verified' });
    assert.ok(again.decisions.some((d) => d.anchor.quote === 'We will fund it next year,'));
  });
});
