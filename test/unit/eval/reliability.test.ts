/** The eval's reliability table and the speaker judgements it rests on, on a small article written for the test. */
import * as assert from 'assert';
import { judgeArticle } from '../../../scripts/eval/judged';
import { reliability, formatReliability } from '../../../scripts/eval/reliability';
import type { GoldArticle, GoldQuote } from '../../../scripts/eval/score';

const TEXT = '"The bridge opens in May," Dana Whitfield said.\n\n"We will be ready," said Tom Baker, the city engineer.';

function gold(quote: string, speaker: string): GoldQuote {
  const start = TEXT.indexOf(quote);
  const speakerStart = TEXT.indexOf(speaker);
  return { start, end: start + quote.length, text: quote, speaker, speakerStart, speakerEnd: speakerStart + speaker.length, type: 'direct', cue: 'said' };
}

describe('eval: speaker judgements and the reliability table', () => {
  it('judges each attribution by the corpus rule, with the probability and facts the engine gave it', () => {
    // The second quote's gold speaker is set wrong on purpose: the engine's Tom Baker is judged wrong.
    const article: GoldArticle = { id: 'test', text: TEXT, quotes: [gold('The bridge opens in May,', 'Dana Whitfield'), gold('We will be ready,', 'the city engineer')] };
    const { result, attributions } = judgeArticle(article);
    assert.strictEqual(result.tally.direct.speakerScored, 2);
    assert.deepStrictEqual(attributions.map((a) => a.right), [true, false]);
    for (const a of attributions) {
      assert.ok(a.shown && a.confidence > 0 && a.confidence <= 1, JSON.stringify(a));
      assert.ok(a.features.includes('mention:name'), JSON.stringify(a.features));
    }
  });

  it('counts attributions and right ones per band, and the shown share', () => {
    const r = reliability([
      { family: 'direct', right: true, confidence: 0.97, shown: true, features: [] },
      { family: 'direct', right: false, confidence: 0.92, shown: true, features: [] },
      { family: 'reported', right: true, confidence: 0.85, shown: true, features: [] },
      { family: 'reported', right: false, confidence: 0.3, shown: false, features: [] },
    ]);
    assert.deepStrictEqual(r.bands.map((b) => [b.band, b.attributions, b.right, b.shown]), [
      ['< 0.5', 1, 0, 0], ['0.5-0.7', 0, 0, 0], ['0.7-0.8', 0, 0, 0], ['0.8-0.9', 1, 1, 1], ['0.9-0.95', 1, 0, 1], ['>= 0.95', 1, 1, 1],
    ]);
    assert.deepStrictEqual(r.shown, { attributions: 3, right: 2 });
    assert.deepStrictEqual(r.atLeast90, { attributions: 2, right: 1 });
    assert.match(formatReliability('all', r), /shown: 2\/3 right \(66\.7%\); shown with confidence >= 0\.9: 1\/2 right \(50\.0%\)/);
  });
});
